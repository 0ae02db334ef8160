import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';

type SelectEvent<E extends Event> = JSX.TargetedEvent<HTMLSelectElement, E>;

// Keys that change a closed <select>'s value where they are pressed (Chromium on Linux and Windows
// fires "change" at once, as part of the key's default action): the arrows, paging, and type-ahead.
const BROWSING = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);
const browses = (e: KeyboardEvent) => BROWSING.has(e.key) || (e.key.length === 1 && e.key !== ' ');

/**
 * Handlers for a <select> whose choices act ("Move to…" a list, "New list…"): a choice made with
 * the mouse, or in the opened list, acts at once, but one the keyboard only passes on its way
 * (arrowing down the closed menu) waits for Enter, and Escape or leaving the menu takes it back.
 * Arrowing once moved a paper to the first list, for good. `acts(value)` says which choices wait;
 * the others (picking which list Save goes to) are taken as they come.
 */
export function useDeliberateSelect(commit: (value: string) => void, acts: (value: string) => boolean) {
  const byKey = useRef(false);
  const pending = useRef<string | null>(null);
  const putBack = useRef('');
  const cancel = (el: HTMLSelectElement) => {
    if (pending.current === null) return;
    pending.current = null;
    el.value = putBack.current;
  };
  return {
    onFocus: (e: SelectEvent<FocusEvent>) => {
      putBack.current = e.currentTarget.value;
    },
    onKeyDown: (e: SelectEvent<KeyboardEvent>) => {
      if (browses(e)) {
        // The change this key makes, if any, comes before the next task.
        byKey.current = true;
        setTimeout(() => {
          byKey.current = false;
        }, 0);
      } else if (e.key === 'Enter' && pending.current !== null) {
        e.preventDefault();
        const value = pending.current;
        pending.current = null;
        commit(value);
      } else if (e.key === 'Escape' && pending.current !== null) {
        // Only the choice goes: an enclosing popover stays open.
        e.stopPropagation();
        cancel(e.currentTarget);
      }
    },
    onChange: (e: SelectEvent<Event>) => {
      const value = e.currentTarget.value;
      if (byKey.current && acts(value)) pending.current = value;
      else {
        pending.current = null;
        putBack.current = value;
        commit(value);
      }
    },
    onBlur: (e: SelectEvent<FocusEvent>) => cancel(e.currentTarget),
  };
}
