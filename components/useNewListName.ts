import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { focusAfterRender } from './focus';

/**
 * A new list's name, typed in a form that opens in place of what opened it ("New list" in the
 * popup's lists, "New list…" in Save all's menu and in the popover's): whether it is open, the
 * name, and closing it. `clear` drops what was said of the last try (a "list named … exists"
 * error), as typing does. Given up (Cancel, Escape), focus goes back to `opener`, since the field
 * that had it is gone; made, the caller puts focus where the new list is.
 */
export function useNewListName(opener: RefObject<HTMLElement>, clear: () => void) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const close = () => {
    setOpen(false);
    setName('');
    clear();
  };
  return {
    open,
    name,
    start: () => setOpen(true),
    input: (value: string) => {
      setName(value);
      clear();
    },
    /** The list was made: the form goes. */
    done: close,
    /** Given up: the form goes, and focus back to what opened it. */
    cancel: () => {
      close();
      focusAfterRender(opener);
    },
  };
}
