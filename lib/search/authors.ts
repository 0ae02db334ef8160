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

/** Characters of a result line that show at the popup's width (about 52 at 12px), with a margin. */
export const AUTHOR_LINE_ROOM = 46;

/** Characters the line takes as ResultCard writes it: ", " or ", … " between names, " et al." after. */
function lineLength(authors: string[], picked: number[], more: boolean): number {
  let length = more ? ' et al.'.length : 0;
  picked.forEach((index, k) => {
    const gap = k > 0 && index > (picked[k - 1] as number) + 1;
    length += (authors[index] as string).length + (k === 0 ? 0 : gap ? 4 : 2);
  });
  return length;
}

export function authorLine(authors: string[], terms: string[], shown = 3, room?: number): AuthorLine {
  const matched =
    terms.length === 0
      ? []
      : authors.flatMap((name, index) => (index > 0 && highlightRanges(name, terms).length > 0 ? [index] : []));
  const late = matched.filter((index) => index >= shown).slice(0, shown - 1);
  // With a late match: the first author, the late matches, then early matches if there is room
  // ("Zhou, Lei, … Laudon" for "lei laudon"); the line has no room for more.
  const early = matched.filter((index) => index < shown).slice(0, shown - 1 - late.length);
  let picked = late.length
    ? [0, ...early, ...late].sort((a, b) => a - b)
    : [...Array(Math.min(shown, authors.length)).keys()];
  // Long names would push a matched author past the end of the line, where CSS cuts it off: drop
  // unmatched names (never the first), last first, until the line fits ("Lindenberger, …
  // Pollefeys" for "pollefeys"). Without a match the estimate is not used: the card measures its
  // line and passes the room it has, so a name is dropped whole ("Khattab et al.", not
  // "Khattab, …" cut by CSS after the comma).
  const keep = new Set([0, ...matched]);
  const limit = room ?? (matched.length > 0 ? AUTHOR_LINE_ROOM : Number.POSITIVE_INFINITY);
  const moreAfter = (p: number[]) => p.length > 0 && (p.at(-1) as number) < authors.length - 1;
  while (lineLength(authors, picked, moreAfter(picked)) > limit) {
    const drop = picked.findLast((index) => !keep.has(index));
    if (drop === undefined) break;
    picked = picked.filter((index) => index !== drop);
  }
  return {
    names: picked.map((index, k) => ({
      name: authors[index] as string,
      gap: k > 0 && index > (picked[k - 1] as number) + 1,
    })),
    more: moreAfter(picked),
  };
}
