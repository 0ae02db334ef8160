// The marks of a block's mentions: a helper of PageScanner.
import type { Mention } from '../detect/types';
import type { Mark } from './marks';
import { locate, type Segment } from './text-batch';

/** A segment's marks are keyed by its first text node: a block can hold several segments. */
export const ownerOf = (segment: Segment): Node => segment.nodes[0] as Node;

/** A live range per mention, placed by its offsets in the segment's text; none for a mention whose
 * text nodes left the page since the walk. */
export function segmentMarks(segment: Segment, mentions: readonly Mention[]): Mark[] {
  const doc = segment.block.ownerDocument;
  const owner = ownerOf(segment);
  const marks: Mark[] = [];
  for (const m of mentions) {
    const start = locate(segment, m.start);
    const end = locate(segment, m.end, true);
    if (!start.node.isConnected || !end.node.isConnected) continue;
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    marks.push({ paperId: m.paperId, kind: m.kind, range, owner });
  }
  return marks;
}
