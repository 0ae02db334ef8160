// Helpers for the options, privacy and context-menu journeys.
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './browser';
import { tabIdOf } from './extension-api';

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

export { askFrom, tabIdOf } from './extension-api';

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

/** What the page shows: are marks drawn (highlights registered, with the marks' styles reaching the
 * text), how many ranges are highlighted. */
export async function pageState(page: Page) {
  return page.evaluate(() => {
    let ranges = 0;
    for (const name of ['paperlens-mention', 'paperlens-saved']) ranges += CSS.highlights.get(name)?.size ?? 0;
    const registered = CSS.highlights.has('paperlens-mention');
    const look = getComputedStyle(document.body, '::highlight(paperlens-mention)').textDecorationLine;
    return { styled: registered && look.includes('underline'), ranges, registered };
  });
}
