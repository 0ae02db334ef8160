import catalog from 'virtual:paperlens-catalog';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DetectorService } from '../../../lib/background/detector';
import { createHandlers } from '../../../lib/background/handlers';
import { snapshotOf, syncCatalog } from '../../../lib/db/catalog-sync';
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
    broadcast.mockClear();
    const ids = ['arxiv:2306.13643', 'arxiv:1911.11763'];
    await expect(
      handlers['entries/save-many']({ paperIds: [...ids, 'arxiv:0000.00000'], listId: list.id }, fromPopup),
    ).rejects.toThrow('lists: no paper with id arxiv:0000.00000');
    expect(await db.entries.count()).toBe(0);
    const entry = (paperId: string) => `${list.id}|${paperId}`;
    expect(await handlers['entries/save-many']({ paperIds: ids, listId: list.id }, fromPopup)).toEqual(ids.map(entry));
    expect(await db.entries.count()).toBe(2);
    expect(broadcast).toHaveBeenCalledTimes(1);
    // Again, with one new paper: only that one is new.
    const more = [...ids, 'arxiv:1905.00537'];
    const added = await handlers['entries/save-many']({ paperIds: more, listId: list.id }, fromPopup);
    expect(added).toEqual([entry('arxiv:1905.00537')]);
    expect(await handlers['entries/save-many']({ paperIds: more, listId: list.id }, fromPopup)).toEqual([]);
    expect(await db.entries.count()).toBe(3);
    // Its Undo takes out what it added, and no other entry.
    await handlers['entries/remove-many']({ entryIds: added }, fromPopup);
    expect((await db.entries.toArray()).map((e) => e.paperId).sort()).toEqual([...ids].sort());
    expect(broadcast).toHaveBeenCalledTimes(4);
  });

  it('restores a removed entry as it was, refuses a malformed one, and merges into a newer save', async () => {
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
    // Saved again before Undo: the newer entry keeps its place and takes the removed status and note.
    await handlers['entries/remove']({ entryId: saved.id }, fromPopup);
    const again = await handlers['entries/save']({ paperId: 'arxiv:2306.13643', listId: list.id }, fromPopup);
    expect(await handlers['entries/restore']({ entry: noted }, fromPopup)).toEqual({
      ...again,
      status: 'read',
      note: 'fast',
      addedAt: Math.min(again.addedAt, noted.addedAt),
    });
    await handlers['lists/delete']({ listId: list.id }, fromPopup);
    await expect(handlers['entries/restore']({ entry: noted }, fromPopup)).rejects.toThrow(
      'lists: the list it came from no longer exists, so it cannot go back',
    );
  });

  it('undoes a move, checking the entries it is given', async () => {
    const from = await handlers['lists/create']({ name: 'From' }, fromPopup);
    const to = await handlers['lists/create']({ name: 'To' }, fromPopup);
    const saved = await handlers['entries/save']({ paperId: 'arxiv:2306.13643', listId: from.id }, fromPopup);
    await handlers['entries/move']({ entryId: saved.id, toListId: to.id }, fromPopup);
    await expect(
      handlers['entries/unmove']({ entry: saved, toListId: to.id, before: { id: 5 } as unknown as null }, fromPopup),
    ).rejects.toThrow('lists: cannot restore the entry: id:');
    expect(await handlers['entries/unmove']({ entry: saved, toListId: to.id, before: null }, fromPopup)).toEqual(saved);
    expect((await db.entries.toArray()).map((e) => e.listId)).toEqual([from.id]);
  });

  it('undoes a delete of a list, checking the list and entries it is given', async () => {
    const list = await handlers['lists/create']({ name: 'Gone' }, fromPopup);
    const saved = await handlers['entries/save']({ paperId: 'arxiv:2306.13643', listId: list.id }, fromPopup);
    await handlers['lists/delete']({ listId: list.id }, fromPopup);
    await expect(
      handlers['lists/restore']({ list: { ...list, name: 5 } as unknown as typeof list, entries: [saved] }, fromPopup),
    ).rejects.toThrow('lists: cannot restore the list: name:');
    await expect(handlers['lists/restore']({ list, entries: 'all' as unknown as [] }, fromPopup)).rejects.toThrow(
      'lists: cannot restore the list: entries: expected an array',
    );
    expect(await handlers['lists/restore']({ list, entries: [saved] }, fromPopup)).toEqual(list);
    expect(await db.entries.toArray()).toEqual([saved]);
  });

  it('hides a paper on every local file at once, and refuses a page that has no site', async () => {
    const local = 'file:///home/dana/papers/index.html';
    const dismissal = await handlers['dismissals/add']({ url: local, paperId: 'arxiv:2306.13643' }, fromPopup);
    expect(dismissal).toMatchObject({ id: 'local files|arxiv:2306.13643', site: 'local files' });
    const other = await handlers['detector/state']({ url: 'file:///tmp/other.html' }, fromTab);
    expect(other.dismissed).toEqual(['arxiv:2306.13643']);
    // Web sites keep their own hidden papers.
    expect((await handlers['detector/state']({ url: 'https://example.org/' }, fromTab)).dismissed).toEqual([]);
    await expect(
      handlers['dismissals/add']({ url: 'about:blank', paperId: 'arxiv:2306.13643' }, fromPopup),
    ).rejects.toThrow('dismissals: "about:blank" has no site to hide a paper on');
  });

  it('hides a paper on a site whichever way its address writes the host, root dot or not', async () => {
    const dotted = await handlers['dismissals/add'](
      { url: 'https://example.org./post', paperId: 'arxiv:2306.13643' },
      fromPopup,
    );
    expect(dotted).toMatchObject({ id: 'example.org|arxiv:2306.13643', site: 'example.org' });
    await handlers['dismissals/add']({ url: 'https://example.org/post', paperId: 'arxiv:1911.11763' }, fromPopup);
    for (const url of ['https://example.org/', 'https://example.org./other'])
      expect((await handlers['detector/state']({ url }, fromTab)).dismissed.sort()).toEqual([
        'arxiv:1911.11763',
        'arxiv:2306.13643',
      ]);
  });

  it('gives a content script its page state, and finds papers in the text it sends', async () => {
    await handlers['entries/save']({ paperId: 'arxiv:2306.13643' }, fromPopup);
    await handlers['dismissals/add']({ url: 'https://example.org/x', paperId: 'arxiv:1911.11763' }, fromPopup);
    // Saved twice, and an entry for a paper the catalog no longer has (from an import): each
    // catalog paper is named once, and only those.
    const other = await handlers['lists/create']({ name: 'Other' }, fromPopup);
    await handlers['entries/save']({ paperId: 'arxiv:2306.13643', listId: other.id }, fromPopup);
    await db.entries.put({
      id: `${other.id}|arxiv:0000.00001`,
      listId: other.id,
      paperId: 'arxiv:0000.00001',
      status: 'to-read',
      note: '',
      addedAt: 1,
      order: 9,
    });
    const setup = await handlers['detector/state']({ url: 'https://example.org/post' }, fromTab);
    expect(setup).toMatchObject({ mode: 'on', saved: ['arxiv:2306.13643'], dismissed: ['arxiv:1911.11763'] });
    const all = { titles: true, shortNames: true, links: true };
    const found = await handlers['detector/scan'](
      { texts: ['Nothing here.', 'We swap in LightGlue (see arXiv:1911.11763).'], kinds: all },
      fromTab,
    );
    expect(found).toEqual([
      {
        block: 1,
        mentions: [
          expect.objectContaining({ paperId: 'arxiv:2306.13643', kind: 'short', start: 11, end: 20 }),
          { paperId: 'arxiv:1911.11763', kind: 'title', start: 26, end: 42 },
        ],
      },
    ]);
    // The background knows each paper's first author: a citation of them names a weak name's paper.
    const [cited] = await handlers['detector/scan'](
      { texts: ['WARP by Hambardzumyan et al. (2021) reprograms inputs.'], kinds: all },
      fromTab,
    );
    expect(cited?.mentions[0]).toEqual(expect.objectContaining({ shortName: 'WARP', evidence: 'named' }));
    const namesOff = { titles: false, shortNames: false, links: true };
    expect(await handlers['detector/scan']({ texts: ['LightGlue'], kinds: namesOff }, fromTab)).toEqual([]);
    const hrefs = ['https://arxiv.org/abs/2306.13643v2', '/papers/2306.13643', 'https://example.org/a', '::', ''];
    expect(await handlers['detector/links']({ hrefs, base: 'https://huggingface.co/blog/x' }, fromTab)).toEqual([
      'arxiv:2306.13643',
      'arxiv:2306.13643',
      null,
      null,
      null,
    ]);
    // On the paper's own page its links to itself are the site's navigation, not mentions.
    const ownPage = { tabId: 4, url: 'https://arxiv.org/abs/2306.13643v2' };
    const own = [
      '/pdf/2306.13643',
      'https://arxiv.org/abs/2306.13643v1',
      '#comments',
      'https://arxiv.org/abs/1911.11763',
    ];
    expect(await handlers['detector/links']({ hrefs: own, base: ownPage.url }, ownPage)).toEqual([
      null,
      null,
      null,
      'arxiv:1911.11763',
    ]);
    // The page's own word for its address wins over the sender's (which may lag an SPA).
    const movedOn = { hrefs: own, base: ownPage.url, page: 'https://arxiv.org/list/cs.CV/new' };
    expect(await handlers['detector/links'](movedOn, ownPage)).toEqual([
      'arxiv:2306.13643',
      'arxiv:2306.13643',
      'arxiv:2306.13643',
      'arxiv:1911.11763',
    ]);
    await expect(handlers['detector/links']({ ...movedOn, page: 7 } as never, fromTab)).rejects.toThrow(
      'detector: the page address must be a string',
    );
    // Its id written in its own text (arXiv's margin label) is a label too; its title is a mention.
    const label = 'arXiv:2306.13643v2 [cs.CV] LightGlue: Local Feature Matching at Light Speed, cf. arXiv:1911.11763';
    const kinds = { titles: true, shortNames: true, links: true };
    const marked = async (from: typeof ownPage) =>
      (await handlers['detector/scan']({ texts: [label], kinds }, from))[0]?.mentions.map((m) =>
        label.slice(m.start, m.end),
      );
    expect(await marked(ownPage)).toEqual(['LightGlue: Local Feature Matching at Light Speed', 'arXiv:1911.11763']);
    expect(await marked({ ...ownPage, url: 'https://example.org/blog' })).toEqual([
      'arXiv:2306.13643v2',
      'LightGlue: Local Feature Matching at Light Speed',
      'arXiv:1911.11763',
    ]);
    await expect(handlers['detector/links']({ hrefs: [7], base: 'x' } as never, fromTab)).rejects.toThrow(
      'detector: hrefs must be strings',
    );
    await expect(handlers['detector/links']({ hrefs: 'x', base: 'x' } as never, fromTab)).rejects.toThrow(
      'detector: expected at most 20000 hrefs and a base URL',
    );
  });

  it('refuses scan requests that are malformed or over the limits, naming the problem', async () => {
    const all = { titles: true, shortNames: true, links: true };
    const scan = (texts: unknown, kinds: unknown = all) =>
      handlers['detector/scan']({ texts, kinds } as never, fromTab);
    await expect(scan('LightGlue')).rejects.toThrow('detector: texts must be an array of block texts');
    await expect(scan(['a', 7])).rejects.toThrow('detector: block 1 is not a string');
    await expect(scan(['x'.repeat(8_000_000), 'x'.repeat(8_000_001)])).rejects.toThrow(
      'detector: 16000001 characters in one request, at most 16000000',
    );
    await expect(scan(Array.from({ length: 5_001 }, () => 'x'))).rejects.toThrow(
      'detector: 5001 blocks in one request, at most 5000',
    );
    await expect(scan(['x'], { titles: true })).rejects.toThrow(
      'detector: kinds must say true or false for titles, shortNames and links',
    );
    expect(await scan([])).toEqual([]);
  });

  it('accepts page reports only from content scripts', async () => {
    await expect(handlers['page/report']({ url: 'x', papers: [] }, fromPopup)).rejects.toThrow(
      'page: only a content script can report a page',
    );
    await handlers['page/report']({ url: fromTab.url, papers: [{ paperId: 'arxiv:2306.13643', count: 2 }] }, fromTab);
    expect(tabs.set).toHaveBeenCalledWith(4, fromTab.url, [{ paperId: 'arxiv:2306.13643', count: 2 }], {});
  });

  it.each([
    [{ url: 7, papers: [] }, 'page: a report needs the page address'],
    [{ url: 'x', papers: 'all' }, 'page: a report lists at most 10000 papers'],
    [{ url: 'x', papers: Array(10_001).fill({ paperId: 'a', count: 1 }) }, 'page: a report lists at most 10000 papers'],
    [
      {
        url: 'x',
        papers: [
          { paperId: 'a', count: 1 },
          { paperId: 3, count: 1 },
        ],
      },
      'page: report entry 1 has no paper id',
    ],
    [{ url: 'x', papers: [{ paperId: '', count: 1 }] }, 'page: report entry 0 has no paper id'],
    [{ url: 'x', papers: [{ paperId: 'a', count: 0 }] }, 'page: report entry 0 (a) has no count of mentions'],
    [{ url: 'x', papers: [null] }, 'page: report entry 0 has no paper id'],
  ])('refuses a malformed page report: %j', async (payload, message) => {
    tabs.set.mockClear();
    await expect(handlers['page/report'](payload as never, fromTab)).rejects.toThrow(message);
    expect(tabs.set).not.toHaveBeenCalled();
  });

  it('settings/update writes only the fields it is given, over what is stored now', async () => {
    const stale = await handlers['settings/get']({}, fromPopup);
    // The popup pauses a site while the options page still shows `stale`.
    await handlers['sites/set-mode']({ url: 'http://127.0.0.1:8000/blog.html', mode: 'off' }, fromPopup);
    broadcast.mockClear();
    const next = await handlers['settings/update']({ changes: { theme: 'dark' } }, fromPopup);
    expect(next).toEqual({ ...stale, theme: 'dark', siteRules: [{ pattern: '127.0.0.1', mode: 'off' }] });
    expect(await handlers['settings/get']({}, fromPopup)).toEqual(next);
    expect(broadcast).toHaveBeenCalledTimes(1);
    const ruled = await handlers['settings/update'](
      { changes: { siteRule: { op: 'add', pattern: 'example.org', mode: 'quiet' } } },
      fromPopup,
    );
    expect(ruled.siteRules.map((r) => r.pattern)).toEqual(['example.org', '127.0.0.1']);
    expect(ruled.theme).toBe('dark');
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

describe('an iframe follows the sites around it', () => {
  // The tab shows a newsletter; a frame of social.example embeds a frame of video.example.
  const fromFrame = { tabId: 4, frameId: 7, url: 'https://news.example.com/issue' };
  const state = (ancestors?: unknown) =>
    handlers['detector/state'](
      { url: 'https://video.example/embed', ...(ancestors !== undefined && { ancestors: ancestors as string[] }) },
      fromFrame,
    );

  it('takes the strictest mode of its own site, the tab page and the frames between', async () => {
    expect((await state()).mode).toBe('on');
    await handlers['sites/set-mode']({ url: 'https://social.example/post', mode: 'quiet' }, fromPopup);
    expect((await state()).mode).toBe('on');
    expect((await state(['https://social.example', 'https://news.example.com'])).mode).toBe('quiet');
    await handlers['sites/set-mode']({ url: 'https://news.example.com/', mode: 'off' }, fromPopup);
    expect((await state(['https://social.example', 'https://news.example.com'])).mode).toBe('off');
    // The tab's page itself asks without ancestors; its own site decides.
    expect((await handlers['detector/state']({ url: 'https://social.example/post' }, fromTab)).mode).toBe('quiet');
  });

  it('keeps hidden the papers hidden on any of those sites, and its page is the tab', async () => {
    await handlers['dismissals/add']({ url: 'https://social.example/post', paperId: 'arxiv:2306.13643' }, fromPopup);
    expect((await state()).dismissed).toEqual([]);
    const setup = await state(['https://social.example', 'https://news.example.com']);
    expect(setup.dismissed).toEqual(['arxiv:2306.13643']);
    expect(setup.pageUrl).toBe('https://news.example.com/issue');
  });

  it('leaves out what is not an origin, and a tab page asking with ancestors is its own page', async () => {
    await handlers['sites/set-mode']({ url: 'https://social.example/post', mode: 'off' }, fromPopup);
    expect((await state('https://social.example')).mode).toBe('on');
    expect((await state([42, 'social.example', 'https://social.example/path', 'null'])).mode).toBe('on');
    const top = await handlers['detector/state'](
      { url: 'https://example.org/post', ancestors: ['https://social.example'] },
      fromTab,
    );
    expect(top.mode).toBe('on');
  });
});

describe('paper details', () => {
  it('lists where the paper is saved in the order of the lists, not of their ids', async () => {
    // Ids sort the other way round from the lists' order: the paperId index returns entries by id.
    await db.lists.bulkPut([
      { id: 'c', name: 'Zeta', createdAt: 1, order: 0 },
      { id: 'b', name: 'Alpha', createdAt: 2, order: 1 },
      { id: 'a', name: 'Mid', createdAt: 3, order: 2 },
    ]);
    for (const listId of ['a', 'b', 'c'])
      await handlers['entries/save']({ paperId: 'arxiv:2306.13643', listId }, fromPopup);
    const details = await handlers['paper/details']({ paperId: 'arxiv:2306.13643' }, fromPopup);
    expect(details.entries.map((e) => e.listId)).toEqual(['c', 'b', 'a']);
  });
});

describe('every write tells open pages and tabs', () => {
  // A popover or the options page shows lists, entries and settings: each write must announce
  // itself, or what they show goes stale ("Saved in Reading list" after a rename).
  it.each([
    ['lists/create', async (): Promise<unknown> => handlers['lists/create']({ name: 'New' }, fromPopup)],
    [
      'lists/rename',
      async (list: string): Promise<unknown> => handlers['lists/rename']({ listId: list, name: 'Renamed' }, fromPopup),
    ],
    ['lists/delete', async (list: string): Promise<unknown> => handlers['lists/delete']({ listId: list }, fromPopup)],
    [
      'entries/save',
      async (list: string): Promise<unknown> =>
        handlers['entries/save']({ paperId: 'arxiv:1905.00537', listId: list }, fromPopup),
    ],
    [
      'entries/save-many',
      async (list: string): Promise<unknown> =>
        handlers['entries/save-many']({ paperIds: ['arxiv:1905.00537'], listId: list }, fromPopup),
    ],
    [
      'entries/update',
      async (_: string, entry: string): Promise<unknown> =>
        handlers['entries/update']({ entryId: entry, note: 'n' }, fromPopup),
    ],
    [
      'entries/remove',
      async (_: string, entry: string): Promise<unknown> => handlers['entries/remove']({ entryId: entry }, fromPopup),
    ],
    [
      'lists/reorder',
      async (list: string): Promise<unknown> => handlers['lists/reorder']({ listIds: [list] }, fromPopup),
    ],
    [
      'entries/reorder',
      async (list: string, entry: string): Promise<unknown> =>
        handlers['entries/reorder']({ listId: list, entryIds: [entry] }, fromPopup),
    ],
    [
      'settings/update',
      async (): Promise<unknown> => handlers['settings/update']({ changes: { theme: 'dark' } }, fromPopup),
    ],
    [
      'dismissals/add',
      async (): Promise<unknown> =>
        handlers['dismissals/add']({ url: 'https://example.org/', paperId: 'arxiv:1905.00537' }, fromPopup),
    ],
  ])('%s', async (_name, write) => {
    const list = await handlers['lists/create']({ name: 'Blog' }, fromPopup);
    const entry = await handlers['entries/save']({ paperId: 'arxiv:2306.13643', listId: list.id }, fromPopup);
    broadcast.mockClear();
    await write(list.id, entry.id);
    expect(broadcast).toHaveBeenCalledTimes(1);
  });
});

describe('settings writes are checked', () => {
  it.each([
    [{ theme: 'purple' }, 'settings: change theme: expected auto, light or dark, got "purple"'],
    [{ hoverDelay: '500' }, 'settings: change hoverDelay: expected a number of milliseconds, got "500"'],
    [{ hoverDelay: 5000 }, 'settings: change hoverDelay: expected at most 2000 ms, got 5000'],
    [{ detect: { titles: 'no' } }, 'settings: change detect.titles: expected true or false, got "no"'],
    [{ siteRules: [] }, 'settings: change siteRules: expected detect, hoverDelay, theme or siteRule, got "siteRules"'],
    [
      { siteRule: { op: 'add', pattern: 'example.org', mode: 'bogus' } },
      'settings: change siteRule.mode: expected one of on, quiet, off, got "bogus"',
    ],
    [
      { siteRule: { op: 'add', pattern: 'not a site!', mode: 'off' } },
      'settings: change siteRule.pattern: expected a site such as example.org',
    ],
    [
      { siteRule: { op: 'delete', pattern: 'example.org' } },
      'settings: change siteRule.op: expected op add, set or remove',
    ],
    [undefined, 'settings: change: expected detect, hoverDelay, theme or siteRule, got undefined'],
  ])('settings/update refuses %j and changes nothing', async (changes, message) => {
    await handlers['settings/update'](
      { changes: { theme: 'dark', siteRule: { op: 'add', pattern: 'example.org', mode: 'off' } } },
      fromPopup,
    );
    const before = await handlers['settings/get']({}, fromPopup);
    broadcast.mockClear();
    await expect(handlers['settings/update']({ changes } as never, fromPopup)).rejects.toThrow(message);
    expect(await handlers['settings/get']({}, fromPopup)).toEqual(before);
    expect(broadcast).not.toHaveBeenCalled();
  });

  it('settings/set takes a whole valid record only', async () => {
    const current = await handlers['settings/get']({}, fromPopup);
    await expect(
      handlers['settings/set']({ settings: { ...current, theme: 'neon' } } as never, fromPopup),
    ).rejects.toThrow('settings: record theme: expected auto, light or dark, got "neon"');
    expect((await handlers['settings/set']({ settings: { ...current, theme: 'dark' } }, fromPopup)).theme).toBe('dark');
  });
});

describe('entry updates from a tab are checked', () => {
  // A content script may send entries/update (the popover's status and note): whatever else its
  // payload carries must not reach the stored entry, which exports and the popup trust.
  it.each([
    [{ status: 'done' }, 'lists: an entry\'s status must be one of to-read, reading, read, got "done"'],
    [{ note: 42 }, 'lists: a note must be text, got number'],
    [
      { snapshot: { title: 'x', links: { arxiv: 'javascript:alert(1)' } } },
      'lists: an entry update can change its status and note only, got "snapshot"',
    ],
    [{ listId: 'elsewhere' }, 'lists: an entry update can change its status and note only, got "listId"'],
    [{ id: 'elsewhere|arxiv:2306.13643' }, 'lists: an entry update can change its status and note only, got "id"'],
  ])('refuses %j and changes nothing', async (changes, message) => {
    const list = await handlers['lists/create']({ name: 'Blog' }, fromPopup);
    const saved = await handlers['entries/save']({ paperId: 'arxiv:2306.13643', listId: list.id }, fromTab);
    await expect(handlers['entries/update']({ entryId: saved.id, ...changes } as never, fromTab)).rejects.toThrow(
      message,
    );
    expect(await db.entries.toArray()).toEqual([saved]);
    // What is stored can always be exported and imported again.
    const backup = await handlers['backup/export']({}, fromPopup);
    await expect(handlers['backup/import']({ json: backup }, fromPopup)).resolves.toBeDefined();
  });
});

describe('an import with papers the catalog does not have', () => {
  it('keeps their entries and counts them in its summary', async () => {
    const file = JSON.parse(await handlers['backup/export']({}, fromPopup));
    file.lists.push({ id: 'l-other', name: 'From a larger catalog', createdAt: 1, order: 9 });
    const entry = { listId: 'l-other', status: 'to-read', note: '', addedAt: 1 };
    file.entries.push(
      { ...entry, id: 'l-other|arxiv:1905.00537', paperId: 'arxiv:1905.00537', order: 0 },
      { ...entry, id: 'l-other|arxiv:2401.99999', paperId: 'arxiv:2401.99999', order: 1 },
    );
    const summary = await handlers['backup/import']({ json: JSON.stringify(file) }, fromPopup);
    expect(summary).toMatchObject({ entriesAdded: 2, unknownPapers: 1 });
    expect((await db.entries.toArray()).map((e) => e.paperId).sort()).toEqual(['arxiv:1905.00537', 'arxiv:2401.99999']);
  });
});

describe('an import refused for its sizes', () => {
  it('names the field and record, and leaves every stored record as it was', async () => {
    const list = await handlers['lists/create']({ name: 'Blog' }, fromPopup);
    const saved = await handlers['entries/save']({ paperId: 'arxiv:2306.13643', listId: list.id }, fromPopup);
    await handlers['entries/update']({ entryId: saved.id, status: 'reading', note: 'mine' }, fromPopup);
    await handlers['dismissals/add']({ url: 'https://example.org/', paperId: 'arxiv:1911.11763' }, fromPopup);
    await handlers['sites/set-mode']({ url: 'https://news.example.com/', mode: 'off' }, fromPopup);
    const stored = async () => ({ ...JSON.parse(await handlers['backup/export']({}, fromPopup)), exportedAt: '' });
    const before = await handlers['backup/export']({}, fromPopup);
    const storedBefore = await stored();
    // A valid file with a new list and entry, whose second entry's snapshot is two million characters.
    const file = JSON.parse(before);
    file.lists.push({ id: 'l-new', name: 'New', createdAt: 1, order: 5 });
    const entry = { listId: 'l-new', status: 'to-read', note: '', addedAt: 1 };
    file.entries.push(
      { ...entry, id: 'l-new|arxiv:1905.00537', paperId: 'arxiv:1905.00537', order: 0 },
      {
        ...entry,
        id: 'l-new|arxiv:9999.00001',
        paperId: 'arxiv:9999.00001',
        order: 1,
        snapshot: { title: 'T'.repeat(2_000_000), links: {} },
      },
    );
    file.settings.theme = 'dark';
    await expect(handlers['backup/import']({ json: JSON.stringify(file) }, fromPopup)).rejects.toThrow(
      'import: entries[2].snapshot.title (paper "arxiv:9999.00001" in the list "New"): expected a title of at most 2000 characters, got 2000000',
    );
    expect(await stored()).toEqual(storedBefore);
    expect(storedBefore.entries).toHaveLength(1);
  });

  it('snapshots a paper that leaves the catalog within the limits, so its backup imports again', () => {
    const [paper] = catalog.papers;
    if (!paper) throw new Error('test: no paper in the catalog');
    const snapshot = snapshotOf({
      ...paper,
      title: 'T'.repeat(3000),
      authors: Array.from({ length: 6000 }, (_, i) => `${'N'.repeat(300)} ${i}`),
    });
    expect(snapshot.title).toHaveLength(2000);
    expect(snapshot.authors).toHaveLength(5000);
    expect(snapshot.authors?.[0]).toHaveLength(200);
  });
});

describe('"Not this paper" from a tab is checked', () => {
  // A content script may send dismissals/add: a paper id that names no paper would be stored
  // as it came, and the backup that holds it could not be imported again.
  it.each([[''], ['   '], [42], ['arxiv:0000.00000']])('refuses paper id %j and stores nothing', async (paperId) => {
    await expect(
      handlers['dismissals/add']({ url: 'https://example.org/post', paperId } as never, fromTab),
    ).rejects.toThrow(`dismissals: no paper with id ${paperId} in the catalog`);
    expect(await db.dismissals.count()).toBe(0);
    const backup = await handlers['backup/export']({}, fromPopup);
    await expect(handlers['backup/import']({ json: backup }, fromPopup)).resolves.toBeDefined();
  });
});
