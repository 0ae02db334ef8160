// Mentions that start or end at a seam ("#402ARES: …", see SEAM in lib/text/normalize) count only
// where the page's text nodes meet there: `<span>#402</span><span>ARES: …</span>` names ARES,
// a text node that says "MyLightGlue" does not name LightGlue. The background cannot tell the
// two apart (a leaf block's text is sent joined); the page can, from the nodes of the block.
import type { Mention } from '../detect/types';
import type { Segment } from './text-batch';

/** Does one of the segment's text nodes, other than its first, begin at `at`? */
function nodeBeginsAt(starts: readonly number[], at: number): boolean {
  let lo = 1;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return starts[lo] === at;
}

/** `mentions` without those at a seam where the segment's text nodes do not meet. */
export function atNodeSeams(segment: Pick<Segment, 'starts'>, mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.seams !== undefined)) return mentions;
  return mentions.filter((m) => m.seams === undefined || m.seams.every((at) => nodeBeginsAt(segment.starts, at)));
}
