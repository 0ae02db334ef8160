// Author names in a query. "Christopher Ré" names one person; as two loose words it also fits a
// paper by Christopher Potts that mentions "Retrieval". A run of query words that is one author's
// name (given names or initials, then the family name, or the other way round as references
// write it: "Ré, C.") is matched as that author, never as words spread over the paper.
import type MiniSearch from 'minisearch';
import type { Paper } from '../catalog/types';
import { fold, tokenize } from './normalize';

interface AuthorForm {
  given: string[];
  family: string[];
  /** "Paul-Edouard" -> "pe", as people write initials without dots ("PE Sarlin"). */
  initials: string;
}

const forms = new WeakMap<Paper, AuthorForm[]>();

/** The family name is the last word ("Van Hautte" keeps "Van" among the given names, which still
 * matches when typed). */
function authorForms(paper: Paper): AuthorForm[] {
  let cached = forms.get(paper);
  if (!cached) {
    cached = paper.authors.map((name) => {
      const words = name.trim().split(/\s+/);
      const given = words.slice(0, -1).flatMap(tokenize).map(fold);
      return { given, family: tokenize(words.at(-1) ?? '').map(fold), initials: given.map((g) => g[0]).join('') };
    });
    forms.set(paper, cached);
  }
  return cached;
}

/** A query word that stands for one of the given names: the name, its initial, or all initials. */
const isGiven = (word: string, form: AuthorForm): boolean =>
  form.given.some((g) => g === word || g[0] === word) || (word.length > 1 && word === form.initials);

const familyAt = (tokens: string[], i: number, family: string[]): boolean =>
  family.length > 0 && family.every((part, k) => tokens[i + k] === part);

/** Whether `word` is the family name of the paper's first author. */
export const isFirstAuthor = (paper: Paper, word: string): boolean => authorForms(paper)[0]?.family.at(-1) === word;

/** The family names of the paper's authors that are among `words`. */
export function familiesNamed(paper: Paper, words: Set<string>): number {
  return authorForms(paper).filter((f) => f.family.length > 0 && f.family.every((part) => words.has(part))).length;
}

/**
 * Runs of `tokens` that name one author of the paper, as "start:end" (end exclusive). Each needs a
 * given name or initial beside the family name: a family name alone is an ordinary word. Initials
 * between two names are read both ways ("P. Lindenberger, P.-E. Sarlin"; "Wang, A., Singh, A.").
 */
export function authorPhrases(tokens: string[], paper: Paper): string[] {
  const found = new Set<string>();
  for (const form of authorForms(paper)) {
    for (let i = 0; i < tokens.length; i++) {
      if (!familyAt(tokens, i, form.family)) continue;
      const after = i + form.family.length;
      let start = i;
      while (start > 0 && isGiven(tokens[start - 1] as string, form)) start--;
      if (start < i) found.add(`${start}:${after}`);
      let end = after;
      while (end < tokens.length && isGiven(tokens[end] as string, form)) end++;
      if (end > after) found.add(`${i}:${end}`);
    }
  }
  return [...found];
}

/** Longest typed initials without dots ("PE" for Paul-Edouard, "JRR"). */
const INITIALS_MAX = 3;

/**
 * The author names among the searched words: each run of words that names one author, as
 * authorPhrases writes it, with the papers that author wrote. Only papers with the name's words
 * among their authors' are read: a pair of full names is looked up together, and beside a word
 * short enough to be initials, the other word alone.
 */
export function namesInQuery(
  ms: MiniSearch<Paper>,
  papers: Map<string, Paper>,
  tokens: string[],
  searched: boolean[],
): Map<string, Set<string>> {
  const authorsWith = (terms: string[]) =>
    ms.search({ queries: terms, combineWith: 'AND' }, { fields: ['authors'], prefix: false, fuzzy: false });
  const candidates = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i] as string, tokens[i + 1] as string];
    // Names have no digits: "wang 2019" needs no look-up.
    if (!searched[i] || !searched[i + 1] || /\d/.test(a + b)) continue;
    const lookups = [a.length > 1 && b.length > 1 ? [a, b] : []];
    if (a.length <= INITIALS_MAX && b.length > 1) lookups.push([b]);
    if (b.length <= INITIALS_MAX && a.length > 1) lookups.push([a]);
    for (const terms of lookups) if (terms.length) for (const hit of authorsWith(terms)) candidates.add(hit.id);
  }
  const names = new Map<string, Set<string>>();
  for (const id of candidates) {
    const paper = papers.get(id);
    for (const key of paper ? authorPhrases(tokens, paper) : []) {
      const [start, end] = key.split(':').map(Number) as [number, number];
      if (searched.slice(start, end).every(Boolean)) names.set(key, (names.get(key) ?? new Set()).add(id));
    }
  }
  return names;
}
