import { useRef, useState } from 'preact/hooks';
import type { ListEntry, ReadingList } from '../../lib/db/types';
import { send } from '../../lib/messages/client';
import { focusAfterRender } from '../focus';
import { ListNameForm } from '../ListNameInput';
import { useDeliberateSelect } from '../useDeliberateSelect';
import { useNewListName } from '../useNewListName';
import { attempt } from './usePopupData';

interface Props {
  paperIds: string[];
  lists: ReadingList[];
  /** Every list's entries, to tell which of the papers the chosen list holds already. */
  entries: ListEntry[];
  onSaved(): Promise<void>;
}

const DEFAULT_NAME = 'Reading list';
/** The menu's last option: name a new list here, as the popover's menu offers. */
const NEW_LIST = 'new';

const papers = (n: number) => `${n} paper${n === 1 ? '' : 's'}`;

/** What "Save all" did: pressing it twice must not claim to save the same papers again. */
export function savedText(added: number, total: number, name: string): string {
  // Quoted: a list's name may hold commas or end cut short ("Papers on retrieval, benchmarks").
  const list = `“${name}”`;
  if (added === 0)
    return total === 1 ? `This paper is already in ${list}` : `All ${total} papers are already in ${list}`;
  const already = total - added;
  return `Saved ${papers(added)} to ${list}${already > 0 ? ` (${already} already there)` : ''}`;
}

/** The button's words: how many papers a press would add to the chosen list, not how many the
 * page has ("Save all (12)" for a page whose 12 papers are all in the list already promised 12). */
export function saveLabel(total: number, toAdd: number): string {
  if (total === 1) return toAdd === 1 ? 'Save' : 'Saved';
  if (toAdd === 0) return 'All saved';
  return toAdd === total ? `Save all (${total})` : `Save ${toAdd} more`;
}

/** What Undo takes back: the entries the save added, and the list when the save made it. */
interface Saved {
  entryIds: string[];
  createdListId?: string;
}

/** "Save all" the page's papers to a chosen list (the first list, one named here with "New list…",
 * or a new "Reading list" when there is none), with an Undo. */
export function SaveAll({ paperIds, lists, entries, onSaved }: Props) {
  const [listId, setListId] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLSelectElement>(null);
  const naming = useNewListName(menu, () => setStatus(null));
  // What the last press did was about the list chosen then. "New list…" opens its form when
  // chosen, not as the keyboard passes it in the closed menu (as the popover's menu does).
  const listSelect = useDeliberateSelect(
    (value) => {
      setStatus(null);
      setSaved(null);
      if (value === NEW_LIST) naming.start();
      else setListId(value);
    },
    (value) => value === NEW_LIST,
  );
  const chosen = lists.find((l) => l.id === listId) ?? lists[0];
  const fail = (text: string) => setStatus({ text, error: true });
  const inChosen = new Set(entries.filter((e) => e.listId === chosen?.id).map((e) => e.paperId));
  const toAdd = paperIds.filter((id) => !inChosen.has(id)).length;
  const saveAll = () =>
    attempt(async () => {
      setSaved(null);
      const list = chosen ?? (await send('lists/create', { name: DEFAULT_NAME }));
      const added = await send('entries/save-many', { paperIds, listId: list.id });
      setStatus({ text: savedText(added.length, paperIds.length, list.name), error: false });
      // A page with a few wrong marks: saving all of them is one click, and so is taking it back.
      if (added.length > 0) setSaved({ entryIds: added, ...(chosen ? {} : { createdListId: list.id }) });
      await onSaved();
    }, fail);
  // The new list is made and chosen; the papers go in when Save is pressed, as with any list.
  const createList = () =>
    attempt(async () => {
      const list = await send('lists/create', { name: naming.name });
      await onSaved();
      setListId(list.id);
      naming.done();
      focusAfterRender(saveButton);
    }, fail);
  const undo = (done: Saved) =>
    attempt(async () => {
      await send('entries/remove-many', { entryIds: done.entryIds });
      // The list it made goes too, unless something else was saved to it meanwhile (in a popover).
      const made = done.createdListId;
      const { entries } = made ? await send('lists/overview', {}) : { entries: [] };
      if (made && !entries.some((e) => e.listId === made)) await send('lists/delete', { listId: made });
      setSaved(null);
      setStatus({ text: `Undone: ${papers(done.entryIds.length)} taken out again.`, error: false });
      await onSaved();
      // The Undo button is gone: focus goes back to the button the save came from.
      saveButton.current?.focus();
    }, fail);

  return (
    <div class="pp-saveall">
      <div class="pl-row">
        {/* Nothing to add: the button says so and stays where it is (a disabled button would drop
            the focus of whoever just pressed it); pressed, it says the papers are in the list. */}
        <button
          type="button"
          class="pl-button pl-primary"
          ref={saveButton}
          onClick={saveAll}
          aria-disabled={toAdd === 0 ? 'true' : undefined}
          // While a new list is being named the menu shows "New list…": a press would have saved
          // to the list chosen before (a trial). Focus is in the name's field then, not here.
          disabled={naming.open}
          title={toAdd < paperIds.length && chosen ? `${paperIds.length - toAdd} already in ${chosen.name}` : undefined}
        >
          {saveLabel(paperIds.length, toAdd)}
        </button>
        <label class="pp-small pp-muted" for="pp-saveall-list">
          to
        </label>
        <select
          id="pp-saveall-list"
          aria-label="Save all to list"
          class="pl-select pp-grow"
          ref={menu}
          value={naming.open ? NEW_LIST : (chosen?.id ?? '')}
          {...listSelect}
        >
          {lists.length === 0 && <option value="">{DEFAULT_NAME} (new)</option>}
          {lists.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
          {lists.length > 0 && <option value={NEW_LIST}>New list…</option>}
        </select>
      </div>
      {naming.open && (
        <ListNameForm
          class="pl-row pp-inline-form"
          id="pp-saveall-new-list"
          label="New list name"
          placeholder="New list name"
          value={naming.name}
          onInput={naming.input}
          onCancel={naming.cancel}
          submit="Create"
          onSubmit={() => void createList()}
        />
      )}
      <p class={status?.error ? 'pl-error' : 'pl-status-text'} role="status">
        {status?.text ?? ''}
        {saved && !status?.error && (
          <>
            {' '}
            <button type="button" class="pl-button pl-quiet pp-small-button" onClick={() => void undo(saved)}>
              Undo
            </button>
          </>
        )}
      </p>
    </div>
  );
}
