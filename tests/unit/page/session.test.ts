// PageSession: what it reports, and when (after its first scan; after a failed request).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildBlockIndex, findInBlocks } from '../../../lib/detect/blocks';
import { buildRefIndex } from '../../../lib/detect/links';
import type { PaperCount } from '../../../lib/messages/contract';
import { PageSession, type SessionDeps } from '../../../lib/page/session';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { ENTRIES } from '../detect/helpers';
import { stubHighlightApi } from './highlight-stubs';

const ix = buildBlockIndex(ENTRIES, buildRefIndex([]));

beforeAll(stubHighlightApi);

afterAll(() => {
  vi.unstubAllGlobals();
});

/** A session on `html` whose background finds papers with the test index (or `scanTexts`), and
 * the reports it makes. */
function openSession(
  html: string,
  scanTexts: SessionDeps['scanTexts'] = async (texts, kinds) => findInBlocks(ix, texts, kinds),
) {
  document.body.innerHTML = html;
  const reports: PaperCount[][] = [];
  const abort = new AbortController();
  const session = new PageSession(
    {
      doc: document,
      signal: abort.signal,
      scanTexts,
      resolveLinks: async (hrefs) => hrefs.map(() => null),
      report: (papers) => reports.push(papers),
      onExtensionGone: () => undefined,
    },
    { settings: DEFAULT_SETTINGS, mode: 'on', saved: [], dismissed: [] },
  );
  return { session, reports, abort };
}

describe('PageSession', () => {
  it('reports what is shown after a failed request, and asks once more for what it lost', async () => {
    // Two requests (5,000 blocks at most each): the first shows a title; the second fails once.
    const filler = Array.from({ length: 5_500 }, (_, i) => `<p>Paragraph ${i} says nothing at all.</p>`);
    let calls = 0;
    const { session, reports, abort } = openSession(
      `<p>Efficient Transformers: A Survey</p>${filler.join('')}<p>ST-MoE, again.</p>`,
      async (texts, kinds) => {
        if (++calls === 2) throw new Error('worker stopped');
        return findInBlocks(ix, texts, kinds);
      },
    );
    try {
      session.start();
      await session.idle();
      // The failed scan reported what it showed before its second pass was queued.
      expect(reports.at(-1)).toEqual([{ paperId: 'effi', count: 1 }]);
      await session.idle();
      expect(calls).toBe(4);
      expect(reports.at(-1)).toEqual([
        { paperId: 'effi', count: 1 },
        { paperId: 'st-moe', count: 1 },
      ]);
    } finally {
      abort.abort();
    }
  });

  it('reports once, after its first scan (the tab was cleared as the page began loading), and again when that changes', async () => {
    const run = async (html: string) => {
      const { session, reports, abort } = openSession(html);
      expect(reports).toEqual([]);
      session.start();
      await session.idle();
      // Saved state changing restyles; the papers found are the same, so nothing is sent.
      session.applyState({ saved: ['effi'], dismissed: [] });
      abort.abort();
      return reports;
    };
    expect(await run('<p>Efficient Transformers: A Survey</p>')).toEqual([[{ paperId: 'effi', count: 1 }]]);
    // A page without papers reports that too, once: the popup and the tests learn the page was read.
    expect(await run('<p>Nothing here.</p>')).toEqual([[]]);
  });

  it('reports again when the page comes back from the back/forward cache (the tab was cleared as it loaded)', async () => {
    const { session, reports, abort } = openSession('<p>Efficient Transformers: A Survey</p>');
    const pageshow = (persisted: boolean) => window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted }));
    try {
      session.start();
      await session.idle();
      pageshow(false);
      expect(reports).toEqual([[{ paperId: 'effi', count: 1 }]]);
      pageshow(true);
      expect(reports).toEqual([[{ paperId: 'effi', count: 1 }], [{ paperId: 'effi', count: 1 }]]);
    } finally {
      abort.abort();
    }
    // A stopped session says nothing.
    pageshow(true);
    expect(reports).toHaveLength(2);
  });

  it('sets up what waits for marks only once a mark is drawn, and never after its signal aborts', async () => {
    const empty = openSession('<p>Nothing here names a paper.</p>');
    const onEmpty = vi.fn();
    try {
      empty.session.whenMarked(onEmpty, empty.abort.signal);
      empty.session.start();
      await empty.session.idle();
      await Promise.resolve();
      expect(onEmpty).not.toHaveBeenCalled();
    } finally {
      empty.abort.abort();
    }

    const { session, abort } = openSession('<p>Efficient Transformers: A Survey</p>');
    const first = vi.fn();
    const dropped = new AbortController();
    const cancelled = vi.fn();
    try {
      session.whenMarked(first, abort.signal);
      session.whenMarked(cancelled, dropped.signal);
      dropped.abort();
      session.start();
      await session.idle();
      await Promise.resolve();
      expect(first).toHaveBeenCalledTimes(1);
      expect(cancelled).not.toHaveBeenCalled();
      // Marks already drawn: soon, once.
      const later = vi.fn();
      session.whenMarked(later, abort.signal);
      expect(later).not.toHaveBeenCalled();
      await Promise.resolve();
      expect(later).toHaveBeenCalledTimes(1);
      expect(first).toHaveBeenCalledTimes(1);
      // `next`: the next answer's marks, not the ones already drawn (a page rendering again).
      const next = vi.fn();
      session.whenMarked(next, abort.signal, { next: true });
      await Promise.resolve();
      expect(next).not.toHaveBeenCalled();
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'ST-MoE, again.' }));
      await vi.waitFor(() => expect(next).toHaveBeenCalledTimes(1));
    } finally {
      abort.abort();
    }
  });
});
