// Helpers for the popup's end-to-end tests (popup*.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type ExtensionSession, openPopup, root } from './browser';

declare const axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

export { askFrom as ask, tabIdOf as tabIdFor } from './extension-api';

/** Open the popup (as a 400x600 tab) and wait until its search index is loaded. */
export async function openReadyPopup(session: ExtensionSession, query = ''): Promise<Page> {
  const page = await openPopup(session, query);
  // First results show before the search index is restored; wait for both so searches use the index.
  await page.waitForFunction(() => performance.getEntriesByName('paperlens:popup-index').length > 0);
  return page;
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
