import catalog from 'virtual:paperlens-catalog';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncCatalog } from '../../../lib/db/catalog-sync';
import { openDatabase, type PaperLensDB } from '../../../lib/db/database';
import * as lists from '../../../lib/db/lists';
import { combineEntries } from '../../../lib/db/merge-entries';

let db: PaperLensDB;
const [p1, p2, p3] = catalog.papers.map((p) => p.id);
beforeEach(async () => {
  db = openDatabase(`lists-${crypto.randomUUID()}`);
  await syncCatalog(db, catalog);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('reading lists', () => {
  it('creates the default list on first save and appends entries in order', async () => {
    const a = await lists.saveEntry(db, p1 as string);
    const b = await lists.saveEntry(db, p2 as string);
    expect((await lists.sortedLists(db)).map((l) => l.name)).toEqual([lists.DEFAULT_LIST_NAME]);
    expect([a.order, b.order]).toEqual([0, 1]);
    expect(a).toMatchObject({ status: 'to-read', note: '' });
    expect(await lists.saveEntry(db, p1 as string)).toEqual(a); // saving twice keeps one entry
  });

  it('rejects empty, too long and duplicate names with a clear message', async () => {
    await lists.createList(db, 'Thesis');
    await expect(lists.createList(db, '   ')).rejects.toThrow('lists: a list needs a name');
    await expect(lists.createList(db, 'thesis')).rejects.toThrow('lists: a list named “Thesis” already exists');
    await expect(lists.createList(db, 'x'.repeat(81))).rejects.toThrow('at most 80 characters');
  });

  it.each([
    ['only zero-width spaces', '\u200b\u200b', 'lists: a list needs a name'],
    ['only a joiner and a soft hyphen', '\u200d\u00ad', 'lists: a list needs a name'],
    ['full-width letters', 'ＴＨＥＳＩＳ', 'lists: a list named “Thesis” already exists'],
    ['a ligature', 'ﬁles', 'lists: a list named “Files” already exists'],
    ['a zero-width space inside', 'The\u200bsis', 'lists: a list named “Thesis” already exists'],
    ['Hangul fillers', '\u3164\u115f', 'lists: a list needs a name'],
    ['a braille blank and an object replacement', '\u2800\ufffc', 'lists: a list needs a name'],
    ['a grapheme joiner', 'Thesis\u034f', 'lists: a list named “Thesis” already exists'],
    ['a variation selector', 'Thesis\ufe0e', 'lists: a list named “Thesis” already exists'],
    ['a tag space', 'Thesis\u{e0020}', 'lists: a list named “Thesis” already exists'],
    ['an Arabic letter mark', '\u061cThesis', 'lists: a list named “Thesis” already exists'],
  ])('refuses a name of %s', async (_label, name, message) => {
    await lists.createList(db, 'Thesis');
    await lists.createList(db, 'Files');
    await expect(lists.createList(db, name)).rejects.toThrow(message);
  });

  it('keeps what a name shows, and drops the controls that would make it show something else', async () => {
    expect((await lists.createList(db, '\u202eevil')).name).toBe('evil');
    expect((await lists.createList(db, 'Dev 👩\u200d💻')).name).toBe('Dev 👩\u200d💻');
    expect((await lists.createList(db, 'مقاله\u200cها')).name).toBe('مقاله\u200cها');
  });

  it('renames, moves, reorders and deletes without touching other lists', async () => {
    const thesis = await lists.createList(db, 'Thesis');
    const later = await lists.createList(db, 'Later');
    await lists.saveEntry(db, p1 as string, thesis.id);
    await lists.saveEntry(db, p1 as string, later.id);
    const e2 = await lists.saveEntry(db, p2 as string, thesis.id);
    const e3 = await lists.saveEntry(db, p3 as string, thesis.id);
    await lists.updateEntry(db, e2.id, { status: 'reading', note: 'section 3' });
    await lists.reorderEntries(db, thesis.id, [e3.id, e2.id]);
    const order = await db.entries.where('listId').equals(thesis.id).sortBy('order');
    expect(order.map((e) => e.paperId)).toEqual([p3, p2, p1]);
    const moved = await lists.moveEntry(db, e2.id, later.id);
    expect(moved).toMatchObject({ listId: later.id, status: 'reading', note: 'section 3' });
    expect(await db.entries.get(e2.id)).toBeUndefined();
    expect((await lists.renameList(db, thesis.id, 'PhD')).name).toBe('PhD');
    await lists.deleteList(db, thesis.id);
    expect((await db.entries.where('listId').equals(later.id).toArray()).map((e) => e.paperId).sort()).toEqual(
      [p1, p2].sort(),
    );
    expect(await db.lists.get(thesis.id)).toBeUndefined();
  });

  it('reorders lists: those named first, in that order, the rest after in theirs; the first is the default', async () => {
    const made: Array<{ id: string; name: string }> = [];
    for (const name of ['A', 'B', 'C', 'D']) made.push(await lists.createList(db, name));
    const id = (name: string) => made.find((l) => l.name === name)?.id as string;
    await lists.reorderLists(db, [id('C'), id('A')]);
    expect((await lists.sortedLists(db)).map((l) => l.name)).toEqual(['C', 'A', 'B', 'D']);
    expect((await lists.defaultList(db)).name).toBe('C');
    // An id twice counts once; an unknown id changes nothing and says which.
    await lists.reorderLists(db, [id('D'), id('D'), id('B')]);
    expect((await lists.sortedLists(db)).map((l) => l.name)).toEqual(['D', 'B', 'C', 'A']);
    await expect(lists.reorderLists(db, [id('A'), 'gone'])).rejects.toThrow('lists: no list with id gone');
    expect((await lists.sortedLists(db)).map((l) => l.name)).toEqual(['D', 'B', 'C', 'A']);
  });

  it('moving a paper into a list that has it already keeps both notes and the status further along', async () => {
    const reading = await lists.createList(db, 'Reading');
    const matching = await lists.createList(db, 'Matching');
    const kept = await lists.saveEntry(db, p1 as string, matching.id);
    await lists.updateEntry(db, kept.id, { note: 'compare with SuperGlue' });
    const from = await lists.saveEntry(db, p1 as string, reading.id);
    await lists.updateEntry(db, from.id, { status: 'reading', note: 'Key reference: check ablations' });
    const moved = await lists.moveEntry(db, from.id, matching.id);
    expect(moved).toMatchObject({
      id: kept.id,
      status: 'reading',
      note: 'compare with SuperGlue\n\nKey reference: check ablations',
      order: kept.order,
      addedAt: Math.min(kept.addedAt, from.addedAt),
    });
    expect(await db.entries.get(from.id)).toBeUndefined();
    expect(await db.entries.get(kept.id)).toEqual(moved);
  });

  it.each([
    ['the same note twice', { note: 'read §3' }, { note: 'read §3' }, { note: 'read §3', status: 'to-read' }],
    ['no note on either side', {}, { status: 'read' as const }, { note: '', status: 'read' }],
    [
      'a note on the moved entry only',
      { status: 'read' as const },
      { note: 'ablations' },
      { note: 'ablations', status: 'read' },
    ],
    [
      "a note that only contains the other's words",
      { note: 'Compare to LoFTR' },
      { note: 'LoFTR' },
      { note: 'Compare to LoFTR\n\nLoFTR', status: 'to-read' },
    ],
    [
      'a note that the other already holds',
      { note: 'read §3' },
      { note: 'read §3\n\nablations' },
      { note: 'read §3\n\nablations', status: 'to-read' },
    ],
    [
      'a note that already holds the other',
      { note: 'read §3\n\nablations' },
      { note: 'ablations' },
      { note: 'read §3\n\nablations', status: 'to-read' },
    ],
  ])('combineEntries: %s', (_label, target, moved, expected) => {
    const base = { id: 'x', listId: 'l', paperId: 'p', status: 'to-read' as const, note: '', addedAt: 5, order: 2 };
    expect(combineEntries({ ...base, ...target }, { ...base, ...moved, addedAt: 3 })).toEqual({
      ...base,
      ...expected,
      addedAt: 3,
    });
  });

  it('refuses a move whose notes together are too long, and changes nothing', async () => {
    const a = await lists.createList(db, 'A');
    const b = await lists.createList(db, 'B');
    const inB = await lists.saveEntry(db, p1 as string, b.id);
    await lists.updateEntry(db, inB.id, { note: 'x'.repeat(3000) });
    const inA = await lists.saveEntry(db, p1 as string, a.id);
    await lists.updateEntry(db, inA.id, { note: 'y'.repeat(3000) });
    const before = await db.entries.toArray();
    await expect(lists.moveEntry(db, inA.id, b.id)).rejects.toThrow(
      "lists: the paper's notes in both lists together are over 5000 characters; shorten one before moving",
    );
    expect(await db.entries.toArray()).toEqual(before);
  });

  it('Undo after the paper was saved there again keeps the removed note and status in the new entry', async () => {
    // Remove (with a note), then Save again from the popover or the context menu, then Undo: the
    // new, empty entry must not swallow what Undo promised to bring back.
    const list = await lists.createList(db, 'A', 1000);
    const saved = await lists.saveEntry(db, p1 as string, list.id, 2000);
    const noted = await lists.updateEntry(db, saved.id, { status: 'read', note: 'section 3 is the key' });
    await lists.removeEntry(db, saved.id);
    const again = await lists.saveEntry(db, p1 as string, list.id, 9000);
    const restored = await lists.restoreEntry(db, noted);
    expect(restored).toEqual({ ...again, status: 'read', note: 'section 3 is the key', addedAt: 2000 });
    expect(await db.entries.get(saved.id)).toEqual(restored);
    // Undo twice changes nothing more.
    expect(await lists.restoreEntry(db, noted)).toEqual(restored);
  });

  it('refuses to save a paper that is not in the catalog', async () => {
    await expect(lists.saveEntry(db, 'arxiv:0000.00000')).rejects.toThrow('lists: no paper with id arxiv:0000.00000');
  });
});

describe('undoMove', () => {
  it('puts a moved entry back in its place, with what was changed since, and takes it out of the other list', async () => {
    const a = await lists.createList(db, 'A');
    const b = await lists.createList(db, 'B');
    await lists.saveEntry(db, p1 as string, a.id);
    const original = await lists.updateEntry(db, (await lists.saveEntry(db, p2 as string, a.id)).id, { note: 'n' });
    await lists.saveEntry(db, p3 as string, a.id);
    const moved = await lists.moveEntry(db, original.id, b.id);
    await lists.updateEntry(db, moved.id, { status: 'read' });
    const back = await lists.undoMove(db, original, b.id, null);
    expect(back).toEqual({ ...original, status: 'read' });
    expect((await db.entries.where('listId').equals(a.id).sortBy('order')).map((e) => e.paperId)).toEqual([p1, p2, p3]);
    expect(await db.entries.where('listId').equals(b.id).count()).toBe(0);
  });

  it('takes a merge apart: both entries as they were before the move', async () => {
    const a = await lists.createList(db, 'A');
    const b = await lists.createList(db, 'B');
    const there = await lists.updateEntry(db, (await lists.saveEntry(db, p1 as string, b.id)).id, { note: 'kept' });
    const original = await lists.updateEntry(db, (await lists.saveEntry(db, p1 as string, a.id)).id, {
      status: 'reading',
      note: 'moved',
    });
    const before = await db.entries.toArray();
    await lists.moveEntry(db, original.id, b.id);
    expect(await db.entries.count()).toBe(1);
    await lists.undoMove(db, original, b.id, there);
    expect(await db.entries.toArray()).toEqual(before);
  });

  it('refuses when the list it came from is gone, and changes nothing', async () => {
    const a = await lists.createList(db, 'A');
    const b = await lists.createList(db, 'B');
    const original = await lists.saveEntry(db, p1 as string, a.id);
    await lists.moveEntry(db, original.id, b.id);
    await lists.deleteList(db, a.id);
    const before = await db.entries.toArray();
    await expect(lists.undoMove(db, original, b.id, null)).rejects.toThrow(
      'lists: the list it came from no longer exists, so it cannot go back',
    );
    expect(await db.entries.toArray()).toEqual(before);
  });
});

describe('restoreList', () => {
  it('brings a deleted list back with its entries as they were', async () => {
    const thesis = await lists.createList(db, 'Thesis');
    await lists.saveEntry(db, p1 as string, thesis.id);
    await lists.updateEntry(db, (await lists.saveEntry(db, p2 as string, thesis.id)).id, { note: 'n', status: 'read' });
    const entries = await db.entries.where('listId').equals(thesis.id).sortBy('order');
    await lists.deleteList(db, thesis.id);
    expect(await lists.restoreList(db, thesis, entries)).toEqual(thesis);
    expect(await db.lists.get(thesis.id)).toEqual(thesis);
    expect(await db.entries.where('listId').equals(thesis.id).sortBy('order')).toEqual(entries);
  });

  it('brings it back before the list that took its place when the lists were reordered since', async () => {
    const [a, b, c] = [
      await lists.createList(db, 'A'),
      await lists.createList(db, 'B'),
      await lists.createList(db, 'C'),
    ];
    await lists.deleteList(db, a.id);
    await lists.reorderLists(db, [c.id, b.id]);
    const back = await lists.restoreList(db, a, []);
    expect(back).toEqual({ ...a, order: -0.5 });
    expect((await lists.sortedLists(db)).map((l) => l.name)).toEqual(['A', 'C', 'B']);
  });

  it('refuses an entry of another list, and changes nothing', async () => {
    const thesis = await lists.createList(db, 'Thesis');
    const other = await lists.createList(db, 'Other');
    const entry = await lists.saveEntry(db, p1 as string, other.id);
    await lists.deleteList(db, thesis.id);
    const before = [await db.lists.toArray(), await db.entries.toArray()];
    await expect(lists.restoreList(db, thesis, [entry])).rejects.toThrow("is not one of the list's");
    expect([await db.lists.toArray(), await db.entries.toArray()]).toEqual(before);
  });

  it('brings it back under "(restored)" when a list of its name was made meanwhile', async () => {
    const thesis = await lists.createList(db, 'Thesis');
    const entry = await lists.saveEntry(db, p1 as string, thesis.id);
    await lists.deleteList(db, thesis.id);
    await lists.createList(db, 'thesis');
    await lists.createList(db, 'Thesis (restored)');
    const back = await lists.restoreList(db, thesis, [entry]);
    // (Made when no list was left, "thesis" took its number: it goes back before it.)
    expect(back).toEqual({ ...thesis, name: 'Thesis (restored 2)', order: -0.5 });
    expect(await db.entries.get(entry.id)).toEqual(entry);
  });
});
