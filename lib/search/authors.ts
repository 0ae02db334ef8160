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
  const late =
    terms.length === 0
      ? []
      : authors
          .map((name, index) => ({ name, index }))
          .filter(({ name, index }) => index >= shown && highlightRanges(name, terms).length > 0)
          .slice(0, shown - 1)
          .map(({ index }) => index);
  // With a late match, the first author and the matches only: the line has no room for more.
  const picked = late.length ? [0, ...late] : [...Array(Math.min(shown, authors.length)).keys()];
  return {
    names: picked.map((index, k) => ({
      name: authors[index] as string,
      gap: k > 0 && index > (picked[k - 1] as number) + 1,
    })),
    more: picked.length > 0 && (picked.at(-1) as number) < authors.length - 1,
  };
}
