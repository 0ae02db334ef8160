import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageView } from '../../../components/popup/PageView';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { PAPER_MAP } from '../search/papers.fixture';

// The tab the popup was opened for, with a content script that answers.
const tab = vi.hoisted(() => ({
  reveal: async (): Promise<boolean> => true,
  mode: 'on',
  /** The frames each reveal was sent to. */
  frames: [] as Array<number | undefined>,
}));
vi.mock('../../../components/popup/useActiveTab', () => ({
  useActiveTab: () => ({ tabId: 7, explicit: true, url: undefined, visit: 0 }),
}));
vi.mock('../../../components/popup/useSiteMode', () => ({
  useSiteMode: () => ({
    info: { site: 'example.org', mode: tab.mode, settings: DEFAULT_SETTINGS },
    error: null,
    setPaused: async () => {},
    reachable: true,
  }),
}));
vi.mock('../../../lib/messages/client', () => ({
  send: async (type: string) => {
    if (type !== 'page/papers') throw new Error(`unexpected message ${type}`);
    return [
      { paperId: 'arxiv:2306.13643', count: 3, frames: [0, 4] },
      { paperId: 'arxiv:1905.00537', count: 1, frames: [4] },
    ];
  },
  sendToTab: async (_tabId: number, type: string, _payload: unknown, target: { frameId?: number }) => {
    if (type !== 'tab/reveal') throw new Error(`unexpected message ${type}`);
    tab.frames.push(target.frameId);
    return tab.reveal();
  },
}));

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const catalog = { index: null, papers: PAPER_MAP };

async function show() {
  render(
    <PageView catalog={catalog} overview={{ lists: [], entries: [] }} onOpen={() => {}} onChanged={async () => {}} />,
    document.body,
  );
  await settle();
  await settle();
}
async function clickPaper(title: string) {
  const row = [...document.querySelectorAll<HTMLElement>('.pp-page-item')].find((r) => r.textContent?.includes(title));
  if (!row) throw new Error(`no row for ${title}`);
  row.click();
  await settle();
  await settle();
}
const regions = () => [...document.querySelectorAll('[role="status"]')];

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({ id: 7, windowId: 1 } as never);
  vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({ id: 1 } as never);
  tab.reveal = async () => true;
  tab.mode = 'on';
  tab.frames = [];
});
afterEach(() => {
  render(null, document.body);
  vi.restoreAllMocks();
});

describe('on this page', () => {
  it("asks the page to show a paper it mentions, and the iframe that does when only an iframe's text does", async () => {
    await show();
    await clickPaper('LightGlue');
    await clickPaper('SuperGLUE');
    expect(tab.frames).toEqual([0, 4]);
  });

  it('takes the frames that mention a paper in turn, and passes over one that has none in view', async () => {
    await show();
    await clickPaper('LightGlue');
    await clickPaper('LightGlue');
    await clickPaper('LightGlue');
    expect(tab.frames).toEqual([0, 4, 0]);
    // The frame whose turn it is has none in view now: the next one is asked, and shows it.
    tab.frames = [];
    tab.reveal = async () => tab.frames.length > 1;
    await clickPaper('LightGlue');
    expect(tab.frames).toEqual([4, 0]);
    expect(document.querySelector('.pp-notice')).toBeNull();
  });

  it('says a mention is hidden in a status region that was there, empty, before it', async () => {
    await show();
    expect(document.querySelectorAll('.pp-page-item')).toHaveLength(2);
    const before = regions();
    expect(document.querySelector('.pp-notice')).toBeNull();
    tab.reveal = async () => false;
    await clickPaper('LightGlue');
    // A notice, not a warning: nothing went wrong.
    expect(document.querySelector('.pp-warning')).toBeNull();
    const notice = document.querySelector('[role="status"] .pp-notice');
    expect(notice?.textContent).toBe(
      'That paper is only in a hidden part of the page right now (a closed menu or tab).',
    );
    const region = notice?.closest('[role="status"]');
    expect(region && before.includes(region)).toBe(true);
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });

  it('says why it cannot show a paper on a quiet site, where nothing is marked', async () => {
    tab.mode = 'quiet';
    await show();
    tab.reveal = async () => false;
    await clickPaper('LightGlue');
    expect(document.querySelector('[role="status"] .pp-notice')?.textContent).toBe(
      'PaperLens is quiet on example.org: it counts papers there but marks none, so it cannot show where this one is. Settings → Sites changes that.',
    );
  });

  it('says the page is gone in an alert added when it comes, and the status region empties', async () => {
    await show();
    const before = regions();
    tab.reveal = async () => false;
    await clickPaper('LightGlue');
    tab.reveal = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await clickPaper('SuperGLUE');
    expect(document.querySelector('[role="alert"]')?.textContent).toBe(
      'The page is not reachable any more: reload it and try again.',
    );
    expect(regions()).toEqual(before);
    expect(before.map((r) => r.textContent)).not.toContain(
      'That paper is only in a hidden part of the page right now (a closed menu or tab).',
    );
  });
});
