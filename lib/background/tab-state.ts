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
  /** The document that reported them (Chrome's sender.documentId; Firefox gives none). */
  documentId?: string;
  /** Left by a clear: the page whose results it dropped. Its later reports are stale. */
  ended?: { documentId: string; url: string };
}

/** What the browser says of the document a report came from (runtime.MessageSender). Chrome
 * only: Firefox has neither, and its reports are taken as they come, as before. */
export interface ReportingDocument {
  documentId?: string;
  documentLifecycle?: string;
}

/**
 * Is a report of `url` from `from` stale for a tab whose stored record is `record`? A tab that
 * starts loading is cleared, but the report of the page it left can still arrive after that
 * (sent as the navigation began, or by the page on its way out), and nothing replaces it where
 * the new document never reports (a PDF, a paused site): the popup and badge showed the old
 * page's papers on the new one. So a report is stale when
 * - its document is no longer the one the tab shows ('pending_deletion'; 'cached' in the
 *   back/forward cache, which reports again once restored), or
 * - it is the report the last clear ended: the same document, of the same address. Only both
 *   together: Chromium also fires 'loading' for an SPA's pushState, after which the same
 *   document rightly reports the new address's papers.
 * A page that had not reported before the clear leaves nothing to recognise it by; its late
 * report is only caught by the first rule, once the new document has taken its place.
 */
export function isStale(record: TabRecord | undefined, url: string, from: ReportingDocument): boolean {
  if (from.documentLifecycle !== undefined && from.documentLifecycle !== 'active') return true;
  const ended = record?.ended;
  return ended !== undefined && ended.documentId === from.documentId && ended.url === url;
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
  const read = async (tabId: number) => (await store.get(keyOf(tabId)))[keyOf(tabId)] as TabRecord | undefined;
  // One change at a time: a report read the record before a clear wrote it, then wrote over the
  // clear with the old page's papers.
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(change: () => Promise<T>): Promise<T> => {
    const run = last.then(change, change);
    last = run.catch(() => undefined);
    return run;
  };
  return {
    /** Store a tab's report; false when it is stale (isStale) and was dropped. */
    set(tabId: number, url: string, papers: PaperCount[], from: ReportingDocument = {}): Promise<boolean> {
      return inTurn(async () => {
        if (isStale(await read(tabId), url, from)) return false;
        const sorted = [...papers].sort((a, b) => b.count - a.count || a.paperId.localeCompare(b.paperId));
        const record: TabRecord = { url, papers: sorted, ...(from.documentId && { documentId: from.documentId }) };
        await store.set({ [keyOf(tabId)]: record });
        await setBadge(tabId, sorted.length);
        return true;
      });
    },
    async get(tabId: number): Promise<PaperCount[]> {
      return (await read(tabId))?.papers ?? [];
    },
    /**
     * A tab started loading (another document, or an SPA's next page): its results no longer
     * apply. The page they came from is remembered, so its late reports are dropped (isStale); a
     * clear of a tab that nothing reported to since forgets it, so a page restored from the
     * back/forward cache (after a PDF, say) is heard again.
     */
    clear(tabId: number): Promise<void> {
      return inTurn(async () => {
        const record = await read(tabId);
        if (record?.documentId) {
          const ended = { documentId: record.documentId, url: record.url };
          await store.set({ [keyOf(tabId)]: { url: '', papers: [], ended } satisfies TabRecord });
        } else await store.remove(keyOf(tabId));
        await setBadge(tabId, 0);
      });
    },
    /** The tab closed: nothing of it is kept. */
    forget(tabId: number): Promise<void> {
      return inTurn(async () => {
        await store.remove(keyOf(tabId));
        await setBadge(tabId, 0);
      });
    },
  };
}
