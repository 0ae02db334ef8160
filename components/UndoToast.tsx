import { useEffect, useRef, useState } from 'preact/hooks';
import type { Theme } from '../lib/settings/settings';

interface Props {
  text: string;
  theme: Theme;
  /** Offered for an action that hid something ("Not this paper"): the notice then goes into a
   * status region its parent keeps in the page. Without it the notice reports an action that
   * failed: an alert, with OK to close it. */
  onUndo?(focused: boolean): void;
  /** The notice goes; `focused`: it held the focus (a keyboard user was on it). */
  onDone(focused: boolean): void;
  /** Take focus (its Undo or OK button): the action came from the keyboard, from a popover that
   * is gone now, so this is where a keyboard user can act on it. */
  autoFocus?: boolean;
}

const SHOWN_MS = 8000;
/** With the focus it took itself: long enough to hear it read and to act (WCAG's 20 s). */
const SHOWN_FOCUSED_MS = 20_000;

/** Is `el` the focused element of its document or shadow root? */
function holdsFocus(el: HTMLElement | null): boolean {
  const root = el?.getRootNode() as Document | ShadowRoot | undefined;
  return !!el && root?.activeElement === el;
}

/** A short notice at the corner of the page: "Hid “LightGlue” on this site. Undo", or what went wrong. */
export function UndoToast({ text, theme, onUndo, onDone, autoFocus = false }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (autoFocus) button.current?.focus();
  }, [autoFocus]);
  const undoable = onUndo !== undefined;
  // While the pointer or the focus is on it, the reader is about to act on it: it stays, and its
  // time starts again when they leave. Not for the focus it takes itself (autoFocus): then it
  // would never go, and going is what gives that focus back to the page.
  const [pointed, setPointed] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = pointed || (focused && !autoFocus);
  useEffect(() => {
    // An Undo is offered for a while; an error stays until it is read and closed.
    if (!undoable || held) return;
    const timer = setTimeout(() => onDone(holdsFocus(button.current)), autoFocus ? SHOWN_FOCUSED_MS : SHOWN_MS);
    return () => clearTimeout(timer);
  }, [onDone, undoable, held, autoFocus]);
  // Its one control holds the focus a keyboard user has on it: Escape there closes it.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onDone(holdsFocus(button.current));
  };
  return (
    <div
      class={`pl-theme pl-toast pl-animate${onUndo ? '' : ' pl-toast-error'}`}
      data-theme={theme === 'auto' ? undefined : theme}
      role={onUndo ? undefined : 'alert'}
      onPointerEnter={() => setPointed(true)}
      onPointerLeave={() => setPointed(false)}
      onFocusIn={() => setFocused(true)}
      onFocusOut={() => setFocused(false)}
    >
      <span>{text}</span>
      {onUndo ? (
        <button
          type="button"
          class="pl-button pl-quiet pl-toast-undo"
          ref={button}
          onKeyDown={onKeyDown}
          onClick={() => onUndo(holdsFocus(button.current))}
        >
          Undo
        </button>
      ) : (
        <button
          type="button"
          class="pl-button pl-quiet"
          ref={button}
          onKeyDown={onKeyDown}
          onClick={() => onDone(true)}
        >
          OK
        </button>
      )}
    </div>
  );
}
