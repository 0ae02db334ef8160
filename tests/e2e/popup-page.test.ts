// Popup "On this page": the papers of a fixture tab, most-mentioned first; reveal a mention; Save all.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension, root, screenshotDir } from './browser';
import { settledMarks } from './marks';
import { ask, openReadyPopup, tabIdFor } from './popup-helpers';
import { serveFolder } from './server';

let session: ExtensionSession;
let server: Awaited<ReturnType<typeof serveFolder>>;
let blog: Page;
let popup: Page;
let tabId: number;

beforeAll(async () => {
  session = await launchWithExtension();
  server = await serveFolder(join(root, 'tests/fixtures'));
  blog = await session.context.newPage();
  await blog.goto(server.url('/pages/blog.html'));
  await settledMarks(blog, { min: 5 });
  tabId = await tabIdFor(session, blog);
  popup = await openReadyPopup(session, `?tab=${tabId}&view=page`);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const rows = () => popup.locator('.pp-page-item');

describe('popup: on this page', () => {
  it('lists the papers of the tab, most-mentioned first, with counts', async () => {
    await rows().first().waitFor();
    const expected = await ask(popup, 'page/papers', { tabId });
    expect(expected.length).toBeGreaterThanOrEqual(6);
    const counts = (await popup.locator('.pp-count').allTextContents()).map((t) => Number.parseInt(t, 10));
    expect(counts).toEqual(expected.map((p) => p.count));
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const titles = await popup.locator('.pp-page-title').allTextContents();
    expect(titles).toEqual(
      expect.arrayContaining([
        'LightGlue: Local Feature Matching at Light Speed',
        'ST-MoE: Designing Stable and Transferable Sparse Expert Models',
      ]),
    );
    expect(await popup.locator('#pp-page-heading').textContent()).toBe(`${expected.length} papers on this page`);
    // Authors that do not fit are left out whole, for "et al.", never cut mid-name.
    const authorLines = await popup
      .locator('.pp-page-authors')
      .evaluateAll((els) => els.map((el) => ({ text: el.textContent, cut: el.scrollWidth > el.clientWidth })));
    expect(authorLines.filter((line) => line.cut)).toEqual([]);
    expect(authorLines.map((line) => line.text)).toContain('Philipp Lindenberger et al.');
    // Places, not marks: the underlines of one paragraph count once.
    const places = expected.reduce((n, p) => n + p.count, 0);
    expect(await popup.locator('.pp-page-head .pp-muted').textContent()).toBe(`in ${places} places`);
    const first = counts[0] ?? 0;
    expect(await popup.locator('.pp-count').first().getAttribute('title')).toBe(
      `Mentioned in ${first} ${first === 1 ? 'place' : 'places'}`,
    );
  });

  it('scrolls its list inside the panel: the popup itself neither scrolls nor gets a sideways scrollbar', async () => {
    await rows().first().waitFor();
    const panel = await popup
      .locator('.pp-panel-area')
      .evaluate((el) => ({ overflows: el.scrollHeight > el.clientHeight }));
    expect(panel.overflows).toBe(true); // enough papers to need scrolling
    const doc = await popup.evaluate(() => {
      const d = document.documentElement;
      return { tall: d.scrollHeight - d.clientHeight, wide: d.scrollWidth - d.clientWidth };
    });
    expect(doc).toEqual({ tall: 0, wide: 0 });
  });

  it('clicking a paper focuses its tab, scrolls to the first mention and opens its popover', async () => {
    await popup.bringToFront();
    await rows().filter({ hasText: 'LightGlue' }).click();
    await blog.waitForFunction(
      () => document.querySelector('paperlens-ui')?.shadowRoot?.querySelector('.pl-card h2')?.textContent,
    );
    const title = await blog.evaluate(
      () => document.querySelector('paperlens-ui')?.shadowRoot?.querySelector('.pl-card h2')?.textContent,
    );
    expect(title).toBe('LightGlue: Local Feature Matching at Light Speed');
    const active = await session.worker.evaluate(async () => {
      const tabs = await (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }
      ).chrome.tabs.query({ active: true });
      return tabs[0]?.id;
    });
    expect(active).toBe(tabId);
  });

  it('clicking the same paper again opens its next mention, and round to the first', async () => {
    // A thread that names GLUE in two comments.
    const thread = await session.context.newPage();
    await thread.goto(server.url('/pages/ml-thread.html'));
    await settledMarks(thread, { min: 5 });
    const threadPopup = await openReadyPopup(session, `?tab=${await tabIdFor(session, thread)}&view=page`);
    const glue = threadPopup.locator('.pp-page-item').filter({ hasText: 'GLUE: A Multi-Task Benchmark' });
    expect(await glue.locator('.pp-count').textContent()).toBe('2 places');
    // Where the open popover's mention is on the page.
    const activeAt = () =>
      thread.evaluate(() => {
        const [active] = window.__paperlensMarks(['paperlens-active']);
        return active ? Math.round(active.range.getBoundingClientRect().top + window.scrollY) : null;
      });
    const seen: Array<number | null> = [];
    for (let click = 0; click < 3; click++) {
      const before = await activeAt();
      await threadPopup.bringToFront();
      await glue.click();
      await expect.poll(activeAt).not.toBe(before);
      seen.push(await activeAt());
    }
    // The first comment's, the second's, and the first's again.
    expect(seen[0]).not.toBe(seen[1]);
    expect(seen[2]).toBe(seen[0]);
    await threadPopup.close();
    await thread.close();
  });

  it('clicking another paper while a popover is open moves the popover there, across a scroll', async () => {
    // A short window: the two papers' first mentions are screens apart, so the open popover's
    // mention scrolls out of view as the page goes to the other one.
    await blog.setViewportSize({ width: 1000, height: 260 });
    const shownTitle = () =>
      blog.evaluate(
        () => document.querySelector('paperlens-ui')?.shadowRoot?.querySelector('.pl-card h2')?.textContent,
      );
    for (const [row, title] of [
      ['SWE-bench Goes Live!', 'SWE-bench Goes Live!'],
      ['SuperGLUE: A Stickier', 'SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding Systems'],
      ['SWE-bench Goes Live!', 'SWE-bench Goes Live!'],
    ] as const) {
      await popup.bringToFront();
      await rows().filter({ hasText: row }).click();
      await blog.waitForFunction(
        (expected) =>
          document.querySelector('paperlens-ui')?.shadowRoot?.querySelector('.pl-card h2')?.textContent === expected,
        title,
      );
      // Still open a moment later: the last popover's scroll does not close the new one.
      await blog.waitForTimeout(400);
      expect(await shownTitle()).toBe(title);
    }
    await blog.setViewportSize({ width: 1280, height: 720 });
  });

  it('"Save all" adds every paper to the chosen list', async () => {
    const target = await ask(popup, 'lists/create', { name: 'From the blog' });
    await ask(popup, 'lists/create', { name: 'Other' });
    await popup.reload();
    await rows().first().waitFor();
    await popup.getByLabel('Save all to list').selectOption({ label: 'From the blog' });
    const n = await rows().count();
    await popup.getByRole('button', { name: `Save all (${n})` }).click();
    await popup.getByText(`Saved ${n} papers to “From the blog”`).waitFor();
    const { entries } = await ask(popup, 'lists/overview', {});
    expect(entries.filter((e) => e.listId === target.id)).toHaveLength(n);
    expect(await popup.locator('.pp-saved-inline').count()).toBe(n);
    // Which list, on hover: "Save N more" counts for the chosen list, a row is saved anywhere.
    expect(await popup.locator('.pp-saved-inline').first().getAttribute('title')).toBe('Saved in From the blog');
    // Every paper is in the list now: the button says so, and pressed, that nothing new was saved,
    // with no Undo.
    const allSaved = popup.getByRole('button', { name: 'All saved' });
    expect(await allSaved.getAttribute('aria-disabled')).toBe('true');
    // (Playwright will not click what is aria-disabled unless forced; a person can.)
    await allSaved.click({ force: true });
    await popup.getByText(`All ${n} papers are already in “From the blog”`).waitFor();
    expect(await popup.locator('.pp-saveall').getByRole('button', { name: 'Undo' }).count()).toBe(0);
    // One paper there before: Undo takes out what the save added, and leaves that one.
    const kept = entries.find((e) => e.listId === target.id);
    for (const e of entries.filter((e) => e.listId === target.id && e !== kept)) {
      await ask(popup, 'entries/remove', { entryId: e.id });
    }
    await popup.getByRole('button', { name: `Save ${n - 1} more` }).click();
    await popup.getByText(`Saved ${n - 1} papers to “From the blog” (1 already there)`).waitFor();
    await popup.screenshot({ path: join(screenshotDir(), 'popup-save-all-undo.png') });
    await popup.locator('.pp-saveall').getByRole('button', { name: 'Undo' }).click();
    await popup.getByText(`Undone: ${n - 1} papers taken out again.`).waitFor();
    // The Undo button went: focus is back on the button the save came from.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe(`Save ${n - 1} more`);
    const after = (await ask(popup, 'lists/overview', {})).entries.filter((e) => e.listId === target.id);
    expect(after.map((e) => e.id)).toEqual([kept?.id]);
    expect(await popup.locator('.pp-saved-inline').count()).toBe(1);
  });

  it('"Save all" can name a new list from its menu, and saves there', async () => {
    await popup.reload();
    await rows().first().waitFor();
    const n = await rows().count();
    const shownList = () =>
      popup.getByLabel('Save all to list').evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text);
    const before = await shownList();
    // From the keyboard, passing "New list…" in the closed menu opens nothing; Enter does, and
    // Escape then gives up on it.
    await popup.getByLabel('Save all to list').focus();
    await popup.keyboard.press('End');
    await popup.waitForTimeout(200);
    expect(await popup.getByLabel('New list name').count()).toBe(0);
    await popup.keyboard.press('Enter');
    await popup.getByLabel('New list name').waitFor();
    await popup.keyboard.press('Escape');
    await popup.getByLabel('New list name').waitFor({ state: 'detached' });
    await popup.getByLabel('Save all to list').selectOption({ label: 'New list…' });
    const field = popup.getByLabel('New list name');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    // While it is named, Save cannot save to the list chosen before.
    expect(await popup.locator('.pp-saveall .pl-primary').first().isDisabled()).toBe(true);
    // Escape gives up: the menu is back on the list it showed, with focus.
    await field.press('Escape');
    await expect.poll(() => field.count()).toBe(0);
    expect(await shownList()).toBe(before);
    await expect
      .poll(() => popup.getByLabel('Save all to list').evaluate((el) => el === document.activeElement))
      .toBe(true);
    await popup.getByLabel('Save all to list').selectOption({ label: 'New list…' });
    await popup.getByLabel('New list name').fill('Blog, second pass');
    await popup.getByLabel('New list name').press('Enter');
    // Made and chosen, nothing saved yet: the button offers all the page's papers, and has focus.
    const save = popup.getByRole('button', { name: `Save all (${n})` });
    await expect.poll(() => save.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await shownList()).toBe('Blog, second pass');
    await save.click();
    await popup.getByText(`Saved ${n} papers to “Blog, second pass”`).waitFor();
    const { lists, entries } = await ask(popup, 'lists/overview', {});
    const made = lists.find((l) => l.name === 'Blog, second pass');
    expect(entries.filter((e) => e.listId === made?.id)).toHaveLength(n);
  });

  it('"Save all" into a list it made takes the list back too on Undo', async () => {
    for (const list of (await ask(popup, 'lists/overview', {})).lists) {
      await ask(popup, 'lists/delete', { listId: list.id });
    }
    await popup.reload();
    await rows().first().waitFor();
    const n = await rows().count();
    await popup.getByRole('button', { name: `Save all (${n})` }).click();
    await popup.getByText(`Saved ${n} papers to “Reading list”`).waitFor();
    expect((await ask(popup, 'lists/overview', {})).lists.map((l) => l.name)).toEqual(['Reading list']);
    await popup.locator('.pp-saveall').getByRole('button', { name: 'Undo' }).click();
    await popup.getByText(`Undone: ${n} papers taken out again.`).waitFor();
    expect(await ask(popup, 'lists/overview', {})).toMatchObject({ lists: [], entries: [] });
  });

  it('"Pause on this site" turns PaperLens off on the site, in the open tab too, says so, and resumes', async () => {
    const marks = async () => (await settledMarks(blog, { min: 0, timeout: 1500 })).length;
    const badge = () => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(await marks()).toBeGreaterThan(5);
    await popup.reload();
    const toggle = popup.getByRole('switch', { name: 'Pause on 127.0.0.1' });
    const switchFocused = () => popup.evaluate(() => document.activeElement?.getAttribute('role') === 'switch');
    const top = async () => (await toggle.boundingBox())?.y;
    expect(await toggle.isChecked()).toBe(false);
    const before = await top();
    // From the keyboard: the switch keeps focus and its place while the view under it changes.
    await toggle.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await expect.poll(marks).toBe(0);
    await expect.poll(badge).toBe('');
    // The open popup follows: no stale list of papers, and it says why there are none.
    await popup.getByText('PaperLens is paused on 127.0.0.1').waitFor();
    expect(await popup.getByText('No papers found on this page').count()).toBe(0);
    await expect.poll(switchFocused).toBe(true);
    expect(await top()).toBe(before);
    expect((await ask(popup, 'settings/get', {})).siteRules).toEqual([{ pattern: '127.0.0.1', mode: 'off' }]);
    await popup.getByRole('button', { name: 'Resume on 127.0.0.1' }).click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    // Resume is gone with the paused view: focus goes back to the switch.
    await expect.poll(switchFocused).toBe(true);
    await expect.poll(marks).toBeGreaterThan(5);
    await expect.poll(badge).not.toBe('');
    await popup
      .locator('#pp-page-heading')
      .filter({ hasText: /papers on this page$/ })
      .waitFor();
  });

  it('says so when the page has no papers', async () => {
    const empty = await session.context.newPage();
    await empty.goto(server.url('/pages/does-not-exist.html'));
    const emptyTab = await tabIdFor(session, empty);
    const page = await openReadyPopup(session, `?tab=${emptyTab}&view=page`);
    await page.getByText('No papers found on this page').waitFor();
    await page.close();
    await empty.close();
  });

  it('says it cannot read a page where PaperLens does not run, rather than that it has no papers', async () => {
    const blank = await session.context.newPage();
    await blank.goto('about:blank');
    const blankTab = await tabIdFor(session, blank);
    const page = await openReadyPopup(session, `?tab=${blankTab}&view=page`);
    await page.getByText('PaperLens cannot read this page').waitFor();
    expect(await page.getByText('No papers found on this page').count()).toBe(0);
    await page.close();
    await blank.close();
  });

  it("forgets a tab's papers when it navigates to a page PaperLens does not run on", async () => {
    expect((await ask(popup, 'page/papers', { tabId })).length).toBeGreaterThan(0);
    await blog.goto('about:blank');
    await expect.poll(async () => (await ask(popup, 'page/papers', { tabId })).length).toBe(0);
  });

  it('logged no console error', () => {
    expect(session.errors.filter((e) => !e.includes('does-not-exist'))).toEqual([]);
  });
});
