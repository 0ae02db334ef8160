// Helpers for the popup's end-to-end tests (popup*.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { BackgroundMessages, BackgroundType, RequestOf, ResponseOf } from '../../lib/messages/contract';
import { type ExtensionSession, openPopup, root } from './browser';

interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
}
declare const chrome: ChromeApi;
declare const axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Send a typed message to the background from an extension page, as the popup does. */
export async function ask<K extends BackgroundType>(
  page: Page,
  type: K,
  payload: RequestOf<BackgroundMessages, K>,
): Promise<ResponseOf<BackgroundMessages, K>> {
  const response = (await page.evaluate(
    ([t, p]) => chrome.runtime.sendMessage({ channel: 'paperlens', type: t, payload: p }),
    [type, payload] as const,
  )) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!response.ok) throw new Error(response.error?.message ?? 'no answer');
  return response.value as ResponseOf<BackgroundMessages, K>;
}

/** Open the popup (as a 400x600 tab) and wait until its search index is loaded. */
export async function openReadyPopup(session: ExtensionSession, query = ''): Promise<Page> {
  const page = await openPopup(session, query);
  // First results show before the search index is restored; wait for both so searches use the index.
  await page.waitForFunction(() => performance.getEntriesByName('paperlens:popup-index').length > 0);
  return page;
}

/** The id of the tab showing `url` (tabs.query from the service worker). */
export async function tabIdFor(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id);
  if (id === undefined) throw new Error(`e2e: no tab for ${page.url()}`);
  return id;
}

let axeSource: string | undefined;

/** Serious and critical axe-core violations on the page, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // An extension page's CSP blocks addScriptTag's inline script; evaluate (DevTools protocol) is not subject to it.
  axeSource ??= readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const { violations } = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Titles of the search results, in order. */
export const resultTitles = (page: Page): Promise<string[]> =>
  page.locator('[role="option"] .pp-result-title').allTextContents();

/** Titles of the entries of the selected list, in order. */
export const entryTitles = (page: Page): Promise<string[]> => page.locator('.pp-entry-title').allTextContents();
