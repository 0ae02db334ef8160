import { useState } from 'preact/hooks';
import type { ListEntry, ReadingList } from '../../lib/db/types';
import { send } from '../../lib/messages/client';
import { ListNameForm } from '../ListNameInput';
import { attempt } from './usePopupData';

interface Props {
  lists: ReadingList[];
  entries: ListEntry[];
  selected: string | null;
  onSelect(listId: string): void;
  onChanged(): Promise<void>;
}

/** The lists as chips with their counts, and "New list". */
export function ListPicker({ lists, entries, selected, onSelect, onChanged }: Props) {
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const create = () =>
    attempt(async () => {
      const list = await send('lists/create', { name });
      setCreating(false);
      setName('');
      setError(null);
      await onChanged();
      onSelect(list.id);
    }, setError);
  // Cancelling drops what was typed and any error about it ("a list named … already exists").
  const cancel = () => {
    setCreating(false);
    setName('');
    setError(null);
  };
  return (
    <div class="pp-picker">
      <div class="pp-chips">
        {lists.map((list) => {
          const count = entries.filter((e) => e.listId === list.id).length;
          return (
            <button
              key={list.id}
              type="button"
              class="pp-chip"
              aria-pressed={list.id === selected}
              onClick={() => onSelect(list.id)}
            >
              <span class="pp-chip-name">{list.name}</span>
              <span class="pp-chip-count">
                {count}
                <span class="pl-visually-hidden"> paper{count === 1 ? '' : 's'}</span>
              </span>
            </button>
          );
        })}
        {!creating && (
          <button type="button" class="pp-chip pp-chip-new" onClick={() => setCreating(true)}>
            <span aria-hidden="true">+</span> New list
          </button>
        )}
      </div>
      {creating && (
        <ListNameForm
          class="pl-row pp-inline-form"
          id="pp-new-list"
          label="New list name"
          placeholder="New list name"
          value={name}
          onInput={setName}
          onCancel={cancel}
          submit="Create"
          onSubmit={() => void create()}
        />
      )}
      {error && (
        <p class="pl-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
