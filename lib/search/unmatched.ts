// A pasted reference to a paper the catalog lacks still finds the papers sharing most of its
// words. Shown without a word, they read as "this is your paper". Say so instead.
import type { Paper } from '../catalog/types';
import { isFirstAuthor } from './author-names';
import { identifiersIn } from './identifier';
import { fold, tokenize } from './normalize';
import { type QueryWords, queryWords, YEAR } from './query-words';
import { SMALL } from './reference';
import type { SearchResult } from './run';

/** A title counts as the one cited when the query holds this share of its words (a reference may
 * drop a word, or spell one differently: "GLUE" for "Glue"). */
const TITLE_SHARE = 0.8;

/** The share of a title's words (small ones left out) that `words` holds. */
export function titleShare(paper: Paper, words: ReadonlySet<string>): number {
  const title = new Set(tokenize(paper.title).map(fold));
  const content = [...title].filter((w) => !SMALL.has(w));
  const counted = content.length > 0 ? content : [...title];
  return counted.length === 0 ? 0 : counted.filter((w) => words.has(w)).length / counted.length;
}

/**
 * Does the query name `paper` by the lead of its title, the words before its colon ("LightGlue",
 * "Hungry Hungry Hippos"), with a year that fits it or its first author? A reference, or a reader,
 * often gives no more of the title than that.
 */
function namesByLead(paper: Paper, words: QueryWords, held: ReadonlySet<string>): boolean {
  const colon = paper.title.indexOf(':');
  const lead = colon > 0 ? tokenize(paper.title.slice(0, colon)).map(fold) : [];
  if (lead.length === 0 || !lead.every((w) => held.has(w))) return false;
  return fitsYear(paper, words) || heldFamily(paper, held);
}

const fitsYear = (paper: Paper, words: QueryWords) =>
  words.tokens.some((t) => YEAR.test(t) && Math.abs(Number(t) - paper.year) <= 1);

/** Does the query hold the family name of the paper's first author? */
const heldFamily = (paper: Paper, held: ReadonlySet<string>): boolean =>
  [...held].some((word) => isFirstAuthor(paper, word));

/** A title's share that, with its first author and year, names the paper under an earlier title
 * (arXiv's first version: "Zoph et al. 2022. Designing effective sparse expert models" is ST-MoE). */
const RETITLED_SHARE = 1 / 3;

/**
 * Is `text` a reference (a title with its year or "et al.") to a paper not in the catalog? True
 * when no identifier in it names a catalog paper and none of the first results has its title (or
 * its title's lead, with its year or first author; or a third of it, with both) among the
 * reference's words: those results are then only the closest papers.
 */
export function citesUnknownPaper(text: string, results: readonly SearchResult[], papers: Map<string, Paper>): boolean {
  const identified = identifiersIn(text, papers);
  if (identified.papers.length > 0) return false;
  const words = queryWords(identified.rest);
  if (!words.reference) return false;
  if (!words.firstAuthor && !words.tokens.some((t) => YEAR.test(t))) return false;
  const held = new Set(words.tokens);
  return !results.slice(0, 3).some((r) => {
    const share = titleShare(r.paper, held);
    return (
      share >= TITLE_SHARE ||
      namesByLead(r.paper, words, held) ||
      (share >= RETITLED_SHARE && fitsYear(r.paper, words) && heldFamily(r.paper, held))
    );
  });
}
