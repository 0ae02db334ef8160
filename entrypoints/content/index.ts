import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { send } from '../../lib/messages/client';
import { dispatchInTab } from '../../lib/messages/router';
import { PageSession } from '../../lib/page/session';
import { startHover } from './hover';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  async main(ctx) {
    const setup = await send('detector/setup', { url: location.href });
    if (setup.mode === 'off' || ctx.isInvalid) return;
    const abort = new AbortController();
    ctx.onInvalidated(() => abort.abort());
    const session = new PageSession({
      doc: document,
      setup,
      signal: abort.signal,
      confirm: (probes) => (probes.length ? send('detector/confirm', { probes }) : Promise.resolve([])),
      resolveRefs: (refs) => (refs.length ? send('detector/refs', { refs }) : Promise.resolve([])),
      report: (papers) => void send('page/report', { url: location.href, papers }).catch(() => {}),
    });
    session.start();
    const hover = session.quiet ? null : startHover(ctx, session, setup.settings);

    ctx.addEventListener(window, 'wxt:locationchange', () => session.restart());
    const refresh = async () => {
      const state = await send('detector/state', { url: location.href });
      session.applyState(state);
      hover?.refresh();
    };
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      dispatchInTab(
        {
          'tab/refresh-marks': async () => {
            await refresh();
            return null;
          },
          'tab/reveal': async ({ paperId }) => hover?.reveal(paperId) ?? false,
          'tab/next-mention': async () => hover?.next() ?? false,
        },
        message,
      ).then(sendResponse);
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
