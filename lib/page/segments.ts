import { INLINE_TAGS, isSkippedElement } from './skip';

/** The text of one block of prose, gathered across its inline elements. */
export interface Segment {
  block: Element;
  nodes: Text[];
  /** starts[i] = index in `text` where nodes[i] begins. */
  starts: number[];
  text: string;
}

export type WalkItem = { kind: 'segment'; segment: Segment } | { kind: 'link'; link: HTMLAnchorElement };

function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE_TAGS.has(el.localName)) el = el.parentElement;
  return el;
}

/**
 * Walk `root` in document order, yielding one segment per block of prose and every link.
 * A generator, so the caller can stop after a few milliseconds and resume later.
 */
export function* walkSegments(root: Node): Generator<WalkItem> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isSkippedElement(node as Element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  if (root.nodeType === Node.ELEMENT_NODE && isSkippedElement(root as Element)) return;
  let current: Segment | null = null;
  let pendingBreak = false;
  for (
    let node: Node | null = root.nodeType === Node.TEXT_NODE ? root : walker.nextNode();
    node;
    node = walker.nextNode()
  ) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (el.localName === 'a' && (el as HTMLAnchorElement).href) yield { kind: 'link', link: el as HTMLAnchorElement };
      else if (el.localName === 'br' || !INLINE_TAGS.has(el.localName)) pendingBreak = true;
      continue;
    }
    const text = node as Text;
    const data = text.data;
    if (data.length === 0) continue;
    const block = blockOf(text);
    if (!block) continue;
    if (current && current.block !== block) {
      yield { kind: 'segment', segment: current };
      current = null;
    }
    if (!current) {
      current = { block, nodes: [], starts: [], text: '' };
    } else if (pendingBreak) {
      current.text += '\n';
    }
    pendingBreak = false;
    current.nodes.push(text);
    current.starts.push(current.text.length);
    current.text += data;
  }
  if (current) yield { kind: 'segment', segment: current };
}

/** The text node and offset of index `i` of a segment's text (ends map to the end of a node). */
export function locate(segment: Segment, i: number, end = false): { node: Text; offset: number } {
  const { starts, nodes } = segment;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid] as number;
    if (s < i || (!end && s === i)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  const offset = Math.min(i - (starts[lo] as number), node.data.length);
  return { node, offset: Math.max(0, offset) };
}
