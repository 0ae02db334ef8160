// The content script's restarts: a change of settings stops the running session and starts one
// with the new settings. Changes announced close together must leave exactly one running.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageSession } from '../../../lib/page/session';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { stubHighlightApi } from '../page/highlight-stubs';

// The background as the content script's messaging client sees it: each detector/state answers
// with a new hover delay (a setting that needs a fresh start), and can be told to fail once.
const server = vi.hoisted(() => ({
  states: 0,
  failNext: false,
  gone: false,
  mode: 'quiet',
  hovers: 0,
  hover: { refresh: () => undefined, reveal: () => false, next: () => false },
}));
vi.mock('../../../lib/messages/client', () => ({
  send: async (type: string, payload: unknown) => {
    if (server.gone) throw new Error('Extension context invalidated.');
    if (type === 'detector/state') {
      if (server.failNext) {
        server.failNext = false;
        throw new Error('messages: no answer to "detector/state" (is the background running?)');
      }
      server.states++;
      const settings = { ...DEFAULT_SETTINGS, hoverDelay: 100 + server.states };
      return { settings, mode: server.mode, saved: [], dismissed: [] };
    }
    if (type === 'detector/scan' || type === 'page/report') return type === 'page/report' ? null : [];
    // Every link goes to a paper: a page with a link has a mark, and so a popover.
    if (type === 'detector/links') return (payload as { hrefs: string[] }).hrefs.map(() => 'arxiv:2306.13643');
    throw new Error(`unexpected message ${type}`);
  },
}));
// The popover's controller, without its UI.
vi.mock('../../../entrypoints/content/hover', () => ({
  startHover: () => {
    server.hovers++;
    return server.hover;
  },
}));

const { runContentScript } = await import('../../../entrypoints/content/runner');

beforeAll(stubHighlightApi);
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  fakeBrowser.reset();
  server.states = 0;
  server.failNext = false;
  server.gone = false;
  server.mode = 'quiet';
  server.hovers = 0;
  document.body.innerHTML = '<p>Nothing to see.</p>';
});

const refreshMarks = () =>
  fakeBrowser.runtime.onMessage.trigger(
    { channel: 'paperlens', type: 'tab/refresh-marks', payload: {} },
    {},
    () => undefined,
  );
// The popover is set up with the page's first mark (runner.ts hoverFor).
const PAGE_WITH_A_PAPER = '<p>We use <a href="https://arxiv.org/abs/2306.13643">LightGlue</a>.</p>';
const settle = () => new Promise((done) => setTimeout(done, 20));

/** Sessions started and not disposed since `spy` began counting. */
function liveSessions() {
  const started = vi.spyOn(PageSession.prototype, 'start');
  const disposed = vi.spyOn(PageSession.prototype, 'dispose');
  return {
    count: () => started.mock.calls.length - disposed.mock.calls.length,
    restore() {
      started.mockRestore();
      disposed.mockRestore();
    },
  };
}

describe('runContentScript', () => {
  it('leaves one session running after two settings changes announced at once', async () => {
    const sessions = liveSessions();
    const ctx = new ContentScriptContext('test');
    try {
      await runContentScript(ctx);
      await settle();
      expect(sessions.count()).toBe(1);
      await Promise.all([refreshMarks(), refreshMarks()]);
      await settle();
      expect(sessions.count()).toBe(1);
      ctx.abort();
      await settle();
      expect(sessions.count()).toBe(0);
    } finally {
      ctx.abort();
      sessions.restore();
    }
  });

  it('starts when settings change after a first start that failed', async () => {
    const sessions = liveSessions();
    const ctx = new ContentScriptContext('test');
    server.failNext = true;
    try {
      await runContentScript(ctx);
      await settle();
      expect(sessions.count()).toBe(0);
      await refreshMarks();
      await settle();
      expect(sessions.count()).toBe(1);
    } finally {
      ctx.abort();
      sessions.restore();
    }
  });

  it('on a change of details only (a note, a status), reloads the popover and asks for no state', async () => {
    server.mode = 'on';
    document.body.innerHTML = PAGE_WITH_A_PAPER;
    const refresh = vi.spyOn(server.hover, 'refresh');
    const ctx = new ContentScriptContext('test');
    try {
      await runContentScript(ctx);
      await settle();
      const states = server.states;
      await fakeBrowser.runtime.onMessage.trigger(
        { channel: 'paperlens', type: 'tab/refresh-marks', payload: { only: 'details' } },
        {},
        () => undefined,
      );
      await settle();
      expect(server.states).toBe(states);
      expect(refresh).toHaveBeenCalledTimes(1);
      await refreshMarks();
      await settle();
      expect(server.states).toBe(states + 1);
    } finally {
      ctx.abort();
      refresh.mockRestore();
    }
  });

  it('sets the popover up with the first mark only: a page without papers has none', async () => {
    server.mode = 'on';
    const ctx = new ContentScriptContext('test');
    try {
      await runContentScript(ctx);
      await settle();
      expect(server.hovers).toBe(0);
      document.body.insertAdjacentHTML('beforeend', PAGE_WITH_A_PAPER);
      await new Promise((done) => setTimeout(done, 400));
      expect(server.hovers).toBe(1);
    } finally {
      ctx.abort();
    }
  });

  it('has the popover close when an SPA goes to another page', async () => {
    // A popover opened from the keyboard stays open until dismissed; the page it belongs to is
    // gone after the navigation, and its mark with it.
    server.mode = 'on';
    document.body.innerHTML = PAGE_WITH_A_PAPER;
    const refresh = vi.spyOn(server.hover, 'refresh');
    const ctx = new ContentScriptContext('test');
    const listen = vi.spyOn(ctx, 'addEventListener');
    try {
      await runContentScript(ctx);
      await settle();
      const [, , onLocation] = listen.mock.calls.find(([, type]) => type === 'wxt:locationchange') ?? [];
      const navigate = onLocation as unknown as (event: { newUrl: URL; oldUrl: URL }) => void;
      navigate({ oldUrl: new URL('https://example.org/a'), newUrl: new URL('https://example.org/a#part') });
      await settle();
      expect(refresh).not.toHaveBeenCalled();
      navigate({ oldUrl: new URL('https://example.org/a'), newUrl: new URL('https://example.org/b') });
      await settle();
      expect(refresh).toHaveBeenCalledTimes(1);
    } finally {
      ctx.abort();
      refresh.mockRestore();
    }
  });

  it('stops on a page restored from the back/forward cache after the extension went away', async () => {
    const sessions = liveSessions();
    const ctx = new ContentScriptContext('test');
    const pageshow = (persisted: boolean) => window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted }));
    try {
      await runContentScript(ctx);
      await settle();
      expect(sessions.count()).toBe(1);
      // Restored while the extension is still there: the settings are read again, one session.
      pageshow(true);
      await settle();
      expect(sessions.count()).toBe(1);
      server.gone = true;
      pageshow(false);
      await settle();
      expect(sessions.count()).toBe(1);
      pageshow(true);
      await settle();
      expect(sessions.count()).toBe(0);
    } finally {
      ctx.abort();
      sessions.restore();
    }
  });
});
