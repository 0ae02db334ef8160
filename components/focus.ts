// Focus after a question or an editor closes: the element that had focus is gone, so focus goes
// back to the control that opened it (after the re-render that brings that control back).
import type { RefObject } from 'preact';

export function focusAfterRender(ref: RefObject<HTMLElement>): void {
  requestAnimationFrame(() => ref.current?.focus());
}

/** A keydown handler that runs `cancel` on Escape and keeps the key from closing anything else. */
export function onEscape(cancel: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    cancel();
  };
}
