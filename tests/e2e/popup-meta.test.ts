// The popup's one-line meta rows (authors · year · venue) keep what matters visible at the popup's
// real width: the author the search matched, and the year of a listed or detected paper. The
// venue is what gives way. Screenshots in light and dark go to screenshotDir().
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension, root, screenshotDir } from './browser';
import { settledMarks } from './marks';
import { ask, openReadyPopup, tabIdFor } from './popup-helpers';
import { serveFolder } from './server';

const shots = screenshotDir();
let session: ExtensionSession;
let server: Awaited<ReturnType<typeof serveFolder>>;
let popup: Page;

beforeAll(async () => {
  session = await launchWithExtension();
  server = await serveFolder(join(root, 'tests/fixtures'));
  popup = await openReadyPopup(session);
  const list = await ask(popup, 'lists/create', { name: 'Feature matching' });
  await ask(popup, 'entries/save-many', {
    listId: list.id,
    paperIds: ['arxiv:1911.11763', 'arxiv:2306.13643', 'arxiv:1905.00537', 'arxiv:2202.08906'],
  });
  await popup.reload(); // the popup reads the lists when it opens
  await popup.waitForFunction(() => performance.getEntriesByName('paperlens:popup-index').length > 0);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/**
 * For each row matching `rowSelector`: the texts of the `partSelector` pieces that are cut off
 * (laid out past the right edge of the ellipsised box that holds them), or `missing` when a row
 * has no such piece.
 */
function clipped(page: Page, rowSelector: string, partSelector: string): Promise<string[]> {
  return page.evaluate(
    ([rows, part]) =>
      [...document.querySelectorAll(rows)].flatMap((row) => {
        const pieces = [...row.querySelectorAll(part)];
        if (pieces.length === 0) return [`missing in ${row.textContent}`];
        return pieces.flatMap((piece) => {
          let box = piece as Element;
          while (box.parentElement && box !== row && getComputedStyle(box).overflow !== 'hidden') {
            box = box.parentElement;
          }
          const right = Math.max(
            box.getBoundingClientRect().right,
            getComputedStyle(box).overflow === 'hidden' ? 0 : Number.POSITIVE_INFINITY,
          );
          const range = document.createRange();
          range.selectNodeContents(piece);
          return range.getBoundingClientRect().right > right + 0.5
            ? [`${piece.textContent} in ${row.textContent}`]
            : [];
        });
      }),
    [rowSelector, partSelector] as const,
  );
}

/** Results whose year (the first four characters after the author line) is cut off. */
function resultYearsCut(): Promise<string[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll('[role="option"] .pp-result-meta .pp-dot')].flatMap((dot) => {
      const text = dot.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE || (text.textContent ?? '').length < 4) return [];
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 4);
      return range.getBoundingClientRect().right > dot.getBoundingClientRect().right + 0.5
        ? [dot.closest('[role="option"]')?.textContent ?? '']
        : [];
    }),
  );
}

async function search(query: string) {
  await popup.getByRole('tab', { name: 'Search' }).click();
  await popup.getByRole('combobox', { name: 'Search papers' }).fill(query);
  await popup.waitForFunction(() => !document.querySelector('.pp-section-label')?.textContent?.startsWith('Newest'));
  await popup.locator('[role="option"]').first().waitFor();
}

describe('popup meta rows', () => {
  it.each(['light', 'dark'] as const)('search results show the author searched for (%s)', async (scheme) => {
    await popup.emulateMedia({ colorScheme: scheme });
    await search('sarlin');
    await popup.screenshot({ path: join(shots, `popup-meta-search-${scheme}.png`) });
    expect(await clipped(popup, '[role="option"] .pp-result-meta', 'mark')).toEqual([]);
    // ...and its year, which the venue after it does not push out ("· 2020 · CVPR…").
    expect(await resultYearsCut()).toEqual([]);
    await search('author:pollefeys');
    await popup.screenshot({ path: join(shots, `popup-meta-author-${scheme}.png`) });
    const lightglue = popup.locator('[role="option"]', { hasText: 'LightGlue' });
    expect(await lightglue.locator('.pp-authors mark').allTextContents()).toEqual(['Pollefeys']);
    expect(await clipped(popup, '[role="option"] .pp-result-meta', 'mark')).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('list entries show their year (%s)', async (scheme) => {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByRole('tab', { name: /Lists/ }).click();
    await popup.locator('.pp-entry').first().waitFor();
    await popup.screenshot({ path: join(shots, `popup-meta-lists-${scheme}.png`) });
    expect(await clipped(popup, '.pp-entry-meta', '.pp-year')).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('papers on this page show their year (%s)', async (scheme) => {
    const blog = await session.context.newPage();
    await blog.goto(server.url('/pages/blog.html'));
    await settledMarks(blog, { min: 5 });
    const page = await openReadyPopup(session, `?tab=${await tabIdFor(session, blog)}&view=page`);
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('.pp-page-item').first().waitFor();
    await page.screenshot({ path: join(shots, `popup-meta-page-${scheme}.png`) });
    expect(await clipped(page, '.pp-page-meta', '.pp-year')).toEqual([]);
    await page.close();
    await blog.close();
  });
});
