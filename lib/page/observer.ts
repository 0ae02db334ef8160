import { INLINE_TAGS, UI_HOST_TAG } from './skip';
import { enclosingBlock } from './tree-steps';

/** The block element around a node: rescanning it re-reads every segment the change touched.
 * At the top of a shadow tree, the shadow root itself. */
export function blockAround(node: Node): Node | null {
  const block = enclosingBlock(node);
  if (block) return block;
  const root = node.getRootNode();
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? root : null;
}

/** The page's one observer: `observe` adds a shadow root to what it watches. */
export interface ChangeObserver {
  observe(root: Node): void;
  /** Watches the children of `<html>` for a new `<body>`: pages that navigate by swapping the
   * whole body (Turbo, pjax) get it read and watched like the first. */
  observeBodySwaps(html: Element): void;
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

const isBody = (node: Node): boolean => node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'body';

/** Keep only the outermost roots: scanning a root covers everything inside it. */
export function outermost(nodes: Iterable<Node>): Node[] {
  const set = new Set(nodes);
  return [...set].filter((node) => {
    for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return node.isConnected;
  });
}

/** What a batch of changes asks for. */
export interface ChangeBatch {
  /** The few roots that need a rescan. */
  roots: Node[];
  /** Something was removed: marks on text that left the page go. */
  removed: boolean;
  /** Elements whose marks go before the rescan: they were hidden or shown, made editable or
   * not, or (links) sent elsewhere, so what was marked inside may no longer count. */
  cleared: Node[];
}

// Attributes that change what PaperLens reads (see skip.ts) or where a link goes. Tabs and
// accordions reveal their panels by removing `hidden`: the panel's papers are marked then.
const WATCHED_ATTRIBUTES = ['hidden', 'contenteditable', 'href'];

export interface ObserveOptions {
  /** How long changes collect before a batch (ms). */
  delayMs?: number;
  /** Told of each edited text node at once, in the observer's callback, with its text before. */
  onTextEdited?(text: CharacterData, oldData: string): void;
  /** Told when the page removed nodes: drops the marks whose text left, and says whether any did;
   * true hands the batch over at once, in the observer's callback, before the page is painted
   * again (see URGENT_ROOTS). */
  dropLostMarks?(): boolean;
}

// A page that replaces marked text (a chat re-rendering its whole answer with innerHTML every
// 40 ms as it streams) would show its marks only between a rescan and its next re-render: 17% of
// the time, a blink at every token. When the removed nodes held marks and few blocks changed, the
// batch is not held back: a rescan of text seen lately places the marks again before the next
// paint (RecentAnswers). More roots wait, as any batch does (an infinite scroll's thousands).
const URGENT_ROOTS = 16;

/**
 * One MutationObserver for the whole page, batched: changes collect for `delayMs` and are then
 * handed over as the few roots that need a rescan, whether anything was removed, and the
 * elements whose marks must go first. `onTextEdited` hears of each edited text node at once.
 */
export function observeChanges(
  root: Node,
  onBatch: (batch: ChangeBatch) => void,
  { delayMs = 100, onTextEdited = () => undefined, dropLostMarks = () => false }: ObserveOptions = {},
): ChangeObserver {
  const pending = new Set<Node>();
  const cleared = new Set<Node>();
  let removed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const batch = { roots: outermost(pending), removed, cleared: [...cleared] };
    pending.clear();
    cleared.clear();
    removed = false;
    if (batch.roots.length || batch.removed || batch.cleared.length) onBatch(batch);
  };
  let html: Element | null = null;
  const observer = new MutationObserver((records) => {
    let removedHere = false;
    for (const record of records) {
      if (record.target === html) {
        // Only a body counts here: PaperLens's own popover host is a child of <html> too.
        for (const node of record.removedNodes) if (isBody(node)) removed = true;
        for (const node of record.addedNodes) {
          if (!isBody(node)) continue;
          pending.add(node);
          observer.observe(node, options);
        }
        continue;
      }
      if (insideOwnUi(record.target)) continue;
      if (record.type === 'characterData') {
        // Told at once, before the page is painted again (the batch waits delayMs): a mark's
        // painted range does not follow an edit of its text. Text set to what it was (a framework
        // re-rendering the same words) is no edit.
        const text = record.target as CharacterData;
        if (record.oldValue !== null && record.oldValue !== text.data) onTextEdited(text, record.oldValue);
        const block = blockAround(record.target);
        if (block) pending.add(block);
        continue;
      }
      if (record.type === 'attributes') {
        // A block is read again whole; an inline element (a hidden <span>, a link) with the
        // prose of the block around it.
        const target = record.target as Element;
        const again = INLINE_TAGS.has(target.localName) ? blockAround(target) : target;
        cleared.add(target);
        if (again) pending.add(again);
        continue;
      }
      if (record.removedNodes.length) removed = removedHere = true;
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
    if (removedHere && pending.size > 0 && pending.size <= URGENT_ROOTS && dropLostMarks()) {
      if (timer !== undefined) clearTimeout(timer);
      flush();
      return;
    }
    if (timer === undefined && (pending.size || removed || cleared.size)) timer = setTimeout(flush, delayMs);
  });
  const options = {
    childList: true,
    characterData: true,
    characterDataOldValue: true,
    subtree: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  };
  observer.observe(root, options);
  return {
    observe: (shadow) => observer.observe(shadow, options),
    observeBodySwaps(root) {
      html = root;
      observer.observe(root, { childList: true });
    },
    dispose() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
