// The popover's host is made on first use (createShadowRootUi is asynchronous). A stop (a change
// of settings, an SPA restart of the content script) that comes while it is being made must not
// leave it in the page.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MarkRegistry } from '../../../lib/page/marks';
import type { PageSession } from '../../../lib/page/session';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { stubHighlightApi } from '../page/highlight-stubs';

const made = vi.hoisted(() => ({ pending: [] as Array<() => void> }));
vi.mock('wxt/utils/content-script-ui/shadow-root', () => ({
  createShadowRootUi: async () => {
    await new Promise<void>((go) => made.pending.push(go));
    const host = document.createElement('paperlens-ui');
    return {
      shadowHost: host,
      uiContainer: document.createElement('div'),
      mount: () => document.documentElement.append(host),
      remove: () => host.remove(),
    };
  },
}));
vi.mock('../../../lib/messages/client', () => ({ send: async () => null }));

const { startHover } = await import('../../../entrypoints/content/hover');

beforeAll(stubHighlightApi);
afterAll(() => vi.unstubAllGlobals());

describe('startHover', () => {
  it('leaves no popover host in the page when stopped while the host was being made', async () => {
    document.body.innerHTML = '<p>We use LightGlue.</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    const registry = new MarkRegistry();
    const range = document.createRange();
    range.setStart(text, 7);
    range.setEnd(text, 16);
    Object.assign(range, { getClientRects: () => [new DOMRect(0, 0, 60, 16)] });
    Object.assign(range, { getBoundingClientRect: () => new DOMRect(0, 0, 60, 16) });
    registry.replace(text, [{ paperId: 'lightglue', kind: 'short', range, owner: text }]);
    const abort = new AbortController();
    const ctx = new ContentScriptContext('test');
    // whenMarked: the hover waits for the next marks (a re-rendering page's); none come here.
    const session = { registry, whenMarked: () => {} } as unknown as PageSession;
    const hover = startHover(ctx, session, DEFAULT_SETTINGS, abort.signal);
    expect(hover.reveal('lightglue')).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(made.pending).toHaveLength(1);
    abort.abort();
    for (const go of made.pending.splice(0)) go();
    await new Promise((r) => setTimeout(r, 200));
    expect(document.querySelectorAll('paperlens-ui')).toHaveLength(0);
    ctx.abort();
  });
});
