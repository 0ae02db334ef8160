// The Undo of what takes a paper or a list away: a remove, a move, a list's delete. Each puts back
// what the action took, as it was, and loses nothing that happened meanwhile.
import type { PaperLensDB } from './database';
import { combineEntries } from './merge-entries';
import { entryId, type ListEntry, listNameKey, MAX_LIST_NAME, MAX_NOTE, type ReadingList } from './types';

/** Undo of removeEntry: the entry comes back with its status, note, date and place. If the paper was
 * saved to that list again meanwhile (Save in the popover, the context menu), that entry keeps its
 * place and takes in the removed one (combineEntries): a new, empty entry would otherwise swallow
 * the note that Undo promised to bring back. */
export async function restoreEntry(db: PaperLensDB, entry: ListEntry): Promise<ListEntry> {
  return db.transaction('rw', db.lists, db.entries, async () => {
    if (!(await db.lists.get(entry.listId)))
      throw new Error('lists: the list it came from no longer exists, so it cannot go back');
    if (entry.id !== entryId(entry.listId, entry.paperId)) throw new Error(`lists: bad entry id ${entry.id}`);
    const existing = await db.entries.get(entry.id);
    const restored = existing ? combineEntries(existing, entry) : entry;
    if (!restored) {
      throw new Error(
        `lists: the paper was saved there again, and its note with the removed one would be over ${MAX_NOTE} characters; nothing was changed`,
      );
    }
    await db.entries.put(restored);
    return restored;
  });
}

/** Undo of moveEntry: `original` (the entry as it was before the move) goes back to its list and
 * place, and the list it went to holds again what it held: nothing of the paper, or `before`, the
 * entry the move merged it into. A status or note changed since the move goes back with it, unless
 * the move was a merge (which cannot be taken apart but by putting both entries back as they were). */
export async function undoMove(
  db: PaperLensDB,
  original: ListEntry,
  toListId: string,
  before: ListEntry | null,
): Promise<ListEntry> {
  return db.transaction('rw', db.lists, db.entries, async () => {
    const movedId = entryId(toListId, original.paperId);
    if (before && before.id !== movedId) throw new Error(`lists: bad entry id ${before.id}`);
    if (movedId === original.id) throw new Error('lists: the entry did not move, so there is nothing to undo');
    const current = await db.entries.get(movedId);
    const back =
      before || !current ? original : { ...current, id: original.id, listId: original.listId, order: original.order };
    const restored = await restoreEntry(db, back);
    if (before && (await db.lists.get(toListId))) await db.entries.put(before);
    else if (!before) await db.entries.delete(movedId);
    return restored;
  });
}

/** Undo of deleteList: the list comes back with its entries, as they were; under "… (restored)"
 * when a list of its name was made meanwhile (refusing would lose its papers for good). Refused,
 * changing nothing, when an entry is not the list's. */
export async function restoreList(db: PaperLensDB, list: ReadingList, entries: ListEntry[]): Promise<ReadingList> {
  return db.transaction('rw', db.lists, db.entries, async () => {
    if (await db.lists.get(list.id)) throw new Error('lists: that list is there already');
    const stray = entries.find((e) => e.listId !== list.id || e.id !== entryId(list.id, e.paperId));
    if (stray) throw new Error(`lists: entry ${stray.id} is not one of the list's`);
    const all = await db.lists.toArray();
    const taken = new Set(all.map((l) => listNameKey(l.name)));
    // Its place was taken (the lists were put in order since, and numbered again): it goes back
    // before the list that holds its number, where it stood.
    const order = all.some((l) => l.order === list.order) ? list.order - 0.5 : list.order;
    const restored = { ...list, name: freeName(list.name, taken), order };
    await db.lists.put(restored);
    await db.entries.bulkPut(entries);
    return restored;
  });
}

/** `name`, or "name (restored)", "name (restored 2)"… when taken, within MAX_LIST_NAME. */
function freeName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : n === 2 ? ' (restored)' : ` (restored ${n - 1})`;
    const candidate = `${name.slice(0, MAX_LIST_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(listNameKey(candidate))) return candidate;
  }
}
