// Mentions that start or end at a seam ("#402ARES: …", see SEAM in lib/text/normalize) count only
// where the page shows two things there: `<span>#402</span><span>ARES: …</span>` names ARES, but
// "MyLightGlue" in one text node, a search highlight inside a word (`Visual<mark>WebArena</mark>`),
// a framework's `{name}Matcher` (two text nodes) or a `<wbr>` do not. The background cannot tell
// (a leaf block's text is sent joined); the page can, from the block's nodes and their layout.
import type { Mention } from '../detect/types';
import { isZeroWidth } from '../text/zero-width';
import type { Segment } from './text-batch';

/** Are two text nodes that meet in a block's text set apart on screen, `before`'s last character
 * from `after`'s first? */
export type SetApart = (before: Text, after: Text) => boolean;

/** The index of the segment's text node, other than its first, that begins at `at`; -1 if none. */
function nodeBeginningAt(starts: readonly number[], at: number): number {
  let lo = 1;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return starts[lo] === at ? lo : -1;
}

/**
 * Set apart as separate things are: a gap between them (a badge's margin or padding, a number's
 * cell), another line, or a character raised or smaller (a footnote's superscript). A highlight,
 * a bold part or a framework's second text node sits flush, on the same line and baseline.
 */
export const onScreenApart: SetApart = (before, after) => {
  const range = before.ownerDocument.createRange();
  range.setStart(before, before.length - 1);
  range.setEnd(before, before.length);
  const a = range.getBoundingClientRect();
  range.setStart(after, 0);
  range.setEnd(after, 1);
  const b = range.getBoundingClientRect();
  // Not laid out (hidden): nothing is shown apart.
  if (a.height === 0 || b.height === 0) return false;
  const high = Math.max(a.height, b.height);
  const sameLine = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5 * Math.min(a.height, b.height);
  if (!sameLine) return true;
  const gap = Math.max(b.left - a.right, a.left - b.right);
  const raised = Math.abs(a.top + a.height / 2 - (b.top + b.height / 2)) >= 0.2 * high;
  return gap >= 2 || raised || Math.min(a.height, b.height) / high < 0.8;
};

/** `mentions` without those at a seam where the segment's text nodes do not meet, set apart. */
export function atNodeSeams(
  segment: Pick<Segment, 'starts' | 'nodes'>,
  mentions: Mention[],
  apart: SetApart = onScreenApart,
): Mention[] {
  if (!mentions.some((m) => m.seams !== undefined)) return mentions;
  const standsAt = (at: number) => {
    const i = nodeBeginningAt(segment.starts, at);
    if (i <= 0) return false;
    // What is shown before the seam: past nodes of invisible characters alone (a link card's
    // zero-width space in a span of its own before "arxiv.org", which the fold drops).
    let before = i - 1;
    while (before > 0 && isZeroWidth((segment.nodes[before] as Text).data)) before--;
    return apart(segment.nodes[before] as Text, segment.nodes[i] as Text);
  };
  const standing = mentions.filter((m) => m.seams === undefined || m.seams.every(standsAt));
  // A title ending inside a word, kept, holds what the background kept of its paper inside it
  // (its short name: lib/detect/overlaps.ts): the title is the mention.
  const titles = standing.filter((m) => m.glued);
  if (titles.length === 0) return standing;
  return standing.filter(
    (m) => m.glued || !titles.some((t) => t.paperId === m.paperId && t.start <= m.start && m.end <= t.end),
  );
}
