import Dexie, { type EntityTable } from 'dexie';
import type { Paper } from '../catalog/types';
import { undotDismissals } from './dismissal-site';
import type { Dismissal, ListEntry, ReadingList } from './types';

export const DB_NAME = 'paperlens';

export interface KeyValue {
  key: string;
  value: unknown;
}

export type PaperLensDB = Dexie & {
  papers: EntityTable<Paper, 'id'>;
  lists: EntityTable<ReadingList, 'id'>;
  entries: EntityTable<ListEntry, 'id'>;
  dismissals: EntityTable<Dismissal, 'id'>;
  settings: EntityTable<KeyValue, 'key'>;
  meta: EntityTable<KeyValue, 'key'>;
};

/**
 * Schema history. Never edit a shipped version: add a new one with an upgrade.
 * - v1: papers, lists, entries (no order), meta.
 * - v2: entries ordered within their list (`order`, compound index), a note on every entry,
 *       "not this paper" dismissals, settings.
 * - v3: no index changes; dismissals stored under a site written with the root dot
 *       ("example.org.") move to the site without it, which is where pages look for them.
 */
export const SCHEMA_V1 = {
  papers: 'id, arxivId, doi',
  lists: 'id, name',
  entries: 'id, listId, paperId',
  meta: 'key',
};

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  lists: 'id, name, order',
  entries: 'id, listId, paperId, [listId+order]',
  dismissals: 'id, site, paperId',
  settings: 'key',
};

/** The same tables as v2: v3 only rewrites data (see openDatabase). */
export const SCHEMA_V3 = SCHEMA_V2;

export function openDatabase(name = DB_NAME): PaperLensDB {
  const db = new Dexie(name) as PaperLensDB;
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      // v1 entries had no position and could lack a note: number them by the date they were added.
      // Lists too, by the date they were made: v1 ids are random, so the table's order (by id)
      // would shuffle them, and the first list is where "Save" puts a paper.
      const lists = await tx.table<ReadingList>('lists').toArray();
      lists.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
      for (const [index, list] of lists.entries()) {
        await tx.table('lists').update(list.id, { order: list.order ?? index });
      }
      const entries = await tx.table<ListEntry>('entries').toArray();
      const byList = new Map<string, ListEntry[]>();
      for (const entry of entries) byList.set(entry.listId, [...(byList.get(entry.listId) ?? []), entry]);
      for (const group of byList.values()) {
        group.sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id));
        for (const [index, entry] of group.entries()) {
          await tx.table('entries').update(entry.id, { order: entry.order ?? index, note: entry.note ?? '' });
        }
      }
    });
  db.version(3)
    .stores(SCHEMA_V3)
    .upgrade(async (tx) => {
      // Before v3 "Not this paper" on https://example.org./ was kept under "example.org.", a site
      // of its own; dismissalSite now drops the dot, so such records would never be read again.
      // Deleted first, then put: if anything fails, the upgrade's transaction is aborted and the
      // database stays at v2 exactly as it was.
      const table = tx.table<Dismissal, string>('dismissals');
      const { put, remove } = undotDismissals(await table.toArray());
      await table.bulkDelete(remove);
      await table.bulkPut(put);
    });
  return db;
}
