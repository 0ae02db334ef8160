import catalog from 'virtual:paperlens-catalog';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { syncCatalog } from '../../../lib/db/catalog-sync';
import { openDatabase, SCHEMA_V1, SCHEMA_V2 } from '../../../lib/db/database';
import { defaultList, sortedLists } from '../../../lib/db/lists';
import fixture from '../../fixtures/db/schema-v1.json';

let name = '';
afterEach(async () => {
  vi.restoreAllMocks();
  await Dexie.delete(name);
});

/** Write the fixture with the v1 schema, exactly as the previous PaperLens did. */
async function createV1Database(): Promise<void> {
  name = `v1-${crypto.randomUUID()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('lists').bulkAdd(fixture.lists);
  await v1.table('entries').bulkAdd(fixture.entries);
  await v1.table('papers').bulkAdd(fixture.papers);
  await v1.table('meta').bulkAdd(fixture.meta);
  v1.close();
}

describe('schema upgrade v1 -> v2', () => {
  it('keeps every list entry, with its status and note, and numbers entries by date added', async () => {
    await createV1Database();
    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    const entries = await db.entries.orderBy('id').toArray();
    expect(entries).toHaveLength(fixture.entries.length);
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.get('list-a|arxiv:2210.04457')).toMatchObject({
      status: 'reading',
      note: 'pruning of prompt tokens',
      order: 1,
    });
    expect(byId.get('list-a|arxiv:1905.00537')).toMatchObject({ status: 'to-read', note: '', order: 0 });
    expect(byId.get('list-b|arxiv:1911.11763')).toMatchObject({ status: 'read', order: 0 });
    expect((await db.lists.orderBy('order').toArray()).map((l) => l.name)).toEqual(['Reading list', 'Thesis']);
    const ordered = await db.entries.where('[listId+order]').between(['list-a', 0], ['list-a', 99]).toArray();
    expect(ordered.map((e) => e.paperId)).toEqual(['arxiv:1905.00537', 'arxiv:2210.04457']);
    db.close();
  });

  it('then loads the catalog without losing the entry whose paper left the catalog', async () => {
    await createV1Database();
    const db = openDatabase(name);
    const result = await syncCatalog(db, catalog);
    expect(result).toMatchObject({ changed: true, removed: 1, orphaned: 1 });
    expect(await db.papers.count()).toBe(112);
    const orphan = await db.entries.get('list-b|arxiv:9999.00001');
    expect(orphan?.note).toBe('a paper since removed');
    expect(orphan?.snapshot).toMatchObject({
      title: 'A Paper Gone From the Catalog',
      links: { arxiv: 'https://arxiv.org/abs/9999.00001' },
    });
    expect(await db.entries.count()).toBe(fixture.entries.length);
    db.close();
  });

  it('numbers lists by the date they were made, not by their random ids', async () => {
    // v1 list ids were random UUIDs: their order says nothing. The first list is where "Save"
    // puts a paper, so it must stay the first.
    name = `v1-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('lists').bulkAdd([
      { id: 'f3a1c2d4-0000-4000-8000-000000000001', name: 'Reading list', createdAt: 1700000000000 },
      { id: '0b9e8d7c-0000-4000-8000-000000000002', name: 'Thesis', createdAt: 1700000500000 },
      { id: '7c5d4e3f-0000-4000-8000-000000000003', name: 'Later', createdAt: 1700000900000 },
    ]);
    v1.close();
    const db = openDatabase(name);
    expect((await sortedLists(db)).map((l) => l.name)).toEqual(['Reading list', 'Thesis', 'Later']);
    expect((await defaultList(db)).name).toBe('Reading list');
    db.close();
  });
});

describe('schema upgrade v2 -> v3', () => {
  const hidden = (site: string, paperId: string, createdAt: number) => ({
    id: `${site}|${paperId}`,
    site,
    paperId,
    createdAt,
  });
  // As PaperLens v2 kept "Not this paper" on https://example.org./ (hostname "example.org.").
  const V2_DISMISSALS = [
    hidden('example.org.', 'arxiv:2306.13643', 1700000100000),
    hidden('example.org.', 'arxiv:1911.11763', 1700000300000),
    hidden('example.org', 'arxiv:1911.11763', 1700000200000),
    hidden('news.example.com', 'arxiv:1905.00537', 1700000400000),
    hidden('local files', 'arxiv:1905.00537', 1700000500000),
  ];

  /** Write lists, an entry, dismissals and settings with the v2 schema, as the previous PaperLens did. */
  async function createV2Database(): Promise<void> {
    name = `v2-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.table('lists').add({ id: 'list-a', name: 'Reading list', createdAt: 1700000000000, order: 0 });
    await v2.table('entries').add({
      id: 'list-a|arxiv:2306.13643',
      listId: 'list-a',
      paperId: 'arxiv:2306.13643',
      status: 'read',
      note: 'kept',
      addedAt: 1700000000000,
      order: 0,
    });
    await v2.table('dismissals').bulkAdd(V2_DISMISSALS);
    await v2.table('settings').add({ key: 'settings', value: { version: 1, theme: 'dark' } });
    v2.close();
  }

  /** Every row of every user table, read without the app's schema (whatever version is stored). */
  async function rows(): Promise<{ verno: number; tables: Record<string, unknown[]> }> {
    const raw = new Dexie(name);
    await raw.open();
    const tables: Record<string, unknown[]> = {};
    for (const table of ['lists', 'entries', 'dismissals', 'settings'])
      tables[table] = await raw.table(table).toArray();
    const verno = raw.verno;
    raw.close();
    return { verno, tables };
  }

  it('moves dismissals kept under a root-dot site to the site, and touches nothing else', async () => {
    await createV2Database();
    const before = await rows();
    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.dismissals.orderBy('id').toArray()).toEqual([
      // Both forms had it hidden: one is kept, with the earlier date.
      hidden('example.org', 'arxiv:1911.11763', 1700000200000),
      hidden('example.org', 'arxiv:2306.13643', 1700000100000),
      hidden('local files', 'arxiv:1905.00537', 1700000500000),
      hidden('news.example.com', 'arxiv:1905.00537', 1700000400000),
    ]);
    // Pages on either form of the address now find them under one site.
    expect(await db.dismissals.where('site').equals('example.org').count()).toBe(2);
    db.close();
    const after = await rows();
    expect({ ...after.tables, dismissals: [] }).toEqual({ ...before.tables, dismissals: [] });
  });

  it('leaves the database at v2, exactly as it was, when the upgrade fails partway', async () => {
    await createV2Database();
    const before = await rows();
    // The upgrade deletes the dotted records, then fails writing their replacements.
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('disk full (test)', 'QuotaExceededError');
    });
    const db = openDatabase(name);
    await expect(db.open()).rejects.toThrow(/disk full \(test\)/);
    expect(put).toHaveBeenCalled();
    put.mockRestore();
    expect(await rows()).toEqual(before);
    expect(before.verno).toBe(2);
    // The next start upgrades it.
    const again = openDatabase(name);
    expect(await again.dismissals.count()).toBe(4);
    again.close();
  });
});
