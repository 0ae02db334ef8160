// Overlap resolution between mentions of one text block: a title mention covers the short name
// it starts with, and a longer title covers a shorter one found inside it.

export interface Span {
  start: number;
  end: number;
  /** Set on a mention that starts or ends at a seam, or ends inside a word (see Mention). */
  seams?: unknown;
  glued?: true;
  paperId?: string;
}

/**
 * Keeps the longest mentions that do not overlap, ties broken by earlier start, then input
 * order (stable). Returns them sorted by start. Pure: the input array is not modified.
 * Mentions at seams come after all others, whatever their length: the page may yet find no
 * seam there, and one must not have pushed out a mention with separators around it ("GLUE" at
 * the seam of "SuperGLUE" never displaces SuperGLUE); titles that end inside a word come last.
 * Such a title is kept beside what it holds of its own paper, though: a card's
 * `<a>LightGlue: … at Light Speed</a><a>arXiv</a>` reads "…Light SpeedarXiv", and the page,
 * which can see the two links apart, keeps the title and drops the name inside it (or keeps the
 * name, where the title's end is not set apart: lib/page/seams.ts).
 */
export function resolveOverlaps<T extends Span>(mentions: readonly T[]): T[] {
  const atSeam = (m: T) => (m.seams === undefined ? 0 : m.glued ? 2 : 1);
  const order = mentions
    .map((m, i) => ({ m, i }))
    .sort(
      (a, b) =>
        atSeam(a.m) - atSeam(b.m) || b.m.end - b.m.start - (a.m.end - a.m.start) || a.m.start - b.m.start || a.i - b.i,
    );
  // Kept spans sorted by start; they never overlap, so one neighbour check each side suffices.
  const kept: T[] = [];
  for (const { m } of order) {
    if (m.end <= m.start) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as T).start < m.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if (prev && prev.end > m.start) continue;
    if (next && next.start < m.end) continue;
    kept.splice(lo, 0, m);
  }
  const alongside = mentions.filter((m) => m.glued && !kept.includes(m) && holdsOnlyItsOwn(m, kept));
  return alongside.length === 0 ? kept : [...kept, ...alongside].sort((a, b) => a.start - b.start);
}

/** Does glued title `g` overlap only mentions of its own paper, each inside it? */
function holdsOnlyItsOwn<T extends Span>(g: T, kept: readonly T[]): boolean {
  const overlapping = kept.filter((k) => k.start < g.end && g.start < k.end);
  return (
    g.paperId !== undefined &&
    overlapping.every((k) => k.paperId === g.paperId && !k.glued && g.start <= k.start && k.end <= g.end)
  );
}
