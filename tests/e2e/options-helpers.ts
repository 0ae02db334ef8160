// Helpers for the options, privacy and context-menu journeys.
import type { Page } from 'playwright-core';
import type { BackgroundMessages, BackgroundType, RequestOf, ResponseOf } from '../../lib/messages/contract';
import type { ExtensionSession } from './browser';

/** The slice of the `chrome` API these tests call inside extension pages and the worker. */
export interface ChromeApi {
  runtime: { sendMessage(m: unknown): Promise<unknown>; getManifest(): Record<string, unknown> };
  tabs: {
    query(q: object): Promise<Array<{ id?: number; active?: boolean }>>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  contextMenus: { update(id: string, props: object): Promise<void> };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
}
export const api = () => (globalThis as unknown as { chrome: ChromeApi }).chrome;

export async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.waitForSelector('.pl-opt[data-ready]');
  return page;
}

/** Send a typed message to the background from an extension page, as the options page does. */
export async function askFrom<K extends BackgroundType>(
  page: Page,
  type: K,
  payload: RequestOf<BackgroundMessages, K>,
): Promise<ResponseOf<BackgroundMessages, K>> {
  const r = (await page.evaluate(
    ([t, p]) =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({
        channel: 'paperlens',
        type: t,
        payload: p,
      }),
    [type, payload] as const,
  )) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!r.ok) throw new Error(r.error?.message ?? `e2e: no answer to ${type}`);
  return r.value as ResponseOf<BackgroundMessages, K>;
}

/** Tab id of a page (no "tabs" permission: bring it to the front and ask for the active tab). */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.worker.evaluate(
    async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({ active: true }))[0]?.id,
  );
  if (id === undefined) throw new Error(`e2e: no active tab for ${page.url()}`);
  return id;
}

export async function badgeOf(session: ExtensionSession, page: Page): Promise<string> {
  const tabId = await tabIdOf(session, page);
  return session.worker.evaluate(
    (id) => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

/** Wait until `read` returns something `ok` accepts; return the last value either way. */
export async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 5_000): Promise<T> {
  const start = Date.now();
  let value = await read();
  while (!ok(value) && Date.now() - start < timeout) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/** What the page shows: are the mark styles installed, how many ranges are highlighted. */
export async function pageState(page: Page) {
  return page.evaluate(() => {
    const styled = document.adoptedStyleSheets.some((s) =>
      [...s.cssRules].some((r) => r.cssText.includes('paperlens-mention')),
    );
    let ranges = 0;
    for (const name of ['paperlens-mention', 'paperlens-saved']) ranges += CSS.highlights.get(name)?.size ?? 0;
    return { styled, ranges, registered: CSS.highlights.has('paperlens-mention') };
  });
}
