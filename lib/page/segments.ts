import { INLINE_TAGS, isInsideSkipped, isSkippedElement } from './skip';

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

// Node.ELEMENT_NODE is a property read on a global per use; this loop runs once per node.
const ELEMENT = 1;
const TEXT = 3;

/**
 * Walk `root` in document order, yielding one segment per block of prose and every link.
 * A generator, so the caller can stop after a few milliseconds and resume later.
 */
export function* walkSegments(root: Node): Generator<WalkItem> {
  const doc = root.ownerDocument ?? (root as Document);
  // No acceptNode filter: a filter is a call from C++ into JS for every node of the page, which
  // cost more than the rest of the walk. Skipped subtrees are stepped over by hand instead.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  if (isInsideSkipped(root)) return;
  let current: Segment | null = null;
  let pendingBreak = false;
  let node: Node | null = root.nodeType === TEXT ? root : walker.nextNode();
  // Text nodes often share a parent (text around an <em>): its block is looked up once.
  let lastParent: Node | null = null;
  let lastBlock: Element | null = null;
  while (node) {
    if (node.nodeType === ELEMENT) {
      const el = node as Element;
      if (isSkippedElement(el)) {
        node = nextOutside(walker, root);
        continue;
      }
      if (el.localName === 'a' && (el as HTMLAnchorElement).href) yield { kind: 'link', link: el as HTMLAnchorElement };
      else if (el.localName === 'br' || !INLINE_TAGS.has(el.localName)) pendingBreak = true;
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    node = walker.nextNode();
    const data = text.data;
    if (data.length === 0) continue;
    const parent = text.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      lastBlock = blockOf(text);
    }
    const block = lastBlock;
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

/** The node after the walker's current one and its whole subtree, within `root`. */
function nextOutside(walker: TreeWalker, root: Node): Node | null {
  for (let n: Node | null = walker.currentNode; n && n !== root; n = walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
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
