import type { Catalog } from '../catalog/types';
import type { PaperLensDB } from '../db/database';
import { buildSearchIndex, loadIndex, type SavedIndex, serializeIndex } from '../search/search-index';

export const SEARCH_INDEX_KEY = 'searchIndex';

/**
 * The search index saved in the database with its format and catalog version. An index saved
 * by an older format or for another catalog is rebuilt, never trusted.
 */
export async function savedSearchIndex(db: PaperLensDB, catalog: Catalog): Promise<SavedIndex> {
  const stored = (await db.meta.get(SEARCH_INDEX_KEY))?.value as SavedIndex | undefined;
  if (stored && loadIndex(stored, catalog.version)) return stored;
  const saved = serializeIndex(buildSearchIndex(catalog.papers), catalog.version);
  await db.meta.put({ key: SEARCH_INDEX_KEY, value: saved });
  return saved;
}
