import type { MutableRef } from 'preact/hooks';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type ListEntry, READING_STATUSES, type ReadingStatus, STATUS_LABELS } from '../lib/db/types';
import { send } from '../lib/messages/client';
import { resavedLacks } from './resavedLacks';

interface Props {
  paperId: string;
  entries: ListEntry[];
  listName(listId: string): string;
  /** Runs an action, then reloads the details; shows the error when it fails. */
  run(action: () => Promise<unknown>): Promise<void>;
  /** The entry whose status select takes focus when it renders (after a save or an Undo). */
  focusStatus: MutableRef<string | null>;
}

/** The lists a paper is saved in, each with its status and Remove; a removal can be undone. */
export function SavedEntries({ paperId, entries, listName, run, focusStatus }: Props) {
  // The entry as it was before Remove: Undo puts it back with its status, note and place.
  const [removed, setRemoved] = useState<ListEntry | null>(null);
  const remove = (entry: ListEntry) =>
    run(async () => {
      await send('entries/remove', { entryId: entry.id });
      setRemoved(entry);
    });
  const undo = (entry: ListEntry) =>
    run(async () => {
      // Tried once: if it cannot go back (its list was deleted meanwhile), the error says why
      // and the notice goes, rather than offer an Undo that fails again.
      setRemoved(null);
      await send('entries/restore', { entry });
      // The Undo button goes away: focus returns to the entry that came back.
      focusStatus.current = entry.id;
    });
  // Saved there again since (here or in the popup): Undo stays, as the new entry starts with no
  // note and the first status, and entries/restore combines the removed one into it.
  const undoable = removed && removed.paperId === paperId;
  const resaved = removed && entries.find((e) => e.id === removed.id);
  return (
    <>
      {entries.length > 0 && (
        <ul class="pl-entries">
          {entries.map((entry) => (
            <li key={entry.id} class="pl-entry">
              <span class="pl-saved-in">
                <span aria-hidden="true">✓ </span>
                Saved in <strong>{listName(entry.listId)}</strong>
              </span>
              <label class="pl-visually-hidden" for={`status-${entry.id}`}>
                Status in {listName(entry.listId)}
              </label>
              <select
                id={`status-${entry.id}`}
                ref={(el) => {
                  if (el && focusStatus.current === entry.id) {
                    focusStatus.current = null;
                    el.focus();
                  }
                }}
                class="pl-select"
                value={entry.status}
                onChange={(e) =>
                  run(() =>
                    send('entries/update', { entryId: entry.id, status: e.currentTarget.value as ReadingStatus }),
                  )
                }
              >
                {READING_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
              <button
                type="button"
                class="pl-button pl-quiet"
                onClick={() => remove(entry)}
                aria-label={`Remove from ${listName(entry.listId)}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* The status region is in the card, empty, before anything is removed: a live region added
          with its text already in it is not announced by every screen reader. */}
      <div class="pl-undo-region" role="status">
        {undoable && (
          <RemovedNotice
            key={removed.id}
            listName={listName(removed.listId)}
            resaved={resaved ? resavedLacks(removed, resaved) : null}
            onUndo={() => undo(removed)}
          />
        )}
      </div>
    </>
  );
}

interface NoticeProps {
  listName: string;
  /** Saved to that list again since: what the new entry lacks of the removed one (resavedLacks). */
  resaved: Array<'note' | 'status'> | null;
  onUndo(): void;
}

/** "Removed from …. Undo", or once saved there again, what Undo would still bring back. Focus
 * moves to Undo (the Remove button that had it is gone), so a keyboard user can undo at once or
 * Tab on; a save later keeps the focus where the save put it. */
function RemovedNotice({ listName, resaved, onUndo }: NoticeProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <p class="pl-undo">
      {resaved ? (
        <span>
          Saved in <strong>{listName}</strong> again,{' '}
          {resaved.length ? `without its earlier ${resaved.join(' and ')}.` : 'as a new entry.'}
        </span>
      ) : (
        <span>
          Removed from <strong>{listName}</strong>.
        </span>
      )}
      <button type="button" class="pl-button pl-quiet pl-undo-button" ref={button} onClick={onUndo}>
        Undo
      </button>
    </p>
  );
}
