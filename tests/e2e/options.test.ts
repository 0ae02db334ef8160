import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension } from './browser';
import { settledMarks, textPoint } from './marks';
import { askFrom, badgeOf, eventually, openOptions, pageState } from './options-helpers';

const env = useExtension('tests/fixtures/pages');

async function openBlog(): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.goto(env.server.url('/blog.html'));
  return page;
}

describe('options page', () => {
  it('shows every section and the two shortcuts, with no console error', async () => {
    const page = await openOptions(env.session);
    for (const title of ['Detection', 'Sites', 'Appearance', 'Hidden papers', 'Keyboard shortcuts', 'Your data']) {
      await page.getByRole('heading', { name: title }).waitFor();
    }
    await expect.poll(() => page.locator('[data-command="_execute_action"] kbd').textContent()).toBe('Alt+Shift+L');
    await expect.poll(() => page.locator('[data-command="next-mention"] kbd').textContent()).toBe('Alt+Shift+J');
    expect(await page.getByText('Storage used').count()).toBe(1);
    expect(env.session.errors).toEqual([]);
    await page.close();
  });

  it("opened at a section (options.html#data, where Firefox's popup sends an import), shows it and focuses its heading", async () => {
    const page = await env.session.context.newPage();
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto(`chrome-extension://${env.session.extensionId}/options.html#data`);
    await page.waitForSelector('.pl-opt[data-ready]');
    const heading = page.getByRole('heading', { name: 'Your data' });
    await expect.poll(() => heading.evaluate((h) => document.activeElement === h)).toBe(true);
    const box = await heading.boundingBox();
    expect(box && box.y >= 0 && box.y < 600).toBe(true);
    await page.close();
  });

  it('runs the blog fixture on, quiet and off as the site rules say', async () => {
    const on = await openBlog();
    const marks = await settledMarks(on);
    expect(marks.length).toBeGreaterThan(0);
    expect((await pageState(on)).styled).toBe(true);
    const count = await eventually(
      () => badgeOf(env.session, on),
      (t) => t !== '',
    );
    expect(Number(count)).toBeGreaterThan(0);
    await on.close();

    // Quiet, through the options page's form: the badge still counts, nothing is marked or hovered.
    const options = await openOptions(env.session);
    await options.getByLabel('Site', { exact: true }).fill('http://127.0.0.1/any/path');
    await options.getByLabel('Mode for the new site').selectOption('quiet');
    await options.getByRole('button', { name: 'Add rule' }).click();
    await options.getByLabel('Mode on 127.0.0.1').waitFor();
    const quiet = await openBlog();
    expect(
      await eventually(
        () => badgeOf(env.session, quiet),
        (t) => t === count,
      ),
    ).toBe(count);
    // Counted, not drawn: the page's highlight registry is left alone.
    expect(await pageState(quiet)).toEqual({ styled: false, ranges: 0, registered: false });
    const point = await textPoint(quiet, marks[0]?.text ?? '');
    await quiet.mouse.move(point.x, point.y, { steps: 2 });
    await quiet.waitForTimeout(800);
    expect(await quiet.evaluate(() => !!document.querySelector('paperlens-ui'))).toBe(false);
    await quiet.close();

    // Off: no marks, no badge.
    await options.getByLabel('Mode on 127.0.0.1').selectOption('off');
    await expect
      .poll(() => askFrom(options, 'sites/get-mode', { url: env.server.url('/') }))
      .toMatchObject({ mode: 'off' });
    const off = await openBlog();
    await off.waitForTimeout(1_200);
    expect(await pageState(off)).toEqual({ styled: false, ranges: 0, registered: false });
    expect(await badgeOf(env.session, off)).toBe('');
    await off.close();

    await options.getByRole('button', { name: 'Remove the rule for 127.0.0.1' }).click();
    await expect.poll(() => askFrom(options, 'settings/get', {})).toMatchObject({ siteRules: [] });
    await options.close();
  });

  it('keeps every switch at the right of its text in a narrow window', async () => {
    const page = await openOptions(env.session);
    await page.setViewportSize({ width: 420, height: 800 });
    const switches = await page.getByRole('switch').evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        const label = el.closest('label')?.querySelector('.pl-opt-label');
        if (!label) throw new Error('e2e: a switch without its text');
        const text = label.getBoundingClientRect();
        return { right: Math.round(box.right), besideText: box.left >= text.right };
      }),
    );
    expect(switches).toHaveLength(3);
    expect(switches.every((s) => s.besideText)).toBe(true);
    expect(new Set(switches.map((s) => s.right)).size).toBe(1);
    await page.close();
  });

  it('rejects a site pattern that can never match, with a message', async () => {
    const page = await openOptions(env.session);
    await page.getByLabel('Site', { exact: true }).fill('not a site!');
    await page.getByRole('button', { name: 'Add rule' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('is not a site');
    // A long one is quoted short, and the page does not grow sideways (it did, to 1,308 px).
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 800 });
      await page.getByLabel('Site', { exact: true }).fill(`https://${'x'.repeat(120)}/not a host`);
      await page.getByRole('button', { name: 'Add rule' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('…xxxxx/not a host');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await page.close();
  });

  it('says so when a URL becomes its site and when adding a site changes its existing rule', async () => {
    const page = await openOptions(env.session);
    const site = page.getByLabel('Site', { exact: true });
    await site.fill('https://Papers.Example.org/some/page');
    await page.getByLabel('Mode for the new site').selectOption('on');
    await page.getByRole('button', { name: 'Add rule' }).click();
    await page.getByRole('status').filter({ hasText: 'Added papers.example.org: On.' }).waitFor();
    await site.fill('papers.example.org');
    await page.getByLabel('Mode for the new site').selectOption('off');
    await page.getByRole('button', { name: 'Add rule' }).click();
    await page.getByRole('status').filter({ hasText: 'Changed papers.example.org from On to Paused.' }).waitFor();
    await page.getByRole('button', { name: 'Remove the rule for papers.example.org' }).click();
    await page.close();
  });

  it('keeps an internationalised site as pages report it, and shows it as typed', async () => {
    const page = await openOptions(env.session);
    await page.getByLabel('Site', { exact: true }).fill('https://www.Bücher.de/katalog');
    await page.getByLabel('Mode for the new site').selectOption('quiet');
    await page.getByRole('button', { name: 'Add rule' }).click();
    await page.getByRole('status').filter({ hasText: 'Added bücher.de: Quiet.' }).waitFor();
    expect(await page.locator('.pl-opt-site').allTextContents()).toContain('bücher.de');
    const { siteRules } = await askFrom(page, 'settings/get', {});
    expect(siteRules).toContainEqual({ pattern: 'xn--bcher-kva.de', mode: 'quiet' });
    await page.getByRole('button', { name: 'Remove the rule for bücher.de' }).click();
    // The notice was about that rule: it goes with it.
    await expect.poll(() => page.getByText('Added bücher.de: Quiet.').count()).toBe(0);
    await page.close();
  });

  it('lists "not this paper" choices and undoes them, focus staying in the list', async () => {
    const page = await openOptions(env.session);
    const [paper] = await askFrom(page, 'papers/get', { ids: ['arxiv:2210.04457'] });
    await askFrom(page, 'dismissals/add', { url: env.server.url('/blog.html'), paperId: paper?.id ?? '' });
    await askFrom(page, 'dismissals/add', { url: 'https://example.org/post', paperId: paper?.id ?? '' });
    await page.reload();
    const row = page.getByRole('list', { name: 'Hidden papers' }).getByRole('listitem');
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain(paper?.title);
    const undo = page.getByRole('button', { name: /^Undo: show .* again$/ });
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    // From the keyboard: the pressed Undo goes with its row; focus goes to the Undo in its place,
    // then to the section's heading, never to the top of the page.
    await undo.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(focused).toBe('Undo');
    await page.keyboard.press('Enter');
    await page.getByText('No hidden papers.').waitFor();
    await expect.poll(focused).toBe('Hidden papers');
    expect(await askFrom(page, 'dismissals/list', {})).toEqual([]);
    await page.close();
  });

  it('exports, imports (showing the validation error) and resets, keeping the catalog', async () => {
    const page = await openOptions(env.session);
    const [paper] = await askFrom(page, 'papers/get', { ids: ['arxiv:2210.04457'] });
    await askFrom(page, 'entries/save', { paperId: paper?.id ?? '' });
    const mine = await askFrom(page, 'settings/get', {});
    await askFrom(page, 'settings/set', {
      settings: { ...mine, theme: 'dark', siteRules: [{ pattern: '*.example.org', mode: 'off' }] },
    });
    // What Export and Import say goes into a status region that is there before it: a live region
    // added with its text in it is not announced by every screen reader.
    const said = page.locator('#data [role="status"]');
    expect(await said.textContent()).toBe('');
    await said.evaluate((el) => el.setAttribute('data-before', ''));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    await expect
      .poll(() => page.locator('#data [role="status"][data-before]').textContent())
      .toBe('Backup downloaded.');
    expect(download.suggestedFilename()).toMatch(/^paperlens-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const json = await download.path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p, 'utf8')));
    expect(JSON.parse(json).entries).toHaveLength(1);

    const file = page.locator('input[type="file"]');
    await file.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"nope":1}') });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe(
      'bad.json was not imported, nothing changed: not a PaperLens backup (no "format" field)',
    );
    // A backup edited by hand: the error names the field, and the saved paper and list it is in.
    const edited = JSON.parse(json);
    edited.entries[0].status = 'finished';
    const listName = edited.lists.find((l: { id: string }) => l.id === edited.entries[0].listId).name;
    await file.setInputFiles({
      name: 'edited.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(edited)),
    });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(
        `edited.json was not imported, nothing changed: entries[0].status (paper "${edited.entries[0].paperId}" in the list "${listName}"): expected one of to-read, reading, read, got "finished"`,
      );
    // Too big to be a backup (and to cross the extension's message limit): refused before reading.
    const huge = join(mkdtempSync(join(tmpdir(), 'pl-huge-')), 'huge.json');
    writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 32));
    await file.setInputFiles(huge);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('huge.json was not imported, nothing changed: the file is 51 MB; a PaperLens backup is at most 50 MB');
    rmSync(huge);

    await page.getByRole('button', { name: 'Reset everything…' }).click();
    // The question takes focus on Cancel; Escape closes it and gives focus back.
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(await focused()).toBe('Cancel');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('Reset everything…');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByText('PaperLens was reset').waitFor();
    // The question and its buttons are gone: focus is back on Reset, not on the page's body.
    await expect.poll(focused).toBe('Reset everything…');
    expect(await askFrom(page, 'lists/overview', {})).toEqual({ lists: [], entries: [] });
    expect((await askFrom(page, 'catalog/status', {})).count).toBe(112);

    await file.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await page
      .getByText(
        'Imported good.json: 1 new list, 1 new entry, 0 updated entries, 0 hidden papers; settings restored with 1 new site rule.',
      )
      .waitFor();
    expect((await askFrom(page, 'lists/overview', {})).entries).toHaveLength(1);
    // The backup brought the settings back too: theme and site rule, shown on the page at once.
    expect(await askFrom(page, 'settings/get', {})).toMatchObject({
      theme: 'dark',
      siteRules: [{ pattern: '*.example.org', mode: 'off' }],
    });
    await expect.poll(() => page.getByText('*.example.org').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('undoes an import of an older backup, unless the data changed since', async () => {
    const page = await openOptions(env.session);
    const list = await askFrom(page, 'lists/create', { name: 'Thesis' });
    const entry = await askFrom(page, 'entries/save', { paperId: 'arxiv:2202.08906', listId: list.id });
    await askFrom(page, 'entries/update', { entryId: entry.id, status: 'read', note: 'short' });
    const old = await askFrom(page, 'backup/export', {});
    // A month later: the note edited, the status back to To read, the paper removed elsewhere.
    await askFrom(page, 'entries/update', { entryId: entry.id, status: 'to-read', note: 'short, edited' });
    await askFrom(page, 'entries/save', { paperId: 'arxiv:2306.13643', listId: list.id });
    const stored = async () => ({ ...JSON.parse(await askFrom(page, 'backup/export', {})), exportedAt: '' });
    const before = await stored();
    const file = page.locator('input[type="file"]');
    await file.setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(old) });
    await page.getByText(/^Imported old\.json: /).waitFor();
    expect(await stored()).not.toEqual(before);
    await page.getByRole('button', { name: 'Undo import' }).click();
    await page.getByText('Import of old.json undone: your lists and settings are as they were before it.').waitFor();
    expect(await stored()).toEqual(before);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type))
      .toBe('file');
    expect(await page.getByRole('button', { name: 'Undo import' }).count()).toBe(0);
    // Changed after the import: the undo is refused, and the change stays.
    await file.setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(old) });
    await page.getByText(/^Imported old\.json: /).waitFor();
    await askFrom(page, 'lists/create', { name: 'Made after the import' });
    await page.getByRole('button', { name: 'Undo import' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(
        'Your lists or settings changed since the import, so undoing it would lose those changes; nothing was undone.',
      );
    expect((await askFrom(page, 'lists/overview', {})).lists.map((l) => l.name)).toContain('Made after the import');
    await page.close();
  });
});
