// A popover opened from the keyboard takes focus. When it closes, focus goes back to where it
// was; if nothing had focus, the caret is put at the mention so Tab carries on from there
// (focus left on the removed popover made the next Tab leave the page).

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
      (doc.activeElement as HTMLElement | null)?.blur();
      doc.getSelection()?.collapse(at.startContainer, at.startOffset);
    },
    movedByReader(focused) {
      return focused !== null && focused !== restoredTo;
    },
  };
}
