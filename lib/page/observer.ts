import { INLINE_TAGS, UI_HOST_TAG } from './skip';

/** The block element around a node: rescanning it re-reads every segment the change touched. */
export function blockAround(node: Node): Element | null {
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && INLINE_TAGS.has(el.localName)) el = el.parentElement;
  return el;
}

function insideOwnUi(node: Node): boolean {
  for (
    let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    el;
    el = el.parentElement
  ) {
    if (el.localName === UI_HOST_TAG) return true;
  }
  return false;
}

/** Keep only the outermost roots: scanning a root covers everything inside it. */
export function outermost(nodes: Iterable<Node>): Node[] {
  const set = new Set(nodes);
  return [...set].filter((node) => {
    for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return node.isConnected;
  });
}

/**
 * One MutationObserver for the whole page, batched: changes collect for `delayMs` and are then
 * handed over as the few roots that need a rescan, plus whether anything was removed.
 */
export function observeChanges(
  root: Node,
  onBatch: (roots: Node[], removed: boolean) => void,
  delayMs = 100,
): () => void {
  const pending = new Set<Node>();
  let removed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const roots = outermost(pending);
    const hadRemovals = removed;
    pending.clear();
    removed = false;
    if (roots.length || hadRemovals) onBatch(roots, hadRemovals);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (insideOwnUi(record.target)) continue;
      if (record.type === 'characterData') {
        const block = blockAround(record.target);
        if (block) pending.add(block);
        continue;
      }
      if (record.removedNodes.length) removed = true;
      for (const added of record.addedNodes) {
        // A new block is scanned alone (infinite scroll appends thousands); new inline content
        // or text joins the prose of the block it landed in.
        const isBlock = added.nodeType === Node.ELEMENT_NODE && !INLINE_TAGS.has((added as Element).localName);
        const target = isBlock ? added : blockAround(record.target);
        if (target && !(target.nodeType === Node.ELEMENT_NODE && (target as Element).localName === UI_HOST_TAG)) {
          pending.add(target);
        }
      }
      if (record.removedNodes.length && !record.addedNodes.length) {
        const block = blockAround(record.target);
        if (block) pending.add(block);
      }
    }
    if (timer === undefined && (pending.size || removed)) timer = setTimeout(flush, delayMs);
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}
