// How well a pasted reference names a paper. A reference holds the whole title, some authors and
// a year, with words no paper is found by; requiring every word would rule its paper out, and
// ranking by any word puts first whichever paper shares the most common words. So the paper whose
// title words the reference holds most of comes first, its authors and year breaking near ties.
import type { Paper } from '../catalog/types';
import { familiesNamed } from './author-names';
import { fold, tokenize } from './normalize';

const titles = new WeakMap<Paper, string[]>();

const titleTokens = (paper: Paper): string[] => {
  let cached = titles.get(paper);
  if (!cached) {
    cached = tokenize(paper.title).map(fold);
    titles.set(paper, cached);
  }
  return cached;
};

/** Titles shorter than this could sit in a query by chance. */
const TITLE_RUN_WORDS = 3;

/** Whether the query holds the paper's whole title, word for word ("…, "LightGlue: Local feature
 * matching at light speed," in Proc. ICCV"): that paper is the one meant. */
export function holdsTitle(tokens: string[], paper: Paper): boolean {
  const title = titleTokens(paper);
  if (title.length < TITLE_RUN_WORDS) return false;
  for (let i = 0; i + title.length <= tokens.length; i++) {
    if (title.every((word, k) => tokens[i + k] === word)) return true;
  }
  return false;
}

// Words every title has: matching them says little about which paper is meant.
export const SMALL = new Set(
  'a an the of for in on at to with by from via and or is are its our we how what'.split(' '),
);

/** Title words count most (a reference quotes the title whole); then authors, at most three
 * (many papers share a "Wang" or a "Liu"), then the year. */
export function referenceScore(paper: Paper, words: Set<string>): number {
  let score = 0;
  for (const word of new Set(titleTokens(paper))) {
    // Numbers too: the "2" of "GPT-2" is also an issue's number in a journal reference.
    if (words.has(word)) score += SMALL.has(word) || /^\d+$/.test(word) ? 0.5 : 2;
  }
  score += Math.min(familiesNamed(paper, words), 3);
  if (words.has(String(paper.year))) score += 1;
  return score;
}

/** Whether the query is exactly one of the paper's names ("SWE-Bench Pro", "ptuning" aside): typed
 * whole, a name is the paper meant, before papers that hold its words among others. */
export function isNamed(tokens: string[], paper: Paper): boolean {
  if (tokens.length === 0) return false;
  const query = tokens.join(' ');
  return [paper.shortName, ...(paper.aliases ?? [])].some(
    (name) => name !== undefined && tokenize(name).map(fold).join(' ') === query,
  );
}
