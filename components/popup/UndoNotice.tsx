import { useEffect, useRef } from 'preact/hooks';

/** "Removed “…”. Undo", "Moved “…” to Later. Undo": a paper that left the list, with its note and
 * status, is one click from coming back. Focus moves to Undo (the row that had it is gone), so a
 * keyboard user can undo or Tab on. It is put in a status region that is there before it (see
 * ListsView). */
export function UndoNotice({ text, onUndo }: { text: string; onUndo(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <p class="pp-undo">
      <span>{text}</span>
      <button type="button" class="pl-button pl-quiet pp-small-button" ref={button} onClick={onUndo}>
        Undo
      </button>
    </p>
  );
}
