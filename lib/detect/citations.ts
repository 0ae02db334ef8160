// Citations attached to a weak short name, of its own paper or of another work of that name
// (the evidence policy: evidence.ts).
import { sentenceAfter, sentenceBefore, YEAR } from './signs';

// A citation right after the name: "WARP (Ramé et al., 2024)", "CLUE (Hasbro, 2023)", "(2024)",
// in ASCII or full-width brackets. "(2024 leaderboard snapshot)" is a note, not a citation.
const ATTACHED_CITATION =
  /^\s*[([（【]\s*(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:et\s+al\.?|and|&|\p{Lu}[\p{L}'’.-]*))*[,，]?\s*)?(?:19[5-9]\d|20[0-4]\d)[a-z]?(?:\s*[;,]\s*(?:19[5-9]\d|20[0-4]\d)[a-z]?)*\s*[)\]）】]/u;

/** Does a citation attached to the mention give only years more than one away from the paper's
 * (arXiv and venue years differ by one at most)? Then it cites another work of that name. */
export function citesOtherWork(after: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  const citation = ATTACHED_CITATION.exec(after)?.[0];
  return citation !== undefined && yearsOff(citation, year);
}

/** Does the mention's sentence cite the paper's first author with a year that fits it: "WARP
 * (Hambardzumyan et al., 2021)", "Hambardzumyan et al. (2021) introduced WARP", "WARP (Hambardzumyan,
 * Khachatrian, and May, ACL 2021)"? That names this paper as surely as its title would. */
export function citesThisWork(
  before: string,
  after: string,
  year: number | undefined,
  author: string | undefined,
): boolean {
  if (year === undefined || !author) return false;
  // The name itself stands between: "Hambardzumyan's WARP (2021)" cites across it.
  const window = `${citingSentenceBefore(before)} ${sentenceAfter(after)}`;
  const lower = window.toLocaleLowerCase();
  const name = author.toLocaleLowerCase();
  for (let i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
    const end = i + name.length;
    if (/\p{L}/u.test(lower[i - 1] ?? '') || /\p{L}/u.test(lower[end] ?? '')) continue;
    const cited = /^.{0,40}?\b(19[5-9]\d|20[0-4]\d)(?!\d)/s.exec(window.slice(end))?.[1];
    if (cited !== undefined && Math.abs(Number(cited) - year) <= 1) return true;
  }
  return false;
}

// "Does anyone still use WARP? The paper (Hambardzumyan et al., 2021) only reports GLUE numbers":
// a sentence that opens by pointing back at the work cites it as the name's own sentence would.
const POINTS_BACK = /^(?:(?:the|this|that|its|their)\s+(?:paper|preprint|article|work|authors?)|it|they)\b/i;
const OPENING = /^["”’)]?\s+["“‘(]?/u;

/** Does the sentence after the mention's (`after` runs on past its end) point back at the work
 * and cite the paper's first author with a year that fits it? */
export function citedInNextSentence(after: string, year: number | undefined, author: string | undefined): boolean {
  const own = sentenceAfter(after);
  if (own.length === after.length) return false;
  const next = after.slice(own.length).replace(OPENING, '');
  return POINTS_BACK.test(next) && citesThisWork('', sentenceAfter(next), year, author);
}

// A reference list's "Saad-Falcon et al. (2024). ARES. NAACL." (APA): the full stop after the
// year closes the author part of the same entry, not a sentence.
const AUTHOR_YEAR_END = /[(（]\s*(?:19[5-9]\d|20[0-4]\d)[a-z]?\s*[)）]\.\s*$/u;

/** The mention's sentence before it, with the author and year of a reference entry before that. */
function citingSentenceBefore(before: string): string {
  const own = sentenceBefore(before);
  const rest = before.slice(0, before.length - own.length);
  if (!AUTHOR_YEAR_END.test(rest)) return own;
  const stop = rest.lastIndexOf('.');
  return `${sentenceBefore(rest.slice(0, stop))}${rest.slice(stop)}${own}`;
}

/** Every year in an attached citation more than one away from `year`. */
function yearsOff(citation: string, year: number): boolean {
  const years = citation.match(YEAR)?.map(Number) ?? [];
  return years.length > 0 && years.every((y) => Math.abs(y - year) > 1);
}
