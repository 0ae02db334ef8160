// What a mark covers in the page and what is painted for it: helpers of MarkRegistry.
import { isText, TEXT_NODES } from './tree-steps';

/** The text nodes a mark's range covers. */
export function textNodesIn(range: Range): Text[] {
  const start = range.startContainer;
  if (start === range.endContainer) {
    if (isText(start)) return [start as Text];
    // A link's mark selects the contents of the <a> element, most often one text node: no walk
    // (a walker per link was a third of marking a page of 1,000 paper links).
    const only = start.firstChild;
    if (only !== null && only === start.lastChild && isText(only) && range.startOffset === 0 && range.endOffset === 1)
      return [only as Text];
  }
  const root = range.commonAncestorContainer;
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, TEXT_NODES);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
  return out;
}

/**
 * The ranges to paint for a mark, one per text node: Chromium (156) leaves a highlight range that
 * spans several elements unpainted when the same Highlight also holds other ranges in that
 * paragraph ("<b>LightGlue</b>: <i>Local Feature Matching</i> at Light Speed" next to another
 * title); single-node ranges always paint.
 *
 * They are StaticRanges: the page's highlight registry then holds no live range. With live ones,
 * Chromium redid the paint preparation of the whole page on every frame in which anything moved:
 * opening a popover (a 120 ms fade) on the 5 MB bench page cost 318 ms of pre-paint with live
 * ranges, 108 with static ones (18 without marks). A static range does not follow edits of its
 * text: the marks on an edited text node are unpainted at once (unpaintOn, from the observer's
 * callback, before the next paint), and the block's rescan replaces them. The mark's own live
 * range, kept for hit-testing, says when its text is gone.
 */
export function piecesOf(range: Range, nodes: Text[]): StaticRange[] {
  const out: StaticRange[] = [];
  for (const node of nodes) {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end > start)
      out.push(new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end }));
  }
  return out;
}

/** Is `node` one of `els` or inside one? An ancestor walk per node, so that a page hiding many
 * elements at once costs marks x depth, not marks x elements. */
export function isWithin(node: Node, els: ReadonlySet<Node>): boolean {
  for (let n: Node | null = node; n !== null; n = n.parentNode) if (els.has(n)) return true;
  return false;
}
