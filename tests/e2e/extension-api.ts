import type { Page } from 'playwright-core';
import type { BackgroundMessages, BackgroundType, RequestOf, ResponseOf } from '../../lib/messages/contract';
import type { ExtensionSession } from './browser';

let pages = new WeakMap<ExtensionSession, Page>();

/** Send a typed message to the background from one of the extension's own pages, as the popup does. */
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
  const response = await page.evaluate(
    ([t, p]) => chrome.runtime.sendMessage({ channel: 'paperlens', type: t, payload: p }),
    [type, payload] as const,
  );
  const r = response as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!r.ok) throw new Error(r.error?.message ?? 'no answer');
  return r.value as ResponseOf<BackgroundMessages, K>;
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
