import type { Mark, MarkRegistry } from './marks';

type CaretDoc = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
};

/** The text node under a point, using whichever caret API the browser has. Without the shadow
 * roots it is told of, the caret API stops at a web component's host. */
function nodeAtPoint(doc: CaretDoc, x: number, y: number, shadowRoots: ShadowRoot[]): Node | null {
  if (doc.caretPositionFromPoint) {
    const options = shadowRoots.length ? { shadowRoots } : undefined;
    return doc.caretPositionFromPoint(x, y, options)?.offsetNode ?? null;
  }
  return doc.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;
}

/**
 * The mark under the pointer. Marks are painted, not elements, so there is no hover event to
 * listen to: find the text node at the point, then check the point is inside one of the mark's
 * line boxes (the caret API also answers for points beside the text).
 */
export function markAtPoint(doc: Document, registry: MarkRegistry, x: number, y: number): Mark | null {
  // Most pages name no paper: a hit test per frame of pointer movement (which lays the page out
  // first if anything changed) would be their only cost of the pointer listener.
  if (registry.isEmpty) return null;
  const node = nodeAtPoint(doc as CaretDoc, x, y, [...registry.shadowRoots]);
  if (!node) return null;
  for (const mark of registry.marksInNode(node)) {
    for (const rect of mark.range.getClientRects()) if (contains(rect, x, y)) return mark;
  }
  return null;
}
