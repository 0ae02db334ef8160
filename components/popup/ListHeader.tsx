import { useRef, useState } from 'preact/hooks';
import { type ReadingList, STATUS_LABELS } from '../../lib/db/types';
import { send } from '../../lib/messages/client';
import { focusAfterRender, onEscape } from '../focus';
import { ListNameForm } from '../ListNameInput';
import type { StatusCounts } from './entryInfo';
import { attempt } from './usePopupData';

interface Props {
  list: ReadingList;
  counts: StatusCounts;
  onChanged(): Promise<void>;
  onDeleted(): void;
}

type Mode = 'view' | 'rename' | 'confirm-delete';

/** The selected list's name, counts per status, rename and delete (which asks first). */
export function ListHeader({ list, counts, onChanged, onDeleted }: Props) {
  const [mode, setMode] = useState<Mode>('view');
  const [name, setName] = useState(list.name);
  const [error, setError] = useState<string | null>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const done = () => {
    setMode('view');
    setError(null);
  };
  // Renamed or not, the form and the field that had focus go: back to the Rename button.
  const closeRename = () => {
    done();
    focusAfterRender(renameButton);
  };
  // Back from the question to the Delete button it came from (not to the top of the page).
  const cancelDelete = () => {
    done();
    focusAfterRender(deleteButton);
  };
  const rename = () =>
    attempt(async () => {
      await send('lists/rename', { listId: list.id, name });
      closeRename();
      await onChanged();
    }, setError);
  const remove = () =>
    attempt(async () => {
      await send('lists/delete', { listId: list.id });
      done();
      // After the lists are read again: before, the deleted list's chip was still there to focus.
      await onChanged();
      onDeleted();
    }, setError);
  const n = counts.total;
  return (
    <div class="pp-list-head">
      {mode === 'rename' ? (
        <ListNameForm
          id="pp-rename"
          label="List name"
          value={name}
          onInput={(value) => {
            setName(value);
            setError(null);
          }}
          onCancel={closeRename}
          submit="Save"
          onSubmit={() => void rename()}
        />
      ) : (
        <div class="pp-list-title-row">
          <h2 class="pp-h2 pp-list-name" tabIndex={-1} dir="auto">
            {list.name}
          </h2>
          <button
            type="button"
            class="pl-button pl-quiet pp-small-button"
            ref={renameButton}
            onClick={() => {
              setName(list.name);
              setMode('rename');
            }}
          >
            Rename
          </button>
          <button
            type="button"
            class="pl-button pl-quiet pp-small-button pl-danger"
            ref={deleteButton}
            onClick={() => setMode('confirm-delete')}
          >
            Delete
          </button>
        </div>
      )}
      <p class="pp-counts">
        <span>
          {n} paper{n === 1 ? '' : 's'}
        </span>
        {(['to-read', 'reading', 'read'] as const).map((s) => (
          <span key={s} class={`pp-status-count pp-s-${s}`}>
            {counts[s]} {STATUS_LABELS[s].toLowerCase()}
          </span>
        ))}
      </p>
      {mode === 'confirm-delete' && (
        <div class="pp-confirm" role="alertdialog" aria-labelledby="pp-confirm-text" onKeyDown={onEscape(cancelDelete)}>
          <p id="pp-confirm-text">
            Delete “{list.name}”{n > 0 ? ` and its ${n} saved paper${n === 1 ? '' : 's'}` : ''}? The same papers in
            other lists stay.
          </p>
          <div class="pl-row">
            <button type="button" class="pl-button pp-danger-button" onClick={remove}>
              Delete list
            </button>
            {/* Focus starts on Cancel: a second Enter must not delete a list. */}
            <button type="button" class="pl-button" onClick={cancelDelete} ref={(el) => el?.focus()}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {error && (
        <p class="pl-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
