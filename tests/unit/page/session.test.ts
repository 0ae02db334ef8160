// PageSession: what it reports when a scan request fails.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildBlockIndex, findInBlocks } from '../../../lib/detect/blocks';
import { buildRefIndex } from '../../../lib/detect/links';
import type { PaperCount } from '../../../lib/messages/contract';
import { PageSession } from '../../../lib/page/session';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { ENTRIES } from '../detect/helpers';

const ix = buildBlockIndex(ENTRIES, buildRefIndex([]));

beforeAll(() => {
  // happy-dom has no CSS Custom Highlight API nor StaticRange (see scanner.test.ts).
  vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
  vi.stubGlobal('CSS', { highlights: new Map() });
  vi.stubGlobal(
    'StaticRange',
    class {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    },
  );
});

afterAll(() => {
  vi.unstubAllGlobals();
});

describe('PageSession', () => {
  it('reports the papers shown even when one of the scan requests failed', async () => {
    // Two requests (5,000 blocks at most each): the first shows a title, the second fails.
    const filler = Array.from({ length: 5_500 }, (_, i) => `<p>Paragraph ${i} says nothing at all.</p>`);
    document.body.innerHTML = `<p>Efficient Transformers: A Survey</p>${filler.join('')}`;
    const reports: PaperCount[][] = [];
    let calls = 0;
    const abort = new AbortController();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const session = new PageSession(
      {
        doc: document,
        signal: abort.signal,
        scanTexts: async (texts, kinds) => {
          if (++calls === 2) throw new Error('worker stopped');
          return findInBlocks(ix, texts, kinds);
        },
        resolveLinks: async (hrefs) => hrefs.map(() => null),
        report: (papers) => reports.push(papers),
        onExtensionGone: () => undefined,
      },
      { settings: DEFAULT_SETTINGS, mode: 'on', saved: [], dismissed: [] },
    );
    try {
      session.start();
      await session.idle();
      expect(calls).toBe(2);
      expect(warn).toHaveBeenCalledWith('PaperLens: scanning failed', expect.any(Error));
      expect(reports.at(-1)).toEqual([{ paperId: 'effi', count: 1 }]);
    } finally {
      abort.abort();
      warn.mockRestore();
    }
  });
});
