// Focus after a question or an editor closes: the element that had focus is gone, so focus goes
// back to the control that opened it (after the re-render that brings that control back).
import type { RefObject } from 'preact';

export function focusAfterRender(ref: RefObject<HTMLElement>): void {
  requestAnimationFrame(() => ref.current?.focus());
}

/**
 * A row's button removed its row (Remove, Undo): focus the same button of the row now in its
 * place, or of the row above, or `fallback` once no row is left, after the re-render that takes
 * the row away. `rows` finds those buttons when it runs.
 */
export function focusInPlaceOf(
  at: number,
  rows: () => ArrayLike<HTMLElement>,
  fallback: () => HTMLElement | null,
): void {
  requestAnimationFrame(() => {
    const buttons = rows();
    (buttons[Math.min(at, buttons.length - 1)] ?? fallback())?.focus();
  });
}

/** A keydown handler that runs `cancel` on Escape and keeps the key from closing anything else. */
export function onEscape(cancel: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    cancel();
  };
}

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The focused element of `el`'s document or shadow root, if it is `el` or inside it. */
export function focusWithin(el: HTMLElement | null): Element | null {
  const active = (el?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement ?? null;
  return el && active && el.contains(active) ? active : null;
}

/** Would this key take focus out of `el`: Tab on its last control, Shift+Tab on its first? */
export function tabLeaves(el: HTMLElement | null, e: KeyboardEvent): boolean {
  const active = e.key === 'Tab' ? focusWithin(el) : null;
  if (!el || !active) return false;
  const controls = [...el.querySelectorAll<HTMLElement>(TABBABLE)].filter((c) => c.getClientRects().length > 0);
  if (e.shiftKey) return active === el || active === controls[0];
  return controls.length === 0 || active === controls[controls.length - 1];
}
