import { browser } from 'wxt/browser';
// Extracted by the build to content-scripts/content.css, which the manifest injects before the
// page is first styled (see the file for why).
import '../../lib/page/marks.css';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../../lib/messages/client';
import type { DetectorSetup } from '../../lib/messages/contract';
import { dispatchInTab } from '../../lib/messages/router';
import { isExtensionGone } from '../../lib/messages/transport';
import { ancestorOrigins, isSubframe, whenBigEnough } from '../../lib/page/frame';
import { isNewPage } from '../../lib/page/navigation';
import { PageSession } from '../../lib/page/session';
import { type HoverController, startHover } from './hover';

interface Running {
  /** What a restart depends on. */
  setup: Pick<DetectorSetup, 'mode' | 'settings'>;
  session: PageSession | null;
  hover: HoverController | null;
  /** The popover again with new settings (theme, hover delay); the marks stay as they are. */
  restartHover(settings: DetectorSetup['settings']): void;
  stop(): void;
}

// An iframe that has reported no paper yet has nothing to take back: its empty reports (most
// frames: an embed's initial blank document, an ad) would be a message and a storage write each.
let reportedAny = false;
const report = (papers: Array<{ paperId: string; count: number }>) => {
  if (papers.length === 0 && !reportedAny && isSubframe(window)) return;
  reportedAny ||= papers.length > 0;
  void send('page/report', { url: location.href, papers }).catch(() => {});
};

/** A nested frame follows the sites of the frames around it too (handlers' pageState). */
const stateRequest = () =>
  isSubframe(window) ? { url: location.href, ancestors: ancestorOrigins(location) } : { url: location.href };

/** Start PaperLens on this page with the current settings; `stop()` undoes all of it. */
async function start(ctx: ContentScriptContext): Promise<Running> {
  const setup = await send('detector/state', stateRequest());
  const { mode, settings } = setup;
  if (mode === 'off' || ctx.isInvalid)
    return {
      setup: { mode, settings },
      session: null,
      hover: null,
      restartHover: () => undefined,
      stop: () => undefined,
    };
  const abort = new AbortController();
  const session = new PageSession(
    {
      doc: document,
      signal: abort.signal,
      scanTexts: (texts, kinds) => send('detector/scan', { texts, kinds }),
      resolveLinks: (hrefs, base) => send('detector/links', { hrefs, base, page: location.href }),
      report,
      onExtensionGone: () => abort.abort(),
    },
    setup,
  );
  session.start();
  // The popover has its own stop as well as the session's: a new theme or hover delay makes a new one.
  let hoverAbort = new AbortController();
  // The popover, its listeners and its site are set up with the page's first mark, or when the
  // keyboard or the popup asks for a mention: most pages have no paper, and they cost the startup
  // of every such page ~2 ms (V8 profile of the near-empty bench page).
  const hoverFor = (s: DetectorSetup['settings']): HoverController | null => {
    if (session.quiet) return null;
    const signal = AbortSignal.any([abort.signal, hoverAbort.signal]);
    let hover: HoverController | null = null;
    const needed = () => {
      hover ??= startHover(ctx, session, s, signal, setup.pageUrl);
      return hover;
    };
    session.whenMarked(needed, signal);
    return {
      // Nothing is open before there is a popover.
      refresh: () => hover?.refresh(),
      reveal: (paperId) => needed().reveal(paperId),
      next: () => needed().next(),
    };
  };
  const running: Running = {
    setup: { mode, settings },
    session,
    hover: hoverFor(settings),
    restartHover(next) {
      hoverAbort.abort();
      hoverAbort = new AbortController();
      running.setup = { mode, settings: next };
      running.hover = hoverFor(next);
    },
    stop() {
      abort.abort();
      report([]);
    },
  };
  return running;
}

// Settings that change what is detected need a fresh start; the popover's look and delay, a new
// popover only (the marks stay: a restart took them away for a moment); the rest is a restyle.
const startKey = (s: Pick<DetectorSetup, 'mode' | 'settings'>) => JSON.stringify([s.mode, s.settings.detect]);
const hoverKey = (s: Pick<DetectorSetup, 'settings'>) => JSON.stringify([s.settings.theme, s.settings.hoverDelay]);

/** Everything the content script does on a page, restarted when settings change. */
export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  // Documents without a body (an SVG or XML file opened on its own) have no prose to read.
  if (document.body === null) return;
  // An ad's or a tracker's iframe is read only if it grows to hold prose (lib/page/frame.ts).
  if (isSubframe(window)) await whenBigEnough(window, ctx.signal);
  if (ctx.isInvalid) return;
  let current: Promise<Running> = start(ctx);
  // A start that failed (the background did not answer) is tried again by the next refresh.
  const failed = (error: unknown) => console.warn('PaperLens: starting on this page failed', error);
  current.catch(failed);
  const whenRunning = (then: (running: Running) => void) => void current.then(then, () => undefined);
  ctx.onInvalidated(() => whenRunning((r) => r.stop()));
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
    // The open popover goes with the page's marks (one opened from the keyboard stays open until
    // dismissed, and would show the last page's paper over the new one).
    if (!isNewPage(oldUrl.href, newUrl.href)) return;
    whenRunning((r) => {
      r.session?.restart();
      r.hover?.refresh();
    });
  });

  const refreshNow = async () => {
    const running = await current.catch(() => null);
    const state = await send('detector/state', stateRequest());
    if (running === null || startKey(state) !== startKey(running.setup)) {
      running?.stop();
      current = start(ctx);
      await current;
    } else {
      if (hoverKey(state) !== hoverKey(running.setup)) running.restartHover(state.settings);
      running.session?.applyState(state);
      running.hover?.refresh();
    }
  };
  // One refresh at a time: two changes announced together (the hover-delay slider stepped with
  // the arrow keys, two detection kinds ticked in a row) each stopped the same session and
  // started a new one, and the first of the two new ones then ran unseen until the page closed,
  // with its own observer, marks and reports.
  let refreshing: Promise<void> = Promise.resolve();
  const refresh = (): Promise<void> => {
    refreshing = refreshing.then(refreshNow, refreshNow);
    return refreshing;
  };
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    dispatchInTab(
      {
        'tab/refresh-marks': async ({ only }) => {
          // A note or a status: only an open popover shows it (every frame asking for the state
          // again made hundreds of requests for a few note edits on a page of embeds).
          if (only === 'details') (await current.catch(() => null))?.hover?.refresh();
          else await refresh();
          return null;
        },
        'tab/reveal': async ({ paperId }) => (await current).hover?.reveal(paperId) ?? false,
        'tab/next-mention': async () => (await current).hover?.next() ?? false,
        'tab/location': async () => ({ url: location.href }),
        'tab/ping': async () => true,
      },
      message,
    ).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  // An iframe taken out of the page (or sent elsewhere) leaves no trace a tab's loading state
  // shows: it says itself that its papers are gone. (A page kept in the back/forward cache is
  // persisted; its results go when the tab's loading state changes: tab-state, settle.)
  if (isSubframe(window)) {
    ctx.addEventListener(window, 'pagehide', (event) => {
      if (!(event as PageTransitionEvent).persisted) report([]);
    });
  }
  // Back or Forward to a page kept in the back/forward cache: a change announced while it was
  // there (its site paused, a detection kind turned off) never reached it, and its session would
  // report and keep the marks of the old settings. The session reports again itself (session.ts).
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (!(event as PageTransitionEvent).persisted) return;
    refresh().catch((error) => {
      // The extension was reloaded or removed while the page was in the cache: its marks and
      // popover go, as on a page it left while open (see unlessGone in lib/messages/transport.ts).
      if (isExtensionGone(error)) whenRunning((r) => r.stop());
      else failed(error);
    });
  });
}
