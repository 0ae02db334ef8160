import { useRef, useState } from 'preact/hooks';
import type { ListEntry, ReadingList } from '../../lib/db/types';
import { send } from '../../lib/messages/client';
import { focusAfterRender } from '../focus';
import { ListNameForm } from '../ListNameInput';
import { useOverflow } from './overflow';
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
  const chips = useRef<HTMLDivElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.listId, (counts.get(e.listId) ?? 0) + 1);
  const { edges, cut } = useOverflow(
    chips,
    '.pp-chip-name',
    // The selected chip's name is bolder, and may no longer fit: it is part of what is shown.
    `${selected}\n${lists.map((l) => `${l.id}\t${l.name}\t${counts.get(l.id) ?? 0}`).join('\n')}`,
  );
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
      // The form that had focus is gone: focus the new list's chip, selected now.
      requestAnimationFrame(() => chips.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus());
    }, setError);
  // Cancelling drops what was typed and any error about it ("a list named … already exists"),
  // and gives focus back to "New list".
  const cancel = () => {
    setCreating(false);
    setName('');
    setError(null);
    focusAfterRender(newButton);
  };
  return (
    <div class="pp-picker">
      {/* "New list" stays outside the scrolling chips, so many or long-named lists never hide it. */}
      <div class="pp-chip-bar">
        <div
          class="pp-chips-frame"
          data-more-above={edges.above ? '' : undefined}
          data-more-below={edges.below ? '' : undefined}
        >
          <div class="pp-chips" ref={chips}>
            {lists.map((list) => {
              const count = counts.get(list.id) ?? 0;
              return (
                <button
                  key={list.id}
                  type="button"
                  class="pp-chip"
                  aria-pressed={list.id === selected}
                  // The whole name on hover when the chip cuts it short (screen readers read it whole anyway).
                  title={cut.has(list.id) ? list.name : undefined}
                  onClick={() => onSelect(list.id)}
                >
                  <span class="pp-chip-name" data-key={list.id} dir="auto">
                    {list.name}
                  </span>
                  <span class="pp-chip-count">
                    {count}
                    <span class="pl-visually-hidden"> paper{count === 1 ? '' : 's'}</span>
                  </span>
                </button>
              );
            })}
          </div>
        </div>
        {!creating && (
          <button type="button" class="pp-chip pp-chip-new" ref={newButton} onClick={() => setCreating(true)}>
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
          onInput={(value) => {
            setName(value);
            setError(null);
          }}
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
