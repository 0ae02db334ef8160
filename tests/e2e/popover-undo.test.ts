import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotDir, useExtension } from './browser';
import { ask } from './extension-api';
import { settledMarks } from './marks';
import { highlightOf, hoverMark, popover } from './popover-helpers';

const env = useExtension('tests/fixtures');
const LIGHTGLUE = 'arxiv:2306.13643';
const SUPERGLUE = 'arxiv:1911.11763';

const entriesNow = async () => (await ask(env.session, 'lists/overview', {})).entries.sort((a, b) => a.order - b.order);

describe('popover: Remove from a list can be undone', () => {
  it('from the keyboard: Undo takes focus, and brings the entry back with its status, note and place', async () => {
    const first = await ask(env.session, 'entries/save', { paperId: LIGHTGLUE });
    await ask(env.session, 'entries/save', { paperId: SUPERGLUE });
    await ask(env.session, 'entries/update', {
      entryId: first.id,
      status: 'reading',
      note: 'Compare with our matcher',
    });
    const before = await entriesNow();
    expect(before.map((e) => e.paperId)).toEqual([LIGHTGLUE, SUPERGLUE]);

    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/demo/index.html'));
    await settledMarks(page, { min: 10 });
    expect(await highlightOf(page, 'LightGlue: Local Feature')).toBe('paperlens-saved');
    await hoverMark(page, 'LightGlue: Local Feature');
    const dialog = popover(page);
    const focused = () =>
      page.evaluate(() => {
        const el = document.querySelector('paperlens-ui')?.shadowRoot?.activeElement;
        return el ? `${el.localName}#${el.id}:${el.textContent?.trim()}` : '';
      });

    // The notice goes into a status region that is there, empty, before it: a live region added
    // with its text already in it is not announced by every screen reader.
    const region = dialog.locator('.pl-save .pl-undo-region[role="status"]');
    expect(await region.textContent()).toBe('');
    await region.evaluate((el) => el.setAttribute('data-before', ''));
    await dialog.getByRole('button', { name: 'Remove from Reading list' }).focus();
    await page.keyboard.press('Enter');
    const undo = dialog.getByRole('status').filter({ hasText: 'Removed from Reading list.' });
    await undo.waitFor();
    expect(await undo.getAttribute('data-before')).toBe('');
    await expect.poll(focused).toBe('button#:Undo');
    await expect.poll(async () => (await entriesNow()).map((e) => e.paperId)).toEqual([SUPERGLUE]);
    await expect.poll(() => highlightOf(page, 'LightGlue: Local Feature')).toBe('paperlens-mention');
    expect(await dialog.textContent()).not.toContain('Saved in Reading list');
    await page.waitForTimeout(250);
    await page.screenshot({ path: join(screenshotDir(), 'popover-remove-undo.png') });

    await page.keyboard.press('Enter');
    await expect.poll(entriesNow).toEqual(before);
    await expect.poll(() => highlightOf(page, 'LightGlue: Local Feature')).toBe('paperlens-saved');
    expect(await undo.count()).toBe(0);
    await expect(dialog.getByLabel('Status in Reading list').inputValue()).resolves.toBe('reading');
    // Focus lands on the entry that came back, ready for the next key.
    await expect.poll(focused).toMatch(new RegExp(`^select#status-${first.id.replace(/[|.]/g, '\\$&')}:`));
    await page.close();
  });

  it('with the pointer: saved there again, Undo is still offered and brings the note and status back', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/demo/index.html'));
    await settledMarks(page, { min: 10 });
    await hoverMark(page, 'LightGlue: Local Feature');
    const dialog = popover(page);
    await dialog.getByRole('button', { name: 'Remove from Reading list' }).click();
    const removed = dialog.getByRole('status').filter({ hasText: 'Removed from Reading list.' });
    await removed.waitFor();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => dialog.textContent()).toContain('Saved in Reading list');
    // A fresh save: status and note start over...
    const saved = (await entriesNow()).find((e) => e.paperId === LIGHTGLUE);
    expect(saved).toMatchObject({ status: 'to-read', note: '' });
    // ...and the notice says what the new entry lacks, with the Undo that brings it back.
    const again = dialog
      .getByRole('status')
      .filter({ hasText: 'Saved in Reading list again, without its earlier note and status.' });
    await again.waitFor();
    await page.waitForTimeout(250);
    await page.screenshot({ path: join(screenshotDir(), 'popover-resaved-undo.png') });
    await again.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(async () => (await entriesNow()).find((e) => e.paperId === LIGHTGLUE))
      .toMatchObject({ id: saved?.id, status: 'reading', note: 'Compare with our matcher' });
    // The popover shows it once it has read the details again.
    await expect.poll(() => dialog.getByLabel('Status in Reading list').inputValue()).toBe('reading');
    expect(await again.count()).toBe(0);
    expect(await removed.count()).toBe(0);
    await page.close();
  });
});
