import type { PaperLensDB } from './database';
import { combineEntries } from './merge-entries';
import {
  entryId,
  hasVisibleName,
  type ListEntry,
  listNameKey,
  MAX_LIST_NAME,
  MAX_NOTE,
  READING_STATUSES,
  type ReadingList,
  type ReadingStatus,
  tidyListName,
} from './types';

export const DEFAULT_LIST_NAME = 'Reading list';

function cleanName(name: string): string {
  const trimmed = tidyListName(name);
  if (!hasVisibleName(trimmed)) throw new Error('lists: a list needs a name');
  if (trimmed.length > MAX_LIST_NAME) {
    throw new Error(`lists: a list name can have at most ${MAX_LIST_NAME} characters`);
  }
  return trimmed;
}

async function assertUniqueName(db: PaperLensDB, name: string, exceptId?: string): Promise<void> {
  const clash = (await db.lists.toArray()).find((l) => l.id !== exceptId && listNameKey(l.name) === listNameKey(name));
  if (clash) throw new Error(`lists: a list named “${clash.name}” already exists`);
}

export async function sortedLists(db: PaperLensDB): Promise<ReadingList[]> {
  return (await db.lists.toArray()).sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
}

export async function createList(db: PaperLensDB, rawName: string, now = Date.now()): Promise<ReadingList> {
  const name = cleanName(rawName);
  return db.transaction('rw', db.lists, async () => {
    await assertUniqueName(db, name);
    const lists = await db.lists.toArray();
    const list: ReadingList = {
      id: crypto.randomUUID(),
      name,
      createdAt: now,
      order: lists.reduce((max, l) => Math.max(max, l.order + 1), 0),
    };
    await db.lists.add(list);
    return list;
  });
}

/** The first list, created on first use so "Save" always has somewhere to go. */
export async function defaultList(db: PaperLensDB): Promise<ReadingList> {
  const [first] = await sortedLists(db);
  return first ?? createList(db, DEFAULT_LIST_NAME);
}

export async function renameList(db: PaperLensDB, listId: string, rawName: string): Promise<ReadingList> {
  const name = cleanName(rawName);
  return db.transaction('rw', db.lists, async () => {
    const list = await db.lists.get(listId);
    if (!list) throw new Error('lists: that list was deleted (perhaps in another window), so nothing was changed');
    await assertUniqueName(db, name, listId);
    await db.lists.update(listId, { name });
    return { ...list, name };
  });
}

/** Deletes the list and its own entries; entries of the same papers in other lists stay. */
export async function deleteList(db: PaperLensDB, listId: string): Promise<void> {
  await db.transaction('rw', db.lists, db.entries, async () => {
    await db.entries.where('listId').equals(listId).delete();
    await db.lists.delete(listId);
  });
}

export async function saveEntry(
  db: PaperLensDB,
  paperId: string,
  listId?: string,
  now = Date.now(),
): Promise<ListEntry> {
  return db.transaction('rw', db.lists, db.entries, db.papers, async () => {
    const list = listId ? await db.lists.get(listId) : await defaultList(db);
    if (!list) throw new Error('lists: that list was deleted (perhaps in another window), so nothing was changed');
    if (!(await db.papers.get(paperId))) throw new Error(`lists: no paper with id ${paperId} in the catalog`);
    const id = entryId(list.id, paperId);
    const existing = await db.entries.get(id);
    if (existing) return existing;
    const last = await db.entries.where('[listId+order]').between([list.id, -Infinity], [list.id, Infinity]).last();
    const entry: ListEntry = {
      id,
      listId: list.id,
      paperId,
      status: 'to-read',
      note: '',
      addedAt: now,
      order: (last?.order ?? -1) + 1,
    };
    await db.entries.add(entry);
    return entry;
  });
}

export async function updateEntry(
  db: PaperLensDB,
  id: string,
  changes: { status?: ReadingStatus; note?: string },
): Promise<ListEntry> {
  const checked = checkEntryChanges(changes);
  return db.transaction('rw', db.entries, async () => {
    const entry = await db.entries.get(id);
    if (!entry) throw new Error(`lists: no entry with id ${id}`);
    const next = { ...entry, ...checked };
    await db.entries.put(next);
    return next;
  });
}

/**
 * The changes as they arrive in a message (a content script may send them): only a known status
 * and a note of text within the limit. Anything else spread over the stored entry would change
 * its id or list, or bring in a snapshot link the popup shows, which a backup import refuses:
 * the user's own export could then not be imported again.
 */
function checkEntryChanges(changes: unknown): { status?: ReadingStatus; note?: string } {
  const given = (typeof changes === 'object' && changes !== null ? changes : {}) as Record<string, unknown>;
  const other = Object.keys(given).find((key) => key !== 'status' && key !== 'note');
  if (other !== undefined)
    throw new Error(`lists: an entry update can change its status and note only, got "${other}"`);
  const { status, note } = given;
  const checked: { status?: ReadingStatus; note?: string } = {};
  if (status !== undefined) {
    if (!READING_STATUSES.includes(status as ReadingStatus))
      throw new Error(
        `lists: an entry's status must be one of ${READING_STATUSES.join(', ')}, got ${JSON.stringify(status)}`,
      );
    checked.status = status as ReadingStatus;
  }
  if (note !== undefined) {
    if (typeof note !== 'string') throw new Error(`lists: a note must be text, got ${typeof note}`);
    if (note.length > MAX_NOTE) throw new Error(`lists: a note can have at most ${MAX_NOTE} characters`);
    checked.note = note;
  }
  return checked;
}

// The Undo of removes, moves and deletes: lib/db/list-undo.ts.
export { restoreEntry, restoreList, undoMove } from './list-undo';

export async function removeEntry(db: PaperLensDB, id: string): Promise<void> {
  await db.entries.delete(id);
}

/** Move an entry to another list, keeping its status, note and date. Merges into an existing entry
 * there (combineEntries: nothing of either is lost). */
export async function moveEntry(db: PaperLensDB, id: string, toListId: string): Promise<ListEntry> {
  return db.transaction('rw', db.lists, db.entries, async () => {
    const entry = await db.entries.get(id);
    if (!entry) throw new Error(`lists: no entry with id ${id}`);
    if (!(await db.lists.get(toListId)))
      throw new Error('lists: that list was deleted (perhaps in another window), so nothing was moved');
    const target = entryId(toListId, entry.paperId);
    if (target === id) return entry;
    const already = await db.entries.get(target);
    const last = await db.entries.where('[listId+order]').between([toListId, -Infinity], [toListId, Infinity]).last();
    const moved = already
      ? combineEntries(already, entry)
      : { ...entry, id: target, listId: toListId, order: (last?.order ?? -1) + 1 };
    if (!moved) {
      throw new Error(
        `lists: the paper's notes in both lists together are over ${MAX_NOTE} characters; shorten one before moving`,
      );
    }
    await db.entries.delete(id);
    await db.entries.put(moved);
    return moved;
  });
}

/** Set the order of the lists (the first is where a page's Save goes); unknown ids are an error,
 * lists not named keep their order, after. */
export async function reorderLists(db: PaperLensDB, listIds: string[]): Promise<void> {
  await db.transaction('rw', db.lists, async () => {
    const known = (await sortedLists(db)).map((l) => l.id);
    const unknown = listIds.find((id) => !known.includes(id));
    if (unknown) throw new Error(`lists: no list with id ${unknown}`);
    const rest = known.filter((id) => !listIds.includes(id));
    await Promise.all([...new Set(listIds), ...rest].map((id, order) => db.lists.update(id, { order })));
  });
}

/** Set the order of a list's entries; ids not in the list are an error, missing ones keep their place after. */
export async function reorderEntries(db: PaperLensDB, listId: string, entryIds: string[]): Promise<void> {
  await db.transaction('rw', db.entries, async () => {
    const entries = await db.entries.where('listId').equals(listId).sortBy('order');
    const known = new Set(entries.map((e) => e.id));
    const unknown = entryIds.find((id) => !known.has(id));
    if (unknown) throw new Error(`lists: entry ${unknown} is not in list ${listId}`);
    const rest = entries.filter((e) => !entryIds.includes(e.id)).map((e) => e.id);
    await Promise.all([...entryIds, ...rest].map((id, order) => db.entries.update(id, { order })));
  });
}
