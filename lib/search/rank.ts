// Finds and orders the papers for the words of a query (identifiers are taken out before).
import type MiniSearch from 'minisearch';
import type { SearchResult as Hit, Query } from 'minisearch';
import type { Paper } from '../catalog/types';
import { isFirstAuthor, namesInQuery } from './author-names';
import { type QueryWords, YEAR } from './query-words';
import { holdsTitle, isNamed, referenceScore } from './reference';
import { SEARCH_OPTIONS } from './search-index';

export type { Hit };

/** Where a paper's names are: a joined pair of words is looked up there only. */
const NAME_FIELDS = ['title', 'shortName', 'aliases', 'names'];

/** The shortest pair of words written as one that is looked up as a name ("p tuning" -> "ptuning"). */
const JOINED_MIN = 4;

/** Candidates a reference is scored on: the best by the index's own score hold its paper. */
const REFERENCE_CANDIDATES = 200;

/** A reference's results end where papers share less than this part of the best one's score. */
const REFERENCE_TAIL = 0.25;

type Filter = (hit: { id: string }) => boolean;

/** A year is the paper's year or its venue's ("Wang 2019" is not a 2020 paper whose abstract cites 2019). */
function wordsQuery(words: string[], typing = false): Query {
  const plain = words.filter((w) => !YEAR.test(w));
  const years = words.filter((w) => YEAR.test(w));
  const queries: Query[] = [];
  // The word being typed is a prefix even at one letter: "task v" is on its way to "vectors", and
  // "Christopher R" should keep Ré's papers until the name is whole.
  if (plain.length) queries.push({ queries: plain, combineWith: 'OR', ...(typing && { prefix: true }) });
  if (years.length) {
    queries.push({ queries: years, combineWith: 'OR', fields: ['year', 'venue'], prefix: false, fuzzy: false });
  }
  return { queries, combineWith: 'OR' };
}

/**
 * Typed words: every word must match (precise for "superglue sarlin"), except that words forming
 * one author's name count as one, matched by that author only. Two adjacent words written as one
 * that name a paper come first: a name typed split ("light glue", "web arena") finds LightGlue
 * even where other papers have both words. When no paper has every word, most words first.
 */
export function rankWords(ms: MiniSearch<Paper>, papers: Map<string, Paper>, q: QueryWords, filter: Filter): Hit[] {
  const words = q.tokens.filter((_, i) => q.searched[i]);
  if (words.length === 0) return [];
  // Joined initials ("P. E." -> "pe") would find every name that starts so: a pair must be a word.
  const joined = words
    .slice(1)
    .map((word, i) => `${words[i]}${word}`)
    .filter((pair) => [...pair].length >= JOINED_MIN);
  const named = joined.length
    ? ms.search(
        { queries: joined, combineWith: 'OR' },
        { ...SEARCH_OPTIONS, fields: NAME_FIELDS, fuzzy: false, filter },
      )
    : [];
  const names = namesInQuery(ms, papers, q.tokens, q.searched);
  const inName = new Set([...names.keys()].flatMap(range));
  const loose = [...new Set(q.tokens.filter((_, i) => q.searched[i] && !inName.has(i)))];
  // The papers of every author named: they alone can match, by those authors' names.
  let authors: Set<string> | undefined;
  for (const ids of names.values()) authors = new Set([...ids].filter((id) => !authors || authors.has(id)));
  const nameWords = [...inName].map((i) => q.tokens[i] as string);
  const typed = q.tokens.at(-1);
  const parts: Query[] = loose.map((word) => {
    const query = wordsQuery([word], word === typed && q.searched.at(-1) === true);
    // Typo tolerance is for a word the catalog does not have: "ptuning" is P-tuning's name, and its
    // typos' matches ("tuning" in 35 abstracts, a new-user trial) are noise; "transformr" has none.
    return knownWord(ms, word, filter) ? { queries: [query], fuzzy: false } : query;
  });
  // Initials are no index terms: the name's words are matched in any number (its author is checked).
  if (nameWords.length) {
    parts.push({ queries: nameWords, combineWith: 'OR', fields: ['authors'], prefix: false, fuzzy: false });
  }
  const ofAuthors = (hit: { id: string }) => filter(hit) && (!authors || authors.has(hit.id));
  let hits = ms.search({ queries: parts, combineWith: 'AND' }, { ...SEARCH_OPTIONS, filter: ofAuthors });
  if (hits.length === 0) hits = mostWords(ms, words, names, loose, filter);
  const seen = new Set(named.map((hit) => hit.id));
  return leadFirst([...named, ...hits.filter((hit) => !seen.has(hit.id))], papers, q.firstAuthor);
}

/** Does `word` match some paper as written (or as the start of a word), without a typo? */
function knownWord(ms: MiniSearch<Paper>, word: string, filter: Filter): boolean {
  return ms.search(word, { ...SEARCH_OPTIONS, fuzzy: false, filter }).length > 0;
}

/** The token positions of a name's "start:end". */
function range(key: string): number[] {
  const [start, end] = key.split(':').map(Number) as [number, number];
  return Array.from({ length: end - start }, (_, k) => start + k);
}

/** No paper has every word: papers with the most words (an author's name counting as one) first. */
function mostWords(
  ms: MiniSearch<Paper>,
  words: string[],
  names: Map<string, Set<string>>,
  loose: string[],
  filter: Filter,
): Hit[] {
  const hits = ms.search(wordsQuery(words), { ...SEARCH_OPTIONS, filter });
  const count = (hit: Hit) =>
    [...names.values()].filter((ids) => ids.has(hit.id)).length +
    loose.filter((word) => hit.queryTerms.includes(word)).length;
  const counts = new Map(hits.map((hit) => [hit.id, count(hit)]));
  return hits
    .filter((hit) => (counts.get(hit.id) ?? 0) > 0)
    .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
}

/** "Weston et al" means the papers Weston wrote first, before those with Weston further down. */
function leadFirst(hits: Hit[], papers: Map<string, Paper>, firstAuthor: string | undefined): Hit[] {
  if (!firstAuthor) return hits;
  const leads = (hit: Hit) => {
    const paper = papers.get(hit.id);
    return paper !== undefined && isFirstAuthor(paper, firstAuthor);
  };
  return [...hits.filter(leads), ...hits.filter((hit) => !leads(hit))];
}

/** A pasted reference: any word finds a paper; the paper it names best comes first. */
export function rankReference(ms: MiniSearch<Paper>, papers: Map<string, Paper>, q: QueryWords, filter: Filter): Hit[] {
  const words = [...new Set(q.tokens.filter((_, i) => q.searched[i]))];
  const hits = ms
    .search(wordsQuery(words), { ...SEARCH_OPTIONS, prefix: false, fuzzy: false, filter })
    .slice(0, REFERENCE_CANDIDATES);
  const all = new Set(q.tokens);
  const scored = hits.flatMap((hit) => {
    const paper = papers.get(hit.id);
    return paper ? [{ hit, score: referenceScore(paper, all) }] : [];
  });
  scored.sort((a, b) => b.score - a.score || b.hit.score - a.hit.score);
  const best = scored[0]?.score ?? 0;
  return scored.filter((s) => s.score >= best * REFERENCE_TAIL).map((s) => s.hit);
}

/** Papers the query names exactly ("SWE-Bench Pro"), then those whose whole title it holds, go
 * first, in the order they had. */
export function titlesFirst(hits: Hit[], papers: Map<string, Paper>, tokens: string[]): Hit[] {
  const rank = (hit: Hit) => {
    const paper = papers.get(hit.id);
    if (paper === undefined) return 2;
    return isNamed(tokens, paper) ? 0 : holdsTitle(tokens, paper) ? 1 : 2;
  };
  const ranks = new Map(hits.map((hit) => [hit.id, rank(hit)]));
  // A stable sort keeps the order within each rank.
  return [...hits].sort((a, b) => (ranks.get(a.id) ?? 2) - (ranks.get(b.id) ?? 2));
}
