import { describe, expect, it, vi } from 'vitest';
import {
  handleMenuClick,
  MAX_QUERY,
  MENU_ITEMS,
  MENU_SAVE_LINK,
  MENU_SEARCH,
  type MenuDeps,
  searchPath,
} from '../../../lib/background/context-menu';
import { type PaperRef, parsePaperRef } from '../../../lib/detect/links';

function fakeDeps(known: Record<string, string> = {}) {
  return {
    resolve: vi.fn(async (ref: PaperRef) => known[ref.kind === 'doi' ? ref.doi : ref.id] ?? null),
    save: vi.fn(async (_paperId: string) => ({})),
    openSearch: vi.fn(async (_query: string) => undefined),
    feedback: vi.fn(async (_tabId: number | undefined, _outcome: unknown) => undefined),
  } satisfies MenuDeps;
}

describe('context menu', () => {
  it('registers a selection item with the %s placeholder and a link item limited to paper hosts', () => {
    const search = MENU_ITEMS.find((m) => m.id === MENU_SEARCH);
    const save = MENU_ITEMS.find((m) => m.id === MENU_SAVE_LINK);
    expect(search).toMatchObject({ contexts: ['selection'], title: "Find papers matching '%s'" });
    expect(save?.contexts).toEqual(['link']);
    expect(save?.targetUrlPatterns).toEqual(expect.arrayContaining(['*://*.arxiv.org/*', '*://*.doi.org/*']));
  });

  // Chrome's match patterns: any scheme for '*', '*.host' for the host and its subdomains, and a
  // glob over the path with its query.
  const matches = (pattern: string, url: string) => {
    const [, host = '', path = ''] = /^\*:\/\/\*\.([^/]+)(\/.*)$/.exec(pattern) ?? [];
    const u = new URL(url);
    const glob = new RegExp(`^${path.replace(/[.?+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return (u.hostname === host || u.hostname.endsWith(`.${host}`)) && glob.test(u.pathname + u.search);
  };

  it.each([
    'https://arxiv.org/abs/2210.04457v2',
    'https://export.arxiv.org/abs/2101.00121',
    'https://ar5iv.labs.arxiv.org/html/2212.14052',
    'https://www.alphaxiv.org/overview/2408.08926',
    'https://huggingface.co/papers/2505.23419',
    'https://doi.org/10.18653/v1/2020.emnlp-main.381',
    'https://aclanthology.org/2022.acl-long.246.pdf',
    'https://www.aclweb.org/anthology/P19-1001',
    'https://openreview.net/forum?id=u5M4kKz3Mz',
    'https://openreview.net/pdf?id=Hklso24Kwr',
  ])('offers "Save to reading list" on a paper link: %s', (url) => {
    const save = MENU_ITEMS.find((m) => m.id === MENU_SAVE_LINK);
    expect(parsePaperRef(url)).not.toBeNull();
    expect(save?.targetUrlPatterns?.some((pattern) => matches(pattern, url))).toBe(true);
  });

  it('does not offer it on other links of those sites', () => {
    const save = MENU_ITEMS.find((m) => m.id === MENU_SAVE_LINK);
    for (const url of ['https://openreview.net/group?id=ICLR.cc/2020/Conference', 'https://huggingface.co/models'])
      expect([url, save?.targetUrlPatterns?.some((pattern) => matches(pattern, url))]).toEqual([url, false]);
  });

  it('opens the search with the selected text, whitespace collapsed and length capped', async () => {
    const deps = fakeDeps();
    const out = await handleMenuClick(
      { menuItemId: MENU_SEARCH, selectionText: '  Attention   is\nall ' },
      { id: 3 },
      deps,
    );
    expect(out).toEqual({ kind: 'search', query: 'Attention is all' });
    expect(deps.openSearch).toHaveBeenCalledWith('Attention is all');
    await handleMenuClick({ menuItemId: MENU_SEARCH, selectionText: 'x'.repeat(500) }, undefined, deps);
    expect(deps.openSearch.mock.calls[1]?.[0]).toHaveLength(MAX_QUERY);
    expect(searchPath('a&b c')).toBe('/popup.html?q=a%26b%20c');
  });

  it('saves a linked catalog paper to the default list', async () => {
    const deps = fakeDeps({ '1911.11763': 'superglue-matcher' });
    const out = await handleMenuClick(
      { menuItemId: MENU_SAVE_LINK, linkUrl: 'https://arxiv.org/pdf/1911.11763v2' },
      { id: 9 },
      deps,
    );
    expect(out).toEqual({ kind: 'saved', paperId: 'superglue-matcher' });
    expect(deps.resolve).toHaveBeenCalledWith({ kind: 'arxiv', id: '1911.11763' });
    expect(deps.save).toHaveBeenCalledWith('superglue-matcher');
    expect(deps.feedback).toHaveBeenCalledWith(9, out);
  });

  it('does nothing harmful for a link that is not a catalog paper, or an empty selection', async () => {
    const deps = fakeDeps();
    expect(
      await handleMenuClick(
        { menuItemId: MENU_SAVE_LINK, linkUrl: 'https://arxiv.org/abs/9999.99999' },
        { id: 1 },
        deps,
      ),
    ).toEqual({ kind: 'not-a-paper', url: 'https://arxiv.org/abs/9999.99999' });
    expect(
      await handleMenuClick({ menuItemId: MENU_SAVE_LINK, linkUrl: 'https://arxiv.org/list/cs.CL' }, { id: 1 }, deps),
    ).toMatchObject({ kind: 'not-a-paper' });
    expect(await handleMenuClick({ menuItemId: MENU_SEARCH, selectionText: '   ' }, undefined, deps)).toEqual({
      kind: 'ignored',
    });
    expect(await handleMenuClick({ menuItemId: 'someone-else' }, undefined, deps)).toEqual({ kind: 'ignored' });
    expect(deps.save).not.toHaveBeenCalled();
    expect(deps.openSearch).not.toHaveBeenCalled();
  });

  it('still reports the outcome when the feedback fails', async () => {
    const deps = { ...fakeDeps({ '1911.11763': 'p' }), feedback: vi.fn(async () => Promise.reject(new Error('x'))) };
    const out = await handleMenuClick(
      { menuItemId: MENU_SAVE_LINK, linkUrl: 'https://arxiv.org/abs/1911.11763' },
      { id: 1 },
      deps,
    );
    expect(out).toEqual({ kind: 'saved', paperId: 'p' });
  });

  it('tells the tab when saving a linked paper failed, and names the cause', async () => {
    // The database refused the write (the catalog failed to load, the disk is full): the reader
    // clicked "Save to reading list" and must not be left thinking it worked.
    const deps = {
      ...fakeDeps({ '1911.11763': 'p' }),
      save: vi.fn(async () => Promise.reject(new Error('lists: no paper with id p in the catalog'))),
    };
    await expect(
      handleMenuClick({ menuItemId: MENU_SAVE_LINK, linkUrl: 'https://arxiv.org/abs/1911.11763' }, { id: 5 }, deps),
    ).rejects.toThrow('context menu: saving p failed: lists: no paper with id p in the catalog');
    expect(deps.feedback).toHaveBeenCalledWith(5, {
      kind: 'failed',
      paperId: 'p',
      message: 'lists: no paper with id p in the catalog',
    });
  });
});
