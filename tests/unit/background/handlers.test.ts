import catalog from 'virtual:paperlens-catalog';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DetectorService } from '../../../lib/background/detector';
import { createHandlers } from '../../../lib/background/handlers';
import { syncCatalog } from '../../../lib/db/catalog-sync';
import { openDatabase, type PaperLensDB } from '../../../lib/db/database';

let db: PaperLensDB;
let handlers: ReturnType<typeof createHandlers>;
const broadcast = vi.fn();
const tabs = { set: vi.fn(async () => undefined), get: vi.fn(async () => []) };
const fromPopup = {};
const fromTab = { tabId: 4, url: 'https://example.org/post' };

beforeEach(async () => {
  db = openDatabase(`handlers-${crypto.randomUUID()}`);
  const ready = syncCatalog(db, catalog).then(() => catalog);
  await ready;
  const detector = new DetectorService(catalog);
  handlers = createHandlers({ db, ready, detector: async () => detector, tabs, broadcastChange: broadcast });
  broadcast.mockClear();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('background handlers', () => {
  it('"Save all" saves every paper or none', async () => {
    const list = await handlers['lists/create']({ name: 'Blog' }, fromPopup);
    const ids = ['arxiv:2306.13643', 'arxiv:1911.11763'];
    await expect(
      handlers['entries/save-many']({ paperIds: [...ids, 'arxiv:0000.00000'], listId: list.id }, fromPopup),
    ).rejects.toThrow('lists: no paper with id arxiv:0000.00000');
    expect(await db.entries.count()).toBe(0);
    expect(await handlers['entries/save-many']({ paperIds: ids, listId: list.id }, fromPopup)).toBe(2);
    expect(await db.entries.count()).toBe(2);
    expect(broadcast).toHaveBeenCalledTimes(1);
  });

  it('restores a removed entry as it was, refuses a malformed one, and keeps a newer save', async () => {
    const list = await handlers['lists/create']({ name: 'Blog' }, fromPopup);
    const saved = await handlers['entries/save']({ paperId: 'arxiv:2306.13643', listId: list.id }, fromPopup);
    const noted = await handlers['entries/update']({ entryId: saved.id, status: 'read', note: 'fast' }, fromPopup);
    await handlers['entries/remove']({ entryId: saved.id }, fromPopup);
    expect(await db.entries.count()).toBe(0);
    await expect(
      handlers['entries/restore']({ entry: { ...noted, status: 'done' } as unknown as typeof noted }, fromPopup),
    ).rejects.toThrow('lists: cannot restore the entry: status: expected one of to-read, reading, read, got "done"');
    expect(await handlers['entries/restore']({ entry: noted }, fromPopup)).toEqual(noted);
    expect(await db.entries.get(saved.id)).toEqual(noted);
    // Saved again before Undo: the newer entry stays.
    await handlers['entries/remove']({ entryId: saved.id }, fromPopup);
    const again = await handlers['entries/save']({ paperId: 'arxiv:2306.13643', listId: list.id }, fromPopup);
    expect(await handlers['entries/restore']({ entry: noted }, fromPopup)).toEqual(again);
    await handlers['lists/delete']({ listId: list.id }, fromPopup);
    await expect(handlers['entries/restore']({ entry: noted }, fromPopup)).rejects.toThrow(
      'lists: the list of this paper was deleted',
    );
  });

  it('gives a content script its page state, and confirms what its prefilter proposes', async () => {
    await handlers['entries/save']({ paperId: 'arxiv:2306.13643' }, fromPopup);
    await handlers['dismissals/add']({ site: 'https://example.org/x', paperId: 'arxiv:1911.11763' }, fromPopup);
    const setup = await handlers['detector/setup']({ url: 'https://example.org/post' }, fromTab);
    expect(setup).toMatchObject({ mode: 'on', saved: ['arxiv:2306.13643'], dismissed: ['arxiv:1911.11763'] });
    const [hit] = await handlers['detector/confirm'](
      { probes: [{ kind: 'short', probe: 'lightglue', original: 'LightGlue' }] },
      fromTab,
    );
    expect(hit).toMatchObject({ paperId: 'arxiv:2306.13643', kind: 'short' });
    expect(await handlers['detector/refs']({ refs: [{ kind: 'arxiv', id: '2306.13643v2' }] }, fromTab)).toEqual([
      'arxiv:2306.13643',
    ]);
  });

  it('accepts page reports only from content scripts', async () => {
    await expect(handlers['page/report']({ url: 'x', papers: [] }, fromPopup)).rejects.toThrow(
      'page: only a content script can report a page',
    );
    await handlers['page/report']({ url: fromTab.url, papers: [{ paperId: 'arxiv:2306.13643', count: 2 }] }, fromTab);
    expect(tabs.set).toHaveBeenCalledWith(4, fromTab.url, [{ paperId: 'arxiv:2306.13643', count: 2 }]);
  });

  it('pauses a site and resets user data without touching the catalog', async () => {
    const paused = await handlers['sites/set-mode']({ url: 'https://news.example.com/a', mode: 'off' }, fromPopup);
    expect(paused.mode).toBe('off');
    expect((await handlers['detector/state']({ url: 'https://news.example.com/b' }, fromTab)).mode).toBe('off');
    await handlers['entries/save']({ paperId: 'arxiv:2306.13643' }, fromPopup);
    await handlers['data/reset']({}, fromPopup);
    expect(await db.entries.count()).toBe(0);
    expect((await handlers['settings/get']({}, fromPopup)).siteRules).toEqual([]);
    expect(await db.papers.count()).toBe(112);
  });
});
