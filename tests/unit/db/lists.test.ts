import catalog from 'virtual:paperlens-catalog';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncCatalog } from '../../../lib/db/catalog-sync';
import { openDatabase, type PaperLensDB } from '../../../lib/db/database';
import * as lists from '../../../lib/db/lists';

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
    await expect(lists.createList(db, 'thesis')).rejects.toThrow('lists: a list named "Thesis" already exists');
    await expect(lists.createList(db, 'x'.repeat(81))).rejects.toThrow('at most 80 characters');
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

  it('refuses to save a paper that is not in the catalog', async () => {
    await expect(lists.saveEntry(db, 'arxiv:0000.00000')).rejects.toThrow('lists: no paper with id arxiv:0000.00000');
  });
});
