import catalog from 'virtual:paperlens-catalog';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncCatalog } from '../../../lib/db/catalog-sync';
import { openDatabase, type PaperLensDB } from '../../../lib/db/database';
import { saveEntry } from '../../../lib/db/lists';

let db: PaperLensDB;
beforeEach(() => {
  db = openDatabase(`sync-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const dump = async () => ({
  papers: await db.papers.orderBy('id').toArray(),
  entries: await db.entries.orderBy('id').toArray(),
  meta: await db.meta.toArray(),
});

describe('syncCatalog', () => {
  it('loads all 112 papers and records the catalog version', async () => {
    expect(await syncCatalog(db, catalog)).toEqual({ changed: true, added: 112, removed: 0, orphaned: 0 });
    expect(await db.papers.count()).toBe(112);
    expect((await db.meta.get('catalogVersion'))?.value).toBe(catalog.version);
    expect((await db.papers.where('arxivId').equals('1911.11763').first())?.title).toMatch(/^SuperGlue/);
  });

  it('is idempotent: a second run changes nothing', async () => {
    await syncCatalog(db, catalog);
    const before = await dump();
    expect((await syncCatalog(db, catalog)).changed).toBe(false);
    expect(await dump()).toEqual(before);
  });

  it('removes papers gone from a new catalog version but keeps list entries as snapshots, then restores them', async () => {
    await syncCatalog(db, catalog);
    const xprompt = catalog.papers.find((p) => p.shortName === 'XPrompt');
    if (!xprompt) throw new Error('fixture: XPrompt missing');
    const entry = await saveEntry(db, xprompt.id);
    const smaller = { version: 'smaller', papers: catalog.papers.filter((p) => p.id !== xprompt.id) };
    expect(await syncCatalog(db, smaller)).toMatchObject({ changed: true, removed: 1, orphaned: 1 });
    expect(await db.papers.get(xprompt.id)).toBeUndefined();
    const kept = await db.entries.get(entry.id);
    expect(kept?.snapshot).toEqual({
      title: xprompt.title,
      links: xprompt.links,
      authors: xprompt.authors,
      year: xprompt.year,
    });
    await syncCatalog(db, catalog);
    expect((await db.entries.get(entry.id))?.snapshot).toBeUndefined();
    expect(await db.papers.count()).toBe(112);
  });

  it('leaves the database untouched when a write fails half-way', async () => {
    await syncCatalog(db, catalog);
    const before = await dump();
    const broken = { version: 'broken', papers: [...catalog.papers, { id: undefined } as never] };
    await expect(syncCatalog(db, broken)).rejects.toThrow();
    expect(await dump()).toEqual(before);
  });
});
