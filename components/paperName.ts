import type { Paper } from '../lib/catalog/types';

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
