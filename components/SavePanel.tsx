import { useRef, useState } from 'preact/hooks';
import { send } from '../lib/messages/client';
import type { PaperDetails } from '../lib/messages/contract';
import { errorText } from './errorText';
import { ListNameForm } from './ListNameInput';
import { SavedEntries } from './SavedEntries';
import { useDeliberateSelect } from './useDeliberateSelect';
import { useNewListName } from './useNewListName';

interface Props {
  details: PaperDetails;
  /** Called after every change, to reload details and let the page update its marks. */
  onChanged(): Promise<void> | void;
}

const NEW_LIST = '__new__';

/** Saved state and the actions on it: save in one click, pick or create a list, status, remove (with Undo). */
export function SavePanel({ details, onChanged }: Props) {
  const { paper, entries, lists } = details;
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  // What a save did, for screen readers: focus lands on the new entry's status, whose name says
  // where it is, but not that it was just saved there.
  const [said, setSaid] = useState('');
  // The Save button disappears once the paper is saved: move focus to the new entry's status, so
  // a keyboard user lands on the next useful control instead of the top of the dialog.
  const focusStatus = useRef<string | null>(null);
  // The list picker, or "Add to a new list…": what opened the new-list form, and where Cancel or
  // Escape gives focus back (the field that had it is gone, and focus fell out of the popover).
  const opener = useRef<HTMLElement>(null);
  const isOpener = (el: HTMLElement | null) => {
    if (el) opener.current = el;
  };
  const naming = useNewListName(opener, () => setError(null));
  // "New list…" opens a form: arrowing past it on the way to another list must not.
  const listSelect = useDeliberateSelect(
    (value) => (value === NEW_LIST ? naming.start() : setTarget(value)),
    (value) => value === NEW_LIST,
  );
  const listName = (id: string) => lists.find((l) => l.id === id)?.name ?? 'Deleted list';
  const run = async (action: () => Promise<unknown>) => {
    try {
      setError(null);
      setSaid('');
      await action();
      await onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const create = () =>
    run(async () => {
      const list = await send('lists/create', { name: naming.name });
      focusStatus.current = (await send('entries/save', { paperId: paper.id, listId: list.id })).id;
      setSaid(`Saved to the new list ${list.name}`);
      naming.done();
      // The paper is in the new list now, which leaves the picker: it falls back to a free list.
      setTarget('');
    });
  const unsavedLists = lists.filter((l) => !entries.some((e) => e.listId === l.id));
  const choices = entries.length ? unsavedLists : lists;
  // A picked list that is no longer offered (saved there since, or deleted) is not the target.
  const chosen = choices.some((l) => l.id === target) ? target : choices[0]?.id;
  const save = () =>
    run(async () => {
      const entry = await send('entries/save', { paperId: paper.id, listId: chosen });
      focusStatus.current = entry.id;
      setSaid(`Saved to ${lists.find((l) => l.id === entry.listId)?.name ?? 'Reading list'}`);
    });
  return (
    <section class="pl-save" aria-label="Reading lists">
      <SavedEntries paperId={paper.id} entries={entries} listName={listName} run={run} focusStatus={focusStatus} />
      {naming.open ? (
        <ListNameForm
          id={`new-list-${paper.id}`}
          label="New list name"
          placeholder="New list name"
          value={naming.name}
          onInput={naming.input}
          onCancel={naming.cancel}
          submit="Create and save"
          onSubmit={() => void create()}
        />
      ) : entries.length > 0 && unsavedLists.length === 0 ? (
        // In every list already: the only way on is a new list.
        <button type="button" class="pl-link-button" ref={isOpener} onClick={naming.start}>
          Add to a new list…
        </button>
      ) : (
        (entries.length === 0 || unsavedLists.length > 0) && (
          <div class="pl-row">
            <button type="button" class="pl-button pl-primary" onClick={save}>
              {entries.length === 0 ? 'Save' : 'Save to list'}
            </button>
            <label class="pl-visually-hidden" for={`list-${paper.id}`}>
              List to save to
            </label>
            <select id={`list-${paper.id}`} ref={isOpener} class="pl-select" value={chosen ?? ''} {...listSelect}>
              {lists.length === 0 && <option value="">Reading list</option>}
              {choices.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
              <option value={NEW_LIST}>New list…</option>
            </select>
          </div>
        )
      )}
      {error && (
        <p class="pl-error" role="alert">
          {error}
        </p>
      )}
      <p class="pl-visually-hidden" role="status">
        {said}
      </p>
    </section>
  );
}
