import { useEffect, useRef } from 'preact/hooks';

/** "Removed “…”. Undo": a removed entry's note and status are one click from coming back. Focus
 * moves to Undo (the row that had it is gone), so a keyboard user can undo or Tab on. It is put in
 * a status region that is there before it (see ListsView). */
export function UndoRemove({ title, onUndo }: { title: string; onUndo(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <p class="pp-undo">
      <span>Removed “{title}”.</span>
      <button type="button" class="pl-button pl-quiet pp-small-button" ref={button} onClick={onUndo}>
        Undo
      </button>
    </p>
  );
}
