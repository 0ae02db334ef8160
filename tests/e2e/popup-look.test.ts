// The popup's look: screenshots (light and dark; see screenshotDir) and axe-core on every view.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension, root, screenshotDir } from './browser';
import { ask, openReadyPopup, seriousViolations } from './popup-helpers';

const shots = screenshotDir();
let session: ExtensionSession;
let popup: Page;

beforeAll(async () => {
  session = await launchWithExtension();
  popup = await openReadyPopup(session);
  const toRead = await ask(popup, 'lists/create', { name: 'To read' });
  const matching = await ask(popup, 'lists/create', { name: 'Feature matching' });
  await ask(popup, 'entries/save-many', {
    listId: toRead.id,
    paperIds: ['arxiv:1905.00537', 'arxiv:2210.04457', 'arxiv:2202.08906', 'arxiv:2307.13854'],
  });
  await ask(popup, 'entries/save-many', { listId: matching.id, paperIds: ['arxiv:1911.11763', 'arxiv:2306.13643'] });
  await ask(popup, 'entries/update', { entryId: `${toRead.id}|arxiv:2210.04457`, status: 'reading' });
  await ask(popup, 'entries/update', {
    entryId: `${toRead.id}|arxiv:1905.00537`,
    status: 'read',
    note: 'Baseline numbers for the related-work table.',
  });
  await ask(popup, 'dismissals/add', { url: 'https://example.org/post', paperId: 'arxiv:1911.11763' });
  await popup.reload();
  await popup.waitForFunction(() => performance.getEntriesByName('paperlens:popup-ready').length > 0);
});
afterAll(async () => {
  await session?.close();
});

async function showSearch(query: string) {
  await popup.getByRole('tab', { name: 'Search' }).click();
  await popup.getByRole('combobox', { name: 'Search papers' }).fill(query);
  await popup.locator('[role="option"]').first().waitFor();
}

async function showLists() {
  await popup.getByRole('tab', { name: /Lists/ }).click();
  await popup.locator('.pp-entry').first().waitFor();
}

describe('popup look', () => {
  it('search: screenshot and no serious axe violation', async () => {
    await showSearch('glue');
    await popup.screenshot({ path: join(shots, 'popup-search.png') });
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('lists: screenshot and no serious axe violation', async () => {
    await showLists();
    await popup.screenshot({ path: join(shots, 'popup-lists.png') });
    // Two lists fit: no cue that more are hidden.
    expect(await popup.locator('.pp-chips-frame').getAttribute('data-more-below')).toBeNull();
    await popup.locator('.pp-hidden summary').click();
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('details: no serious axe violation', async () => {
    await showSearch('lightglue');
    await popup.keyboard.press('Enter');
    await popup.locator('.pl-card').waitFor();
    await popup.waitForTimeout(250); // the card fades in
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.keyboard.press('Escape');
  });

  it('dark mode: screenshot of search, no serious axe violation in any view', async () => {
    await popup.emulateMedia({ colorScheme: 'dark' });
    await showSearch('superglue');
    await popup.screenshot({ path: join(shots, 'popup-dark.png') });
    expect(await seriousViolations(popup)).toEqual([]);
    await showLists();
    await popup.screenshot({ path: join(shots, 'popup-dark-lists.png') });
    expect(await seriousViolations(popup)).toEqual([]);
    // The popup, opened as a tab here, looks at itself: an extension page PaperLens cannot read.
    await popup.getByRole('tab', { name: 'On this page' }).click();
    await popup.getByText('PaperLens cannot read this page').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('the selected tab shows its focus ring, and its count says what it counts', async () => {
    await popup.getByRole('tab', { selected: true }).focus();
    await popup.keyboard.press('ArrowRight');
    await popup.keyboard.press('ArrowLeft');
    const shadow = await popup.evaluate(() => getComputedStyle(document.activeElement as Element).boxShadow);
    // The ring (3 px, the accent) and the selected tab's own shadow, both.
    expect(shadow).toMatch(/0px 0px 0px 3px/);
    expect(shadow.split('px,').length).toBeGreaterThan(1);
    // A picture to look at, not one for the README.
    await popup.screenshot({
      path: join(root, 'tests/.artifacts/popup-tab-focus.png'),
      clip: { x: 0, y: 0, width: 400, height: 90 },
    });
    expect(await popup.getByRole('tab', { name: /^Lists \d+ saved papers?$/ }).count()).toBe(1);
  });

  it('forced colors (High Contrast): the focused control has a visible outline', async () => {
    await popup.bringToFront();
    await popup.emulateMedia({ forcedColors: 'active' });
    await popup.getByRole('tab', { name: 'Search' }).click();
    // Before typing, Tab from the search box reaches the first filter hint.
    await popup.getByRole('combobox', { name: 'Search papers' }).fill('');
    await popup.keyboard.press('Tab');
    const ring = await popup.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
    expect(ring).toMatchObject({ tag: 'BUTTON', outline: 'solid' });
    expect(ring.width).toBeGreaterThanOrEqual(2);
    // The selected tab stands out from the others (its usual background and shadow are dropped).
    const tabColors = await popup
      .getByRole('tab')
      .evaluateAll((tabs) => tabs.map((t) => getComputedStyle(t).backgroundColor));
    const selected = await popup
      .getByRole('tab', { selected: true })
      .evaluate((t) => getComputedStyle(t).backgroundColor);
    expect(tabColors.filter((c) => c === selected)).toHaveLength(1);
    // A picture to look at, not one for the README.
    await popup.screenshot({ path: join(root, 'tests/.artifacts/popup-forced-colors.png') });
    await popup.emulateMedia({ forcedColors: 'none' });
  });

  it('a paper gone from the catalog: its badge lines up with its title when nothing comes before it', async () => {
    const backup = {
      format: 'paperlens-backup',
      version: 1,
      exportedAt: '2025-01-15T10:00:00.000Z',
      lists: [{ id: 'gone', name: 'Gone', createdAt: 1736935200000, order: 9 }],
      entries: [
        {
          id: 'gone|arxiv:9999.99999',
          listId: 'gone',
          paperId: 'arxiv:9999.99999',
          status: 'to-read',
          note: '',
          addedAt: 1736935200000,
          order: 0,
        },
      ],
      dismissals: [],
    };
    await ask(popup, 'backup/import', { json: JSON.stringify(backup) });
    await popup.reload();
    await popup.getByRole('tab', { name: /Lists/ }).click();
    await popup.locator('.pp-chip', { hasText: 'Gone' }).click();
    const entry = popup.locator('.pp-entry', { hasText: 'arxiv:9999.99999' });
    const title = await entry.locator('.pp-entry-title').boundingBox();
    const badge = await entry.locator('.pp-gone-badge').boundingBox();
    expect(badge?.x).toBeCloseTo(title?.x ?? Number.NaN, 0);
    await ask(popup, 'lists/delete', { listId: 'gone' });
  });

  it('a long list name is shown whole in the list header (its chip is cut short)', async () => {
    const name = 'Everything I should read before the thesis committee meeting in March 2026!!';
    const list = await ask(popup, 'lists/create', { name });
    await popup.reload();
    await popup.getByRole('tab', { name: /Lists/ }).click();
    await popup.locator('.pp-chip', { hasText: 'Everything' }).click();
    const heading = popup.locator('.pp-list-name');
    expect(await heading.textContent()).toBe(name);
    expect(await heading.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await popup.screenshot({ path: join(root, 'tests/.artifacts/popup-long-list-name.png') });
    await ask(popup, 'lists/delete', { listId: list.id });
  });

  it('fits a popup cut to 400×300 (200% zoom): header and tabs stay in view, only the panel scrolls', async () => {
    // Chrome caps a popup at 800×600 screen pixels: 400×300 CSS pixels at 200% zoom.
    await popup.setViewportSize({ width: 400, height: 300 });
    try {
      await showLists();
      const where = () =>
        popup.evaluate(() => {
          const tabs = document.querySelector('.pp-tabs')?.getBoundingClientRect();
          const panel = document.getElementById('pp-panel') as HTMLElement;
          return {
            pageScrolled: window.scrollY,
            tabsTop: tabs?.top,
            tabsBottom: tabs?.bottom,
            panelBottom: panel.getBoundingClientRect().bottom,
            panelScrolls: panel.scrollHeight > panel.clientHeight,
            panelScrolled: panel.scrollTop,
          };
        });
      const before = await where();
      expect(before).toMatchObject({ pageScrolled: 0, tabsTop: expect.any(Number), panelScrolls: true });
      expect(before.tabsBottom).toBeLessThanOrEqual(300);
      // All of the panel is in the window: its own scrollbar reaches everything in it.
      expect(before.panelBottom).toBeLessThanOrEqual(300);
      await popup.screenshot({ path: join(root, 'tests/.artifacts/popup-400x300.png') });
      // The wheel over the header moves nothing; the last control of the panel, focused, is
      // scrolled into view by the panel, and the header and tabs stay where they are.
      await popup.mouse.move(200, 20);
      await popup.mouse.wheel(0, 400);
      await popup.waitForTimeout(200);
      expect((await where()).pageScrolled).toBe(0);
      await popup.locator('#pp-panel').locator('button:visible, select:visible, summary:visible').last().focus();
      const after = await where();
      expect(after).toMatchObject({ pageScrolled: 0, tabsTop: before.tabsTop, tabsBottom: before.tabsBottom });
      expect(after.panelScrolled).toBeGreaterThan(0);
    } finally {
      await popup.setViewportSize({ width: 400, height: 600 });
    }
  });

  it('fits a popup of 266×200 (300% zoom): tabs on one line, header and tabs under 70 px', async () => {
    await popup.setViewportSize({ width: 266, height: 200 });
    try {
      await showLists();
      const sizes = await popup.evaluate(() => ({
        tabsBottom: document.querySelector('.pp-tabs')?.getBoundingClientRect().bottom ?? 0,
        tabHeights: [...document.querySelectorAll('.pp-tab')].map((t) => t.getBoundingClientRect().height),
      }));
      expect(sizes.tabsBottom).toBeLessThanOrEqual(70);
      // One line each: the tallest tab is no taller than the shortest.
      expect(Math.max(...sizes.tabHeights) - Math.min(...sizes.tabHeights)).toBeLessThan(1);
      expect(Math.max(...sizes.tabHeights)).toBeLessThan(30);
      await popup.screenshot({ path: join(screenshotDir(), 'popup-266x200.png') });
    } finally {
      await popup.setViewportSize({ width: 400, height: 600 });
    }
  });

  it('logged no console error', () => {
    expect(session.errors).toEqual([]);
  });
});
