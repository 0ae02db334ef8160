import type { Page } from 'playwright-core';
import type { BackgroundMessages, BackgroundType, RequestOf, ResponseOf } from '../../lib/messages/contract';
import type { ExtensionSession } from './browser';

let pages = new WeakMap<ExtensionSession, Page>();

/** Send a typed message to the background from one of the extension's own pages (popup, options). */
export async function askFrom<K extends BackgroundType>(
  page: Page,
  type: K,
  payload: RequestOf<BackgroundMessages, K>,
): Promise<ResponseOf<BackgroundMessages, K>> {
  const response = (await page.evaluate(
    ([t, p]) => chrome.runtime.sendMessage({ channel: 'paperlens', type: t, payload: p }),
    [type, payload] as const,
  )) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!response.ok) throw new Error(response.error?.message ?? `e2e: no answer to ${type}`);
  return response.value as ResponseOf<BackgroundMessages, K>;
}

/** The same, from an extension page the session keeps open for the purpose. */
export async function ask<K extends BackgroundType>(
  session: ExtensionSession,
  type: K,
  payload: RequestOf<BackgroundMessages, K>,
): Promise<ResponseOf<BackgroundMessages, K>> {
  let page = pages.get(session);
  if (!page || page.isClosed()) {
    page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    pages.set(session, page);
  }
  return askFrom(page, type, payload);
}

export function forgetPages(): void {
  pages = new WeakMap();
}

/**
 * Tab id of a page. PaperLens has no "tabs" permission, so tab URLs are hidden from it: bring the
 * page to the front and ask for the active tab instead.
 */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id);
  if (id === undefined) throw new Error(`e2e: no active tab for ${page.url()}`);
  return id;
}
