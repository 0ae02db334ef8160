import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { root, screenshotDir, useExtension } from './browser';
import { ask } from './extension-api';
import { settledMarks } from './marks';
import { openOptions } from './options-helpers';
import { highlightOf, hoverMark, popover } from './popover-helpers';

const env = useExtension();
const LIGHTGLUE = 'arxiv:2306.13643';
const fileUrl = (path: string) => pathToFileURL(join(root, path)).href;

async function openLocal(path: string): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.goto(fileUrl(path));
  await settledMarks(page, { min: 3 });
  return page;
}

const notice = (page: Page, role: 'status' | 'alert', text: string) =>
  page.locator('paperlens-ui').getByRole(role).filter({ hasText: text });

describe('"Not this paper" on local files (file://)', () => {
  it('hides the paper in every local file, says so, and can be undone', async () => {
    const page = await openLocal('tests/fixtures/demo/index.html');
    await hoverMark(page, 'LightGlue: Local Feature');
    expect(await popover(page).locator('.pl-hint').textContent()).toBe('Hides its marks in local files');
    await popover(page).getByRole('button', { name: 'Not this paper' }).click();
    const hidden = notice(page, 'status', 'Hid “LightGlue” in local files.');
    await hidden.waitFor();
    await page.waitForTimeout(300); // the notice fades in
    await page.screenshot({ path: join(screenshotDir(), 'popover-hidden-local-file.png') });
    await expect.poll(() => highlightOf(page, 'LightGlue: Local Feature')).toBe(null);
    expect(await ask(env.session, 'dismissals/list', {})).toMatchObject([{ site: 'local files', paperId: LIGHTGLUE }]);
    // Another local file hides it too; a web page would not (handlers.test.ts).
    const other = await openLocal('tests/fixtures/pages/blog.html');
    expect(await highlightOf(other, 'LightGlue')).toBe(null);
    expect(await highlightOf(other, 'SuperGlue')).toBe('paperlens-mention');
    await other.close();
    // The options page names the site as the reader knows it.
    const options = await openOptions(env.session);
    await expect.poll(() => options.locator('#dismissals').textContent()).toContain('on local files');
    await options.close();
    await page.bringToFront();
    await hidden.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => highlightOf(page, 'LightGlue: Local Feature')).toBe('paperlens-mention');
    expect(await ask(env.session, 'dismissals/list', {})).toEqual([]);
    expect(env.session.errors.filter((e) => e.includes('dismissals'))).toEqual([]);
    await page.close();
  });

  it('says why when hiding fails, and leaves the marks as they were', async () => {
    // The database refuses the write, as a full disk would.
    await env.session.worker.evaluate(() => {
      const store = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
      store.realPut = store.put;
      store.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'dismissals') throw new DOMException('The disk is full', 'QuotaExceededError');
        return store.realPut?.apply(this, args) as IDBRequest<IDBValidKey>;
      };
    });
    try {
      const page = await openLocal('tests/fixtures/demo/index.html');
      await hoverMark(page, 'LightGlue: Local Feature');
      await popover(page).getByRole('button', { name: 'Not this paper' }).click();
      const failed = notice(page, 'alert', 'Could not hide this paper:');
      await failed.waitFor();
      // Said once: the database's error carries a copy of the inner one.
      expect(await failed.textContent()).toBe('Could not hide this paper: The disk is fullOK');
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(screenshotDir(), 'popover-hide-failed.png') });
      expect(await highlightOf(page, 'LightGlue: Local Feature')).toBe('paperlens-mention');
      await failed.getByRole('button', { name: 'OK' }).click();
      expect(await failed.count()).toBe(0);
      expect(env.session.errors.filter((e) => e.includes('dismissals'))).toEqual([]);
      await page.close();
    } finally {
      await env.session.worker.evaluate(() => {
        const store = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
        if (store.realPut) store.put = store.realPut;
      });
    }
  });
});
