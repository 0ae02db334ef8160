// Native menus and shortcuts cannot be clicked or pressed in headless Chromium. These journeys check
// what the browser registered, and drive the same code paths the menu and the commands use;
// the click handler itself is unit-tested in tests/unit/settings/context-menu.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENU_SAVE_LINK, MENU_SEARCH } from '../../lib/background/context-menu';
import { screenshotDir, useExtension } from './browser';
import { settledMarks } from './marks';
import { type ChromeApi, tabIdOf } from './options-helpers';

const env = useExtension('tests/fixtures/pages');

/** What the next-mention command's handler sends the tab, and the tab's answer. */
const nextMention = (tabId: number) =>
  env.session.worker.evaluate(
    (id) =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.sendMessage(id, {
        channel: 'paperlens',
        type: 'tab/next-mention',
        payload: {},
      }),
    tabId,
  );

describe('context menu', () => {
  it('registers both items once the extension is installed', async () => {
    // contextMenus has no getAll; update() rejects for an id that was never created.
    const exists = (id: string) =>
      env.session.worker.evaluate(
        (menuId) =>
          (globalThis as unknown as { chrome: ChromeApi }).chrome.contextMenus.update(menuId, {}).then(
            () => true,
            () => false,
          ),
        id,
      );
    await expect.poll(() => exists(MENU_SEARCH)).toBe(true);
    expect(await exists(MENU_SAVE_LINK)).toBe(true);
    expect(await exists('paperlens-no-such-item')).toBe(false);
    expect(
      await env.session.worker.evaluate(() =>
        (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.getManifest(),
      ),
    ).toMatchObject({ permissions: expect.arrayContaining(['contextMenus']) });
  });

  it('opens the search page the menu opens (popup.html?q=...) without an error', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`chrome-extension://${env.session.extensionId}/popup.html?q=${encodeURIComponent('SuperGlue')}`);
    await page.waitForSelector('#app > *');
    await page.waitForTimeout(300);
    expect(env.session.errors).toEqual([]);
    await page.close();
  });
});

describe('shortcuts', () => {
  it('declares both commands in the manifest with their keys', async () => {
    const manifest = await env.session.worker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.getManifest(),
    );
    expect(manifest.commands).toMatchObject({
      _execute_action: { suggested_key: { default: 'Alt+Shift+L' } },
      'next-mention': { suggested_key: { default: 'Alt+Shift+J' } },
    });
    expect(manifest.action).toMatchObject({ default_popup: 'popup.html' });
    const commands = await env.session.worker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.commands.getAll(),
    );
    // Both keys are actually assigned: Chromium silently drops a suggested key it reserves.
    expect(commands.map((c) => [c.name, c.shortcut]).sort()).toEqual([
      ['_execute_action', 'Alt+Shift+L'],
      ['next-mention', 'Alt+Shift+J'],
    ]);
  });

  it('"next-mention" opens the popover on the first mention (the message the command handler sends)', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/blog.html'));
    await settledMarks(page);
    const tabId = await tabIdOf(env.session, page);
    const reply = await nextMention(tabId);
    expect(reply).toEqual({ ok: true, value: true });
    await page.waitForFunction(() => !!document.querySelector('paperlens-ui')?.shadowRoot?.querySelector('.pl-card'));
    await page.close();
  });

  it('"next-mention" on a page with no marks says so at the corner of the page, and the word goes', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/negatives.html'));
    await page.waitForTimeout(800);
    const tabId = await tabIdOf(env.session, page);
    const reply = await nextMention(tabId);
    expect(reply).toEqual({ ok: true, value: false });
    const note = page.locator('paperlens-ui').locator('[role="status"] .pl-toast');
    await note.waitFor();
    expect(await note.textContent()).toBe('No paper is marked on this page.');
    await page.screenshot({ path: join(screenshotDir(), 'page-note-no-marks.png') });
    await note.waitFor({ state: 'detached', timeout: 8000 });
    await page.close();
  });
});
