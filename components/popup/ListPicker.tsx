import { useEffect, useRef, useState } from 'preact/hooks';
import type { ListEntry, ReadingList } from '../../lib/db/types';
import { send } from '../../lib/messages/client';
import { ListNameForm } from '../ListNameInput';
import { useNewListName } from '../useNewListName';
import { useOverflow } from './overflow';
import { useChipOrder } from './useChipOrder';
import { attempt } from './usePopupData';

interface Props {
  lists: ReadingList[];
  entries: ListEntry[];
  selected: string | null;
  onSelect(listId: string): void;
  onChanged(): Promise<void>;
  /** Put the lists in this order; answers whether that worked. */
  reorder(listIds: string[]): Promise<boolean>;
}

const REORDER_HINT = 'Drag, or Alt+arrow keys (Alt+Home, Alt+End), to reorder';

/** The lists as chips with their counts (a toolbar: arrow keys between them, Alt+arrows or
 * dragging to reorder), and "New list". */
export function ListPicker({ lists, entries, selected, onSelect, onChanged, reorder }: Props) {
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
  const order = useChipOrder(chips, lists, reorder);
  // The list shown changed (chosen, or the next one after a delete): its chip in view.
  useEffect(() => {
    chips.current?.querySelector('[aria-pressed="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  // The one Tab stop of the chips: the chosen list's, or the first.
  const tabStop = lists.some((l) => l.id === selected) ? selected : lists[0]?.id;
  const [error, setError] = useState<string | null>(null);
  // Cancelling drops what was typed and any error about it ("a list named … already exists"),
  // and gives focus back to "New list".
  const naming = useNewListName(newButton, () => setError(null));
  const create = () =>
    attempt(async () => {
      const list = await send('lists/create', { name: naming.name });
      naming.done();
      await onChanged();
      onSelect(list.id);
      // The form that had focus is gone: focus the new list's chip, selected now.
      requestAnimationFrame(() => chips.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus());
    }, setError);
  return (
    <div class="pp-picker">
      {/* "New list" stays outside the scrolling chips, so many or long-named lists never hide it. */}
      <div class="pp-chip-bar">
        <div
          class="pp-chips-frame"
          data-more-above={edges.above ? '' : undefined}
          data-more-below={edges.below ? '' : undefined}
        >
          <div
            class="pp-chips"
            ref={chips}
            // No lists, no toolbar (an empty one was in the accessibility tree).
            {...(lists.length > 0 && { role: 'toolbar', 'aria-label': 'Reading lists' })}
            aria-describedby={lists.length > 1 ? 'pp-chips-help' : undefined}
          >
            {lists.map((list) => {
              const count = counts.get(list.id) ?? 0;
              return (
                <button
                  key={list.id}
                  type="button"
                  class={`pp-chip${order.dragClass(list.id)}`}
                  data-list-id={list.id}
                  aria-pressed={list.id === selected}
                  tabIndex={list.id === tabStop ? 0 : -1}
                  // The whole name on hover when the chip cuts it short (screen readers read it whole anyway).
                  title={
                    [cut.has(list.id) && list.name, lists.length > 1 && REORDER_HINT].filter(Boolean).join('\n') ||
                    undefined
                  }
                  onClick={() => onSelect(list.id)}
                  onKeyDown={(e) => order.onKeyDown(e, list.id)}
                  {...order.dragProps(list.id)}
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
        {!naming.open && (
          <button type="button" class="pp-chip pp-chip-new" ref={newButton} onClick={naming.start}>
            <span aria-hidden="true">+</span> New list
          </button>
        )}
      </div>
      {naming.open && (
        <ListNameForm
          class="pl-row pp-inline-form"
          id="pp-new-list"
          label="New list name"
          placeholder="New list name"
          value={naming.name}
          onInput={naming.input}
          onCancel={naming.cancel}
          submit="Create"
          onSubmit={() => void create()}
        />
      )}
      {error && (
        <p class="pl-error" role="alert">
          {error}
        </p>
      )}
      <p id="pp-chips-help" class="pl-visually-hidden">
        {REORDER_HINT}. Save on a page adds papers to the first list.
      </p>
      <p class="pl-visually-hidden" aria-live="polite">
        {order.announce}
      </p>
    </div>
  );
}
