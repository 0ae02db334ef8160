// A popover opened from the keyboard takes focus. When it closes, focus goes back to where it
// was. If nothing had focus, Tab should carry on from the mention: a caret put there does not
// move where Chromium's Tab starts (the popover's host, after <body>, did: the next Tab left the
// page, the one after began at its top). So the last element before the mention that takes focus
// gets it, without a focus ring, and the caret goes to the mention: Tab goes on from there.

const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex^="-"]), [contenteditable]:not([contenteditable="false"])';

/** Focuses the last element before `node` (or holding it) that takes focus, and returns it. */
function focusBefore(node: Node): HTMLElement | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  if (!('querySelectorAll' in root)) return null;
  const all = root.querySelectorAll<HTMLElement>(FOCUSABLE);
  // Binary search for the last one that starts before the node.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const el = all[mid] as HTMLElement;
    if (el.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) lo = mid + 1;
    else hi = mid;
  }
  // A hidden one does not take focus: try a few before it.
  for (let i = lo - 1; i >= Math.max(0, lo - 8); i--) {
    const el = all[i] as HTMLElement;
    el.focus({ preventScroll: true, focusVisible: false } as FocusOptions);
    if (root.activeElement === el) return el;
  }
  return null;
}

export interface FocusReturn {
  /** The focused element of the page (not its body, not PaperLens's own UI), if any. */
  pageFocus(): HTMLElement | null;
  /** Called as a keyboard popover opens: remember where focus is. */
  remember(): void;
  /** Called as it closes, with focus still inside it: give focus back, or put the caret at `at`. */
  giveBack(at: Range): void;
  /** Is `focused` somewhere the reader moved to, rather than where the last close put focus? */
  movedByReader(focused: HTMLElement | null): boolean;
}

export function createFocusReturn(doc: Document, isOwnUi: (el: Element) => boolean): FocusReturn {
  let returnTo: HTMLElement | null = null;
  let restoredTo: HTMLElement | null = null;
  const pageFocus = (): HTMLElement | null => {
    const active = doc.activeElement;
    if (!(active instanceof HTMLElement) || active === doc.body || isOwnUi(active)) return null;
    return active;
  };
  return {
    pageFocus,
    remember() {
      returnTo = pageFocus();
    },
    giveBack(at) {
      const target = returnTo;
      returnTo = null;
      restoredTo = null;
      if (target?.isConnected) {
        target.focus({ preventScroll: true });
        restoredTo = target;
        return;
      }
      // Focus put there is not where the reader went: the next mention still follows this one.
      restoredTo = focusBefore(at.startContainer);
      if (!restoredTo) (doc.activeElement as HTMLElement | null)?.blur();
      doc.getSelection()?.collapse(at.startContainer, at.startOffset);
    },
    movedByReader(focused) {
      return focused !== null && focused !== restoredTo;
    },
  };
}
