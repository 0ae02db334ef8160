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
