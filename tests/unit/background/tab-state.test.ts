// A tab's results against the documents that report them: the background clears a tab as it
// starts loading another document, and a report from the document it left must not bring the
// old page's papers back (on a PDF, nothing reports again to replace them).
import catalog from 'virtual:paperlens-catalog';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DetectorService } from '../../../lib/background/detector';
import { createHandlers } from '../../../lib/background/handlers';
import { answersWithin, createTabState, isStale, tabStateKey } from '../../../lib/background/tab-state';
import { syncCatalog } from '../../../lib/db/catalog-sync';
import { openDatabase, type PaperLensDB } from '../../../lib/db/database';

const TAB = 9;
const BLOG = 'https://example.org/post';
const PDF = 'https://arxiv.org/pdf/2306.13643';
const found = [{ paperId: 'arxiv:2306.13643', count: 3 }];
/** A content script's sender as Chrome describes it; Firefox has no document id or lifecycle. */
const from = (documentId?: string, documentLifecycle?: string) => ({
  tabId: TAB,
  url: BLOG,
  ...(documentId && { documentId }),
  ...(documentLifecycle && { documentLifecycle }),
});

let db: PaperLensDB;
let badges: Map<number, number>;
let tabs: ReturnType<typeof createTabState>;
let handlers: ReturnType<typeof createHandlers>;

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`tab-state-${crypto.randomUUID()}`);
  const ready = syncCatalog(db, catalog).then(() => catalog);
  await ready;
  badges = new Map();
  tabs = createTabState(fakeBrowser.storage.session, async (tabId, count) => {
    badges.set(tabId, count);
  });
  const detector = new DetectorService(catalog);
  handlers = createHandlers({ db, ready, detector: async () => detector, tabs, broadcastChange: () => {} });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** The tab shows another document: the one that reported answers no more (tabs.onUpdated
 * 'loading', then settle). */
const navigatedAway = () => tabs.settle(TAB, async () => false, true);
const report = (sender: ReturnType<typeof from>, url = BLOG) => handlers['page/report']({ url, papers: found }, sender);
const shown = async () => ({ papers: await handlers['page/papers']({ tabId: TAB }, {}), badge: badges.get(TAB) });

describe('a tab that navigated away', () => {
  it("drops a late report from the document it left, once that document's results were cleared", async () => {
    await report(from('DOC-A', 'active'));
    expect(await shown()).toEqual({ papers: [{ ...found[0], frames: [0] }], badge: 1 });
    // The tab starts loading a PDF (tabs.onUpdated 'loading'), and the blog's report, sent as the
    // navigation began, arrives after the clear.
    await navigatedAway();
    await report(from('DOC-A', 'active'));
    expect(await shown()).toEqual({ papers: [], badge: 0 });
  });

  it('drops a report from a document on its way out or in the back/forward cache, even one never heard before', async () => {
    await navigatedAway();
    await report(from('DOC-A', 'pending_deletion'));
    await report(from('DOC-B', 'cached'), PDF);
    expect(await shown()).toEqual({ papers: [], badge: 0 });
  });

  it("takes the new document's reports, and the old one's again once Back restores it from the cache", async () => {
    await report(from('DOC-A', 'active'));
    await navigatedAway();
    await report(from('DOC-B', 'active'), 'https://example.org/next');
    expect(await shown()).toEqual({ papers: [{ ...found[0], frames: [0] }], badge: 1 });
    // Back: the tab loads again, and the blog, restored, reports once more.
    await navigatedAway();
    await report(from('DOC-A', 'active'));
    expect(await shown()).toEqual({ papers: [{ ...found[0], frames: [0] }], badge: 1 });
    // The same through a page that never reports (a PDF): the clear of the PDF's load forgets the
    // blog, which is the one shown again.
    await navigatedAway();
    await navigatedAway();
    await report(from('DOC-B', 'active'));
    expect(await shown()).toEqual({ papers: [{ ...found[0], frames: [0] }], badge: 1 });
  });

  it("takes the same document's report of its next address: an SPA's pushState also fires 'loading'", async () => {
    await report(from('DOC-A', 'active'));
    await navigatedAway();
    await report(from('DOC-A', 'active'), 'https://example.org/post/2');
    expect(await shown()).toEqual({ papers: [{ ...found[0], frames: [0] }], badge: 1 });
  });

  it('keeps a report and a clear that happen together in the order they came', async () => {
    await report(from('DOC-A', 'active'));
    await Promise.all([navigatedAway(), report(from('DOC-A', 'active'))]);
    expect(await shown()).toEqual({ papers: [], badge: 0 });
  });

  it('takes every report where the browser names no document (Firefox), as before', async () => {
    await report(from());
    await navigatedAway();
    expect(await fakeBrowser.storage.session.get(tabStateKey(TAB))).toEqual({});
    await report(from());
    expect(await shown()).toEqual({ papers: [{ ...found[0], frames: [0] }], badge: 1 });
  });

  it('keeps nothing of a closed tab', async () => {
    await report(from('DOC-A', 'active'));
    await tabs.forget(TAB);
    expect(await fakeBrowser.storage.session.get(tabStateKey(TAB))).toEqual({});
    expect(badges.get(TAB)).toBe(0);
  });
});

describe('isStale', () => {
  const cleared = { url: '', papers: [], ended: { documentId: 'A', url: BLOG } };
  it.each([
    [undefined, BLOG, {}, false],
    [undefined, BLOG, { documentId: 'A', documentLifecycle: 'active' }, false],
    [undefined, BLOG, { documentId: 'A', documentLifecycle: 'prerender' }, true],
    [cleared, BLOG, { documentId: 'A', documentLifecycle: 'active' }, true],
    [cleared, `${BLOG}/2`, { documentId: 'A', documentLifecycle: 'active' }, false],
    [cleared, BLOG, { documentId: 'B', documentLifecycle: 'active' }, false],
    [cleared, BLOG, {}, false],
  ])('record %j, %s from %j -> %s', (record, url, sender, stale) => {
    expect(isStale(record, url, sender)).toBe(stale);
  });
});

describe('iframes', () => {
  const LIGHTGLUE = { paperId: 'arxiv:2306.13643', count: 2 };
  const WEBARENA = { paperId: 'arxiv:2307.13854', count: 1 };
  const inFrame = (frameId: number, documentId: string, documentLifecycle = 'active') => ({
    ...from(documentId, documentLifecycle),
    frameId,
  });
  const frameReport = (frameId: number, documentId: string, papers: typeof found, lifecycle?: string) =>
    handlers['page/report']({ url: `${BLOG}/embed`, papers }, inFrame(frameId, documentId, lifecycle));
  const living = (ids: string[]) => async (documentId: string) => ids.includes(documentId);

  it("counts a frame's papers with the page's, and says which frames mention each", async () => {
    await report(from('PAGE', 'active'));
    await frameReport(4, 'FRAME', [LIGHTGLUE, WEBARENA]);
    expect(await shown()).toEqual({
      papers: [
        { paperId: 'arxiv:2306.13643', count: 5, frames: [0, 4] },
        { paperId: 'arxiv:2307.13854', count: 1, frames: [4] },
      ],
      badge: 2,
    });
    // The page reports again (it changed): the frame's papers stay.
    await report(from('PAGE', 'active'));
    expect((await shown()).badge).toBe(2);
    // The frame says it has nothing now (it left the page): its papers go.
    await frameReport(4, 'FRAME', [], 'pending_deletion');
    expect(await shown()).toEqual({ papers: [{ ...found[0], frames: [0] }], badge: 1 });
  });

  it("keeps the page's results when an iframe loads (an ad reloading), and drops the frames that went", async () => {
    await report(from('PAGE', 'active'));
    await frameReport(3, 'AD-1', [WEBARENA]);
    await frameReport(5, 'EMBED', [LIGHTGLUE]);
    // The ad's iframe loads its next document: the tab says 'loading', then 'complete'.
    await tabs.settle(TAB, living(['PAGE', 'EMBED', 'AD-2']), true);
    expect(await shown()).toEqual({ papers: [{ paperId: 'arxiv:2306.13643', count: 5, frames: [0, 5] }], badge: 1 });
    await tabs.settle(TAB, living(['PAGE', 'EMBED', 'AD-2']), false);
    expect((await shown()).badge).toBe(1);
  });

  it('drops the page and its frames when the tab shows another document, and its late reports', async () => {
    await report(from('PAGE', 'active'));
    await frameReport(3, 'FRAME', [WEBARENA]);
    // Navigation starts: the page is still there ('loading' keeps it), then it is gone.
    await tabs.settle(TAB, living(['PAGE', 'FRAME']), true);
    expect((await shown()).badge).toBe(2);
    await tabs.settle(TAB, living(['NEXT']), false);
    expect(await shown()).toEqual({ papers: [], badge: 0 });
    await report(from('PAGE', 'active'));
    expect(await shown()).toEqual({ papers: [], badge: 0 });
    // The next page's frame reports before the page does: kept when the page reports.
    await frameReport(3, 'NEXT-FRAME', [WEBARENA]);
    await report(from('NEXT', 'active'), PDF);
    expect((await shown()).papers.map((p) => p.frames)).toEqual([[0], [3]]);
  });

  it("keeps a frame's papers when its last document, unloading, says it has nothing after its next one reported", async () => {
    await report(from('PAGE', 'active'));
    await frameReport(12, 'BLANK', [WEBARENA]);
    await frameReport(12, 'EMBED', [LIGHTGLUE]);
    await frameReport(12, 'BLANK', [], 'pending_deletion');
    expect((await shown()).papers).toEqual([{ paperId: 'arxiv:2306.13643', count: 5, frames: [0, 12] }]);
  });

  it('asks each document once for a burst of loading states (a page of embeds loading)', async () => {
    await report(from('PAGE', 'active'));
    await frameReport(3, 'FRAME', [WEBARENA]);
    const asked: string[] = [];
    const alive = async (id: string) => {
      asked.push(id);
      return true;
    };
    // Ten at once wait for their turn together, as one.
    await Promise.all(Array.from({ length: 10 }, (_, i) => tabs.settle(TAB, alive, i % 2 === 0)));
    expect(asked).toEqual(['PAGE', 'FRAME']);
    // One that comes once that one has begun is one more.
    const first = tabs.settle(TAB, alive, false);
    await new Promise((done) => setTimeout(done, 0));
    await Promise.all([first, tabs.settle(TAB, alive, false)]);
    expect(asked).toHaveLength(6);
    expect((await shown()).badge).toBe(2);
  });

  it('drops a frame that reports papers from a document on its way out', async () => {
    await frameReport(3, 'FRAME', [WEBARENA], 'pending_deletion');
    expect(await shown()).toEqual({ papers: [], badge: undefined });
  });

  it('where the browser names no document (Firefox), a loading tab drops its frames with the page, as before', async () => {
    await report(from());
    await handlers['page/report']({ url: BLOG, papers: [WEBARENA] }, { ...from(), frameId: 2 });
    await tabs.settle(TAB, living([]), false);
    expect((await shown()).badge).toBe(2);
    await tabs.settle(TAB, living([]), true);
    expect(await fakeBrowser.storage.session.get(tabStateKey(TAB))).toEqual({});
  });
});

describe('answersWithin', () => {
  it.each([
    ['an answer', () => Promise.resolve(true), true],
    ['a refusal (no such document)', () => Promise.reject(new Error('No document')), false],
    ['no answer at all (a document going into the back/forward cache)', () => new Promise(() => {}), false],
    ['an answer too late', () => new Promise((done) => setTimeout(done, 200)), false],
  ])('%s', async (_label, ping, alive) => {
    expect(await answersWithin(ping, 50)).toBe(alive);
  });
});
