import { useState } from 'preact/hooks';
import type { Paper } from '../../lib/catalog/types';
import type { ListEntry, ReadingList } from '../../lib/db/types';
import { type EntryActions, EntryRow } from './EntryRow';
import { describeEntry } from './entryInfo';
import { dropOn, moveBy, sameOrder } from './order';

interface Props {
  list: ReadingList;
  entries: ListEntry[];
  lists: ReadingList[];
  papers: Map<string, Paper>;
  actions: Omit<EntryActions, 'step'>;
  reorder(entryIds: string[]): Promise<void>;
}

/** Rows rendered at first and per "Show more": a row holds a list picker with every other list, so a
 * list of thousands rendered whole took seconds to open. */
export const ROWS_PER_PAGE = 100;

/** Lists longer than this offer to skip past their rows from the keyboard. */
const SKIP_FROM = 5;

/** Focus back on `el` after its row moved (moving a row's node blurs what it holds), or on its
 * row's other arrow when `el` is an arrow now disabled (the row is at that end of the list). */
function keepFocus(el: HTMLElement | null): void {
  if (!el?.isConnected || document.activeElement === el) return;
  const target = el.matches(':disabled')
    ? el.closest('.pp-entry-controls')?.querySelector<HTMLElement>('.pp-icon-button:not(:disabled)')
    : el;
  target?.focus();
}

/** A list's entries, reordered by dragging the handle, the ↑/↓ buttons, or Alt+↑/↓ anywhere in an entry. */
export function EntryList({ list, entries, lists, papers, actions, reorder }: Props) {
  const [rows, setRows] = useState(ROWS_PER_PAGE);
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<{ id: string; after: boolean } | null>(null);
  const [announce, setAnnounce] = useState('');
  const ids = entries.map((e) => e.id);
  const others = lists.filter((l) => l.id !== list.id);
  const titleOf = (id: string) => {
    const entry = entries.find((e) => e.id === id);
    return entry ? describeEntry(entry, papers).title : '';
  };
  const apply = async (next: string[], movedId: string) => {
    if (sameOrder(next, ids)) return;
    const focused = document.activeElement as HTMLElement | null;
    await reorder(next);
    keepFocus(focused);
    // Once more after the re-render: the row moved to the top or the bottom has its ↑ or ↓
    // disabled by then, and a disabled button drops the focus.
    requestAnimationFrame(() => keepFocus(focused));
    setAnnounce(`Moved “${titleOf(movedId)}” to position ${next.indexOf(movedId) + 1} of ${next.length}`);
  };
  const step = (entry: ListEntry, delta: number) => {
    const next = moveBy(ids, entry.id, delta);
    // Moving the last row shown down keeps it in view.
    setRows((n) => Math.max(n, next.indexOf(entry.id) + 1));
    void apply(next, entry.id);
  };
  const hidden = entries.length - rows;
  // The button goes (or moves down) as the rows come: focus goes to the first new row's first
  // control, where the reader's Tab was about to go, not to the page.
  const showMore = (shown: number) => {
    setRows(shown + ROWS_PER_PAGE);
    requestAnimationFrame(() => {
      const first = entries[shown];
      const row = first && document.querySelector(`[data-entry-id="${CSS.escape(first.id)}"]`);
      row?.querySelector<HTMLElement>('button, select')?.focus();
    });
  };
  const rowActions: EntryActions = { ...actions, step };
  const endDrag = () => {
    setDragged(null);
    setDropAt(null);
  };
  return (
    <>
      {/* Each row has six or seven controls: a long list is hundreds of Tab presses to cross. A
          skip button, shown when it has the focus, goes past it. */}
      {entries.length > SKIP_FROM && (
        <button
          type="button"
          class="pl-button pp-skip"
          onClick={() => document.getElementById('pp-export-heading')?.focus()}
        >
          Skip the {entries.length} papers, to Export
        </button>
      )}
      <ol class="pp-entries" aria-label={`Papers in ${list.name}`}>
        {entries.slice(0, rows).map((entry, index) => (
          <li
            key={entry.id}
            class={`pp-entry${dropAt?.id === entry.id ? (dropAt.after ? ' pp-drop-after' : ' pp-drop-before') : ''}`}
            data-entry-id={entry.id}
            onDragEnd={endDrag}
            onKeyDown={(e) => {
              if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                e.preventDefault();
                step(entry, e.key === 'ArrowUp' ? -1 : 1);
              }
            }}
            onDragOver={(e) => {
              if (!dragged) return;
              e.preventDefault();
              const rect = e.currentTarget.getBoundingClientRect();
              const after = e.clientY > rect.top + rect.height / 2;
              if (dropAt?.id !== entry.id || dropAt.after !== after) setDropAt({ id: entry.id, after });
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (dragged && dropAt) void apply(dropOn(ids, dragged, dropAt.id, dropAt.after), dragged);
              endDrag();
            }}
          >
            <EntryRow
              entry={entry}
              info={describeEntry(entry, papers)}
              index={index}
              count={entries.length}
              otherLists={others}
              actions={rowActions}
              dragging={dragged === entry.id}
              onDragStart={(e) => {
                setDragged(entry.id);
                const row = (e.currentTarget as HTMLElement).closest('li');
                if (e.dataTransfer) {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', entry.id);
                  if (row) e.dataTransfer.setDragImage(row, 16, 16);
                }
              }}
            />
          </li>
        ))}
      </ol>
      {hidden > 0 && (
        <button type="button" class="pl-button pp-more" onClick={() => showMore(rows)}>
          {hidden <= ROWS_PER_PAGE ? `Show ${hidden} more` : `Show ${ROWS_PER_PAGE} more (${hidden} not shown)`}
        </button>
      )}
      <p class="pl-visually-hidden" aria-live="polite">
        {announce}
      </p>
    </>
  );
}
