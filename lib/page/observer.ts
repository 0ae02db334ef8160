import { INLINE_TAGS, UI_HOST_TAG } from './skip';

/** The block element around a node: rescanning it re-reads every segment the change touched.
 * At the top of a shadow tree, the shadow root itself. */
export function blockAround(node: Node): Node | null {
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && INLINE_TAGS.has(el.localName)) el = el.parentElement;
  if (el) return el;
  const root = node.getRootNode();
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? root : null;
}

/** The page's one observer: `observe` adds a shadow root to what it watches. */
export interface ChangeObserver {
  observe(root: Node): void;
  dispose(): void;
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
): ChangeObserver {
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
  const options = { childList: true, characterData: true, subtree: true };
  observer.observe(root, options);
  return {
    observe: (shadow) => observer.observe(shadow, options),
    dispose() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
