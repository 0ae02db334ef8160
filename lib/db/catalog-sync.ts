import type { Catalog, Paper } from '../catalog/types';
import type { PaperLensDB } from './database';
import { type ListEntry, MAX_AUTHOR_NAME, MAX_SNAPSHOT_AUTHORS, MAX_SNAPSHOT_TITLE, type PaperSnapshot } from './types';

export const CATALOG_VERSION_KEY = 'catalogVersion';

export interface SyncResult {
  changed: boolean;
  added: number;
  removed: number;
  /** List entries that kept a snapshot because their paper left the catalog. */
  orphaned: number;
}

/** Within the limits a backup is checked against (lib/db/types), so the backup that carries the
 * snapshot always imports again; no catalog paper comes near them. */
export function snapshotOf(paper: Paper): PaperSnapshot {
  return {
    title: paper.title.slice(0, MAX_SNAPSHOT_TITLE),
    links: paper.links,
    authors: paper.authors.slice(0, MAX_SNAPSHOT_AUTHORS).map((name) => name.slice(0, MAX_AUTHOR_NAME)),
    year: paper.year,
  };
}

/**
 * Load the bundled catalog into IndexedDB when its version differs from the stored one.
 * One transaction, idempotent. Papers gone from the catalog are removed, but list entries are
 * never lost: an entry whose paper disappeared keeps a snapshot (title, links) of it.
 */
export async function syncCatalog(db: PaperLensDB, catalog: Catalog): Promise<SyncResult> {
  return db.transaction('rw', db.papers, db.entries, db.meta, async () => {
    const stored = await db.meta.get(CATALOG_VERSION_KEY);
    if (stored?.value === catalog.version) return { changed: false, added: 0, removed: 0, orphaned: 0 };
    const incoming = new Set(catalog.papers.map((p) => p.id));
    const existing = await db.papers.toArray();
    const gone = existing.filter((p) => !incoming.has(p.id));
    const existingIds = new Set(existing.map((p) => p.id));
    let orphaned = 0;
    for (const paper of gone) {
      const entries = await db.entries.where('paperId').equals(paper.id).toArray();
      orphaned += entries.length;
      await db.entries.bulkPut(entries.map((e): ListEntry => ({ ...e, snapshot: e.snapshot ?? snapshotOf(paper) })));
    }
    // A paper that came back drops the snapshot its entries kept while it was away.
    const returning = await db.entries
      .where('paperId')
      .anyOf([...incoming])
      .filter((e) => !!e.snapshot)
      .toArray();
    await db.entries.bulkPut(returning.map(({ snapshot: _dropped, ...entry }) => entry));
    await db.papers.bulkDelete(gone.map((p) => p.id));
    await db.papers.bulkPut(catalog.papers);
    await db.meta.put({ key: CATALOG_VERSION_KEY, value: catalog.version });
    return {
      changed: true,
      added: catalog.papers.filter((p) => !existingIds.has(p.id)).length,
      removed: gone.length,
      orphaned,
    };
  });
}
