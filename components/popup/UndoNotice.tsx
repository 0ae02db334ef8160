import { useEffect, useRef } from 'preact/hooks';

/** "Removed “…”. Undo", "Moved “…” to Later. Undo": a paper that left the list, with its note and
 * status, is one click (or Ctrl+Z) from coming back. With `takeFocus` (nothing took the place of
 * what had the focus: a deleted list's chip, a list's last paper), focus moves to Undo, so a
 * keyboard user can undo or Tab on. It is put in a status region that is there before it (see
 * ListsView). */
export function UndoNotice({ text, onUndo, takeFocus }: { text: string; onUndo(): void; takeFocus: boolean }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) button.current?.focus();
  }, []);
  return (
    <p class="pp-undo">
      <span>{text}</span>
      <button
        type="button"
        class="pl-button pl-quiet pp-small-button"
        ref={button}
        onClick={onUndo}
        title="Undo (Ctrl+Z)"
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        Undo
      </button>
    </p>
  );
}
