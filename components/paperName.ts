import type { Paper } from '../lib/catalog/types';

/** "2022 · ICLR 2023", "CIKM 2023" (not "2023 · CIKM 2023"), "2024": the year the paper appeared,
 * unless its venue says that year already, and the venue. */
export function yearAndVenue(paper: Pick<Paper, 'year' | 'venue'>): string {
  const venue = paper.venue?.trim();
  if (!venue) return String(paper.year);
  return new RegExp(`(?<!\\d)${paper.year}(?!\\d)`).test(venue) ? venue : `${paper.year} · ${venue}`;
}

/** Longest title a one-line notice names in full. */
const MAX_TITLE = 40;

/**
 * A paper as a short notice names it ("Hid “LightGlue” on this site."): its short name, else its
 * title, cut at a word end with "…" when long, so the reader knows which mark went without the
 * notice growing to several lines.
 */
export function paperName(paper: Pick<Paper, 'title' | 'shortName'>): string {
  if (paper.shortName) return paper.shortName;
  const title = paper.title.trim();
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE + 1);
  const space = cut.lastIndexOf(' ');
  // One very long word (a name without spaces) is cut where it has to be.
  const kept = space > MAX_TITLE / 2 ? cut.slice(0, space) : cut.slice(0, MAX_TITLE);
  return `${kept.replace(/[\s,:;.–—-]+$/, '')}…`;
}
