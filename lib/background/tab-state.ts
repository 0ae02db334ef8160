import type { PaperCount } from '../messages/contract';

/** Key-value storage that survives the service worker being stopped (storage.session). */
export interface SessionStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

interface TabRecord {
  url: string;
  papers: PaperCount[];
}

/** More distinct papers than a page reports (the catalog's own size is the real bound). */
export const MAX_REPORTED_PAPERS = 10_000;

/**
 * A content script's report, checked before it reaches storage.session and the badge: a page's
 * script cannot send it, but a broken or outdated content script could, and a bad entry would
 * throw later, far from its cause (sorting a paper id that is not text).
 */
export function checkReport(url: unknown, papers: unknown): { url: string; papers: PaperCount[] } {
  if (typeof url !== 'string') throw new Error('page: a report needs the page address');
  if (!Array.isArray(papers) || papers.length > MAX_REPORTED_PAPERS)
    throw new Error(`page: a report lists at most ${MAX_REPORTED_PAPERS} papers`);
  for (const [i, entry] of papers.entries()) {
    const { paperId, count } = (entry ?? {}) as Partial<PaperCount>;
    if (typeof paperId !== 'string' || paperId.length === 0 || paperId.length > 300)
      throw new Error(`page: report entry ${i} has no paper id`);
    if (!Number.isInteger(count) || (count as number) < 1)
      throw new Error(`page: report entry ${i} (${paperId}) has no count of mentions`);
  }
  return { url, papers: papers as PaperCount[] };
}

/** The storage.session key of a tab's results (the popup watches it to stay current). */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;
const keyOf = tabStateKey;

/** What the detector found in each tab, most-mentioned first, and the badge that counts it. */
export function createTabState(store: SessionStore, setBadge: (tabId: number, count: number) => Promise<void>) {
  return {
    async set(tabId: number, url: string, papers: PaperCount[]): Promise<void> {
      const sorted = [...papers].sort((a, b) => b.count - a.count || a.paperId.localeCompare(b.paperId));
      const record: TabRecord = { url, papers: sorted };
      await store.set({ [keyOf(tabId)]: record });
      await setBadge(tabId, sorted.length);
    },
    async get(tabId: number): Promise<PaperCount[]> {
      const record = (await store.get(keyOf(tabId)))[keyOf(tabId)] as TabRecord | undefined;
      return record?.papers ?? [];
    },
    /** A tab navigated to another document or closed: its results no longer apply. */
    async clear(tabId: number): Promise<void> {
      await store.remove(keyOf(tabId));
      await setBadge(tabId, 0);
    },
  };
}
