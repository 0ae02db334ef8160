import type { PagePaper, PaperCount } from '../messages/contract';
import { type FrameRecord, mergeFrames } from './tab-frames';

/** Key-value storage that survives the service worker being stopped (storage.session). */
export interface SessionStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A tab's results: its top frame's (url, papers, documentId) and its frames'. */
export interface TabRecord extends FrameRecord {
  /** Left by a clear: the page whose results it dropped. Its later reports are stale. */
  ended?: { documentId: string; url: string };
  /** The reports of the page's frames (iframes), by frame id. */
  frames?: Record<string, FrameRecord>;
}

/** What the browser says of the document a report came from (runtime.MessageSender). Chrome
 * only: Firefox has neither, and its reports are taken as they come, as before. `frameId`: 0 (or
 * none) for the tab's page itself, another number for a frame in it. */
export interface ReportingDocument {
  documentId?: string;
  documentLifecycle?: string;
  frameId?: number;
}

/** Is the document still the one its frame shows (Chrome: a message to it by its id arrives)? */
export type DocumentCheck = (documentId: string) => Promise<boolean>;

/** Does `ping` answer within `ms`? A document going into the back/forward cache never answers
 * (the message's promise does not settle), and each check holds the tab's other changes until it
 * ends: no answer soon is no document. */
export function answersWithin(ping: () => Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    ping()
      .then(
        () => done(true),
        () => done(false),
      )
      .finally(() => clearTimeout(timer));
  });
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

const sortPapers = (papers: PaperCount[]) =>
  [...papers].sort((a, b) => b.count - a.count || a.paperId.localeCompare(b.paperId));

/** What the detector found in each tab (its page and the page's frames), most-mentioned first,
 * and the badge that counts it. */
export function createTabState(store: SessionStore, setBadge: (tabId: number, count: number) => Promise<void>) {
  const read = async (tabId: number) => (await store.get(keyOf(tabId)))[keyOf(tabId)] as TabRecord | undefined;
  const write = async (tabId: number, record: TabRecord) => {
    await store.set({ [keyOf(tabId)]: record });
    await setBadge(tabId, mergeFrames(record).length);
  };
  // One change at a time: a report read the record before a clear wrote it, then wrote over the
  // clear with the old page's papers.
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(change: () => Promise<T>): Promise<T> => {
    const run = last.then(change, change);
    last = run.catch(() => undefined);
    return run;
  };
  /** Settles queued and not yet begun, by tab (settle). */
  const waitingSettles = new Map<number, { loading: boolean; done: Promise<void> }>();
  /** The record without the page it ended: remembered, so its late reports are dropped (isStale). */
  const ended = (record: TabRecord): TabRecord =>
    record.documentId
      ? { url: '', papers: [], ended: { documentId: record.documentId, url: record.url } }
      : { url: '', papers: [] };
  /** Frames whose documents are gone (the iframe navigated, or left the page) go; a frame the
   * browser names no document of (Firefox) goes only when `loading` (as the whole tab did). */
  const liveFrames = async (record: TabRecord, alive: DocumentCheck, loading: boolean) => {
    const kept: Record<string, FrameRecord> = {};
    for (const [id, frame] of Object.entries(record.frames ?? {})) {
      if (frame.documentId ? await alive(frame.documentId) : !loading) kept[id] = frame;
    }
    return kept;
  };
  return {
    /** Store a report of the tab's page or of a frame in it; false when it is stale (isStale) and
     * was dropped. */
    set(tabId: number, url: string, papers: PaperCount[], from: ReportingDocument = {}): Promise<boolean> {
      return inTurn(async () => {
        const record = await read(tabId);
        if (from.frameId !== undefined && from.frameId !== 0) {
          // A frame on its way out says it has nothing (runner.ts, on pagehide): taken whatever
          // its state; papers only from a frame the page still shows.
          const gone = from.documentLifecycle !== undefined && from.documentLifecycle !== 'active';
          if (gone && papers.length > 0) return false;
          const frames = { ...record?.frames };
          const before = frames[from.frameId];
          if (papers.length > 0) {
            frames[from.frameId] = {
              url,
              papers: sortPapers(papers),
              ...(from.documentId && { documentId: from.documentId }),
            };
          } else if (!before?.documentId || !from.documentId || before.documentId === from.documentId) {
            // Nothing, from the document that reported: its papers go. From another one (the
            // frame's last document, unloading after its next one reported), it says nothing of them.
            delete frames[from.frameId];
          } else return false;
          const { frames: _, ...page } = record ?? { url: '', papers: [] };
          await write(tabId, Object.keys(frames).length > 0 ? { ...page, frames } : page);
          return true;
        }
        if (isStale(record, url, from)) return false;
        const next: TabRecord = {
          url,
          papers: sortPapers(papers),
          ...(from.documentId && { documentId: from.documentId }),
        };
        if (record?.frames) next.frames = record.frames;
        await write(tabId, next);
        return true;
      });
    },
    /** The tab's papers, its page's and its frames' together, with the frames that mention each. */
    async get(tabId: number): Promise<PagePaper[]> {
      const record = await read(tabId);
      return record ? mergeFrames(record) : [];
    },
    /**
     * The tab's loading state changed: an iframe loaded, or the tab went to another document, or
     * an SPA to its next address (Chromium says 'loading' for all three). Results of documents
     * that are gone go, the rest stay: an ad's iframe reloading had cleared the page's papers from
     * the popup and badge, with nothing to report them again. Where the browser names no
     * documents (Firefox), a tab that starts `loading` drops everything, as before. A page that
     * goes is remembered, so its late reports are dropped (isStale); one that never reported is
     * forgotten, so a page restored from the back/forward cache (after a PDF, say) is heard again.
     */
    settle(tabId: number, alive: DocumentCheck, loading: boolean): Promise<void> {
      // A page of 30 embeds says 'loading' and 'complete' for each: a settle still waiting for
      // its turn covers the ones that come meanwhile (it reads the record when it runs), instead
      // of each pinging every frame again.
      const waiting = waitingSettles.get(tabId);
      if (waiting) {
        waiting.loading ||= loading;
        return waiting.done;
      }
      const next = { loading, done: Promise.resolve() };
      waitingSettles.set(tabId, next);
      next.done = inTurn(async () => {
        waitingSettles.delete(tabId);
        const { loading } = next;
        const record = await read(tabId);
        // Chromium resets a tab's badge as it shows another document, a page restored by Back
        // included, whose report may have come first: the badge is written again either way.
        if (!record) return setBadge(tabId, 0);
        const pageAlive = record.documentId ? await alive(record.documentId) : !loading;
        const frames = await liveFrames(record, alive, loading);
        const page = pageAlive ? record : ended(record);
        if (!record.documentId && !pageAlive && Object.keys(frames).length === 0) {
          await store.remove(keyOf(tabId));
          await setBadge(tabId, 0);
          return;
        }
        const { frames: _, ...top } = page;
        await write(tabId, Object.keys(frames).length > 0 ? { ...top, frames } : top);
      });
      return next.done;
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
