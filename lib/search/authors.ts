// Which authors a search result names. A result line has room for about three authors; when the
// query matched an author further down the list, that author takes one of the places, so the
// reader sees why the paper was found ("Zhou, … Laudon" for "laudon").
import { highlightRanges } from './highlight';

export interface AuthorLine {
  /** Authors to show, in list order; `gap` when authors were skipped before this one. */
  names: Array<{ name: string; gap: boolean }>;
  /** Authors after the last one shown ("et al."). */
  more: boolean;
}

export function authorLine(authors: string[], terms: string[], shown = 3): AuthorLine {
  const matched =
    terms.length === 0
      ? []
      : authors.flatMap((name, index) => (index > 0 && highlightRanges(name, terms).length > 0 ? [index] : []));
  const late = matched.filter((index) => index >= shown).slice(0, shown - 1);
  // With a late match: the first author, the late matches, then early matches if there is room
  // ("Zhou, Lei, … Laudon" for "lei laudon"); the line has no room for more.
  const early = matched.filter((index) => index < shown).slice(0, shown - 1 - late.length);
  const picked = late.length
    ? [0, ...early, ...late].sort((a, b) => a - b)
    : [...Array(Math.min(shown, authors.length)).keys()];
  return {
    names: picked.map((index, k) => ({
      name: authors[index] as string,
      gap: k > 0 && index > (picked[k - 1] as number) + 1,
    })),
    more: picked.length > 0 && (picked.at(-1) as number) < authors.length - 1,
  };
}
