import catalog from 'virtual:paperlens-catalog';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEARCH_INDEX_KEY, savedSearchIndex } from '../../../lib/background/search-index';
import { openDatabase, type PaperLensDB } from '../../../lib/db/database';
import { loadIndex, SEARCH_INDEX_FORMAT } from '../../../lib/search/search-index';

let db: PaperLensDB;
beforeEach(() => {
  db = openDatabase(`search-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('saved search index', () => {
  it('is built once and then loaded from the database', async () => {
    const first = await savedSearchIndex(db, catalog);
    expect(first).toMatchObject({ format: SEARCH_INDEX_FORMAT, catalogVersion: catalog.version });
    expect(loadIndex(first, catalog.version)?.search('lightglue')[0]?.id).toBe('arxiv:2306.13643');
    await db.meta.update(SEARCH_INDEX_KEY, { value: { ...first, marker: 'kept' } });
    expect(await savedSearchIndex(db, catalog)).toMatchObject({ marker: 'kept' });
  });

  it.each([
    ['an older format', (saved: object) => ({ ...saved, format: SEARCH_INDEX_FORMAT - 1 })],
    ['another catalog version', (saved: object) => ({ ...saved, catalogVersion: 'old' })],
    ['corrupt JSON', (saved: object) => ({ ...saved, json: '{"broken' })],
  ])('rebuilds an index saved with %s', async (_label, damage) => {
    const saved = await savedSearchIndex(db, catalog);
    await db.meta.put({ key: SEARCH_INDEX_KEY, value: damage(saved) });
    const rebuilt = await savedSearchIndex(db, catalog);
    expect(rebuilt).toEqual(saved);
    expect((await db.meta.get(SEARCH_INDEX_KEY))?.value).toEqual(saved);
  });
});
