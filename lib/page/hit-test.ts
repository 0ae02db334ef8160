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
  const mark = markOfNodeAt(registry, node, x, y);
  // Not over text: something may lie over the text there (a paywall's fade, a PDF viewer's link
  // boxes), which the caret API stops at. The elements at the point, beneath it, are asked.
  return mark ?? (node.nodeType === Node.TEXT_NODE ? null : markBeneath(doc, registry, x, y));
}

function markOfNodeAt(registry: MarkRegistry, node: Node, x: number, y: number): Mark | null {
  for (const mark of registry.marksInNode(node)) {
    for (const rect of mark.range.getClientRects()) if (contains(rect, x, y)) return mark;
  }
  return null;
}

/** How many elements at a point are looked through: an overlay or two, and the text's own. */
const BENEATH_DEPTH = 8;

/** The mark in a text node of one of the elements at the point (topmost first), where what lies
 * on top lets the text through: a box of no text (a link box, a transparent layer) or an element
 * around the text itself (its ::after fade). A dialog with text of its own over the page hides it. */
function markBeneath(doc: Document, registry: MarkRegistry, x: number, y: number): Mark | null {
  const stack = doc.elementsFromPoint(x, y).slice(0, BENEATH_DEPTH);
  const top = stack[0];
  if (!top) return null;
  // Asked once, and only when needed: the top element may be a container of the whole page, whose
  // textContent would be built on every frame of pointer movement.
  let empty: boolean | undefined;
  const letsThrough = (text: Node) => {
    if (top.contains(text)) return true;
    empty ??= !hasText(top);
    return empty;
  };
  for (const element of stack) {
    for (const child of element.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE || !letsThrough(child)) continue;
      const mark = markOfNodeAt(registry, child, x, y);
      if (mark) return mark;
    }
  }
  return null;
}

/** Does the element hold any text that is not blank? Stops at the first. */
function hasText(element: Element): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) if (text.nodeValue?.trim()) return true;
  return false;
}
