import { useEffect, useRef, useState } from 'preact/hooks';
import type { ListEntry, ReadingList, ReadingStatus } from '../../lib/db/types';
import { send } from '../../lib/messages/client';
import type { ListsOverview } from '../../lib/messages/contract';
import { EntryList } from './EntryList';
import { ExportPanel } from './ExportPanel';
import { describeEntry, entriesOf, statusCounts } from './entryInfo';
import { HiddenSites } from './HiddenSites';
import { ListHeader } from './ListHeader';
import { ListPicker } from './ListPicker';
import { focusAfterLeaving, focusChip, focusRow } from './listFocus';
import { draftKey, pruneDrafts } from './noteDrafts';
import { UndoNotice } from './UndoNotice';
import { attempt, type CatalogData } from './usePopupData';

interface Props {
  catalog: CatalogData | null;
  overview: ListsOverview | null;
  selected: string | null;
  onSelect(listId: string | null): void;
  onOpen(paperId: string): void;
  onChanged(): Promise<void>;
}

const EMPTY = 'Your reading list is empty: hover a paper title on any page and press Save.';
// Save on a page goes to the first list (so its empty state says Save fills it, whatever the
// other lists hold); another list is filled from the popover's list picker or by moving papers here.
// Nothing saved in any list yet, the one list named: "Your reading list" read as if all was gone
// when the list shown was another one (a Firefox trial).
const firstEmpty = (name: string) => `“${name}” is empty: hover a paper title on any page and press Save.`;
const emptyListHint = (name: string) =>
  `To add papers to “${name}”, pick it next to Save in a paper's popover, or use “Move to…” on a paper in another list.`;

/** The last thing that left the lists (a paper moved or removed, a list deleted): what to say,
 * how to bring it back, and where focus goes once it is back. */
interface Left {
  key: string;
  /** The list chosen when it happened (`selected`): the notice is about it, and goes with it. */
  shownIn: string | null;
  text: string;
  undo(): Promise<unknown>;
  focusBack(): void;
  /** Undo takes the focus as the notice comes (nothing else took the place of what had it). */
  takesFocus: boolean;
  /** Is it back in these lists already (an import, another popup's Undo)? */
  isBack(lists: ListsOverview): boolean;
}

export function ListsView({ catalog, overview, selected, onSelect, onOpen, onChanged }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [left, setLeft] = useState<Left | null>(null);
  // The notice is about the list it was given in, until the next thing done there: shown again
  // on coming back, its Undo would take the focus from the chip that was pressed.
  useEffect(() => {
    if (left && left.shownIn !== selected) setLeft(null);
  }, [left, selected]);
  // Brought back elsewhere (an import that had the deleted list, another popup), it has nothing
  // left to undo: the notice goes, once the lists have shown it gone (they may still hold it,
  // read before it left, when the notice comes).
  const goneSeen = useRef<Left | null>(null);
  useEffect(() => {
    if (!left || !overview) return;
    if (!left.isBack(overview)) goneSeen.current = left;
    else if (goneSeen.current === left) setLeft(null);
  }, [left, overview]);
  // Ctrl+Z (⌘Z) undoes what the notice offers, wherever the focus is but in a text field, which
  // has an undo of its own.
  const undoLeft = useRef<(done: Left) => void>(() => {});
  useEffect(() => {
    if (!left || left.shownIn !== selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'z' || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return;
      if ((e.target as Element | null)?.closest?.('input, textarea, [contenteditable]')) return;
      e.preventDefault();
      undoLeft.current(left);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [left, selected]);
  // Unsaved notes of entries that are gone would wait for ever: they go once the lists are read.
  useEffect(() => {
    if (overview) pruneDrafts(new Set(overview.entries.map(draftKey)));
  }, [overview]);
  if (!overview || !catalog) return <p class="pp-muted pp-pad">Loading your lists…</p>;
  const { lists, entries } = overview;
  const list = lists.find((l) => l.id === selected) ?? lists[0];
  const shown = list ? entriesOf(entries, list.id) : [];
  // An action ends the last notice (its Undo is for what was before it), unless it takes nothing
  // away (`keepsNotice`: moving lists).
  const run = (action: () => Promise<unknown>, keepsNotice = false) =>
    attempt(async () => {
      setError(null);
      if (!keepsNotice) setLeft(null);
      await action();
      await onChanged();
    }, setError);
  const actions = {
    open: onOpen,
    update: (entry: ListEntry, changes: { status?: ReadingStatus; note?: string }) =>
      run(() => send('entries/update', { entryId: entry.id, ...changes })),
    move: (entry: ListEntry, toListId: string) => {
      // The row leaves this list: a notice says where it went, and that it joined the entry
      // already there when it did; its Undo puts both back as they were.
      const there = entries.find((e) => e.listId === toListId && e.paperId === entry.paperId);
      const bothNotes = !!there?.note.trim() && !!entry.note.trim() && there?.note.trim() !== entry.note.trim();
      const target = lists.find((l) => l.id === toListId)?.name ?? 'the other list';
      const focusNext = focusAfterLeaving(shown, entry.id);
      void run(async () => {
        await send('entries/move', { entryId: entry.id, toListId });
        const title = describeEntry(entry, catalog.papers).title;
        setLeft({
          key: `move ${entry.id}`,
          shownIn: selected,
          focusBack: () => focusRow(entry.id),
          takesFocus: !focusNext,
          text: there
            ? `Moved “${title}” to ${target}, where it was already: the two are one now${bothNotes ? ', with both notes' : ''}.`
            : `Moved “${title}” to ${target}.`,
          undo: () => send('entries/unmove', { entry, toListId, before: there ?? null }),
          isBack: (o) => o.entries.some((e) => e.id === entry.id),
        });
      }).then((done) => done && focusNext && requestAnimationFrame(focusNext));
    },
    remove: (entry: ListEntry) => {
      const focusNext = focusAfterLeaving(shown, entry.id);
      void run(async () => {
        await send('entries/remove', { entryId: entry.id });
        setLeft({
          key: `remove ${entry.id}`,
          shownIn: selected,
          focusBack: () => focusRow(entry.id),
          takesFocus: !focusNext,
          text: `Removed “${describeEntry(entry, catalog.papers).title}”.`,
          undo: () => send('entries/restore', { entry }),
          isBack: (o) => o.entries.some((e) => e.id === entry.id),
        });
      }).then((done) => done && focusNext && requestAnimationFrame(focusNext));
    },
  };
  // Focus goes to what came back (the Undo button that had it is gone).
  // Failed (its list was deleted meanwhile…), the notice stays with the error: it may work later.
  const undo = (done: Left) =>
    void run(done.undo).then((undone) => (undone ? requestAnimationFrame(done.focusBack) : setLeft(done)));
  undoLeft.current = undo;
  // A deleted list can come back too, papers, notes and all; its notice is shown in the list
  // shown after it.
  const deleted = (gone: ReadingList, itsEntries: ListEntry[]) => {
    onSelect(null);
    const n = itsEntries.length;
    setLeft({
      key: `delete ${gone.id}`,
      shownIn: null,
      text: `Deleted “${gone.name}”${n > 0 ? ` and its ${n} saved paper${n === 1 ? '' : 's'}` : ''}.`,
      takesFocus: true,
      undo: () => send('lists/restore', { list: gone, entries: itsEntries }),
      isBack: (o) => o.lists.some((l) => l.id === gone.id),
      focusBack: () => {
        onSelect(gone.id);
        requestAnimationFrame(focusChip);
      },
    });
  };
  return (
    <section class="pp-lists" aria-label="Reading lists">
      <ListPicker
        lists={lists}
        entries={entries}
        selected={list?.id ?? null}
        onSelect={onSelect}
        onChanged={onChanged}
        reorder={(listIds) => {
          // The list shown stays shown (with nothing chosen, it is the first, which a move changes),
          // and a notice's Undo stays, with it: moving lists takes nothing away.
          if (list && selected !== list.id) {
            setLeft((l) => (l && l.shownIn === selected ? { ...l, shownIn: list.id } : l));
            onSelect(list.id);
          }
          return run(() => send('lists/reorder', { listIds }), true);
        }}
      />
      {list && (
        <ListHeader
          key={list.id}
          list={list}
          counts={statusCounts(shown)}
          onChanged={onChanged}
          onDeleted={() => deleted(list, shown)}
        />
      )}
      {error && (
        <p class="pl-error" role="alert">
          {error}
        </p>
      )}
      {/* A status region that is always there, empty until a paper is moved or removed: a live
          region added with its text already in it is not announced by every screen reader. The
          notice is about the list it was given in. */}
      <div role="status" class="pp-pinned">
        {left && left.shownIn === selected && (
          <UndoNotice key={left.key} text={left.text} takeFocus={left.takesFocus} onUndo={() => undo(left)} />
        )}
      </div>
      {list && shown.length > 0 ? (
        <EntryList
          key={list.id}
          list={list}
          entries={shown}
          lists={lists}
          papers={catalog.papers}
          actions={actions}
          reorder={async (entryIds) => {
            await run(() => send('entries/reorder', { listId: list.id, entryIds }));
          }}
        />
      ) : (
        <div class="pp-empty">
          <p class="pp-empty-title">{list && entries.length > 0 ? 'This list is empty' : 'Nothing saved yet'}</p>
          <p>{!list ? EMPTY : list.id === lists[0]?.id ? firstEmpty(list.name) : emptyListHint(list.name)}</p>
        </div>
      )}
      <ExportPanel list={list ?? null} overview={overview} papers={catalog.papers} onImported={onChanged} />
      <HiddenSites catalog={catalog} overview={overview} onChanged={onChanged} />
    </section>
  );
}
