// An open options page follows changes made elsewhere (the popup, other tabs) and never writes
// back settings it did not change.
import { describe, expect, it } from 'vitest';
import { useExtension } from './browser';
import { ask } from './extension-api';
import { askFrom, openOptions } from './options-helpers';

const env = useExtension('tests/fixtures/pages');

describe('options: changes made elsewhere', () => {
  it('keeps a pause set in the popup when the theme changes, and shows the new rule', async () => {
    const options = await openOptions(env.session);
    const site = new URL(env.server.url('/blog.html')).hostname;
    await ask(env.session, 'sites/set-mode', { url: env.server.url('/blog.html'), mode: 'off' });
    // No visibilitychange here: the page learns about the rule from the background's announcement.
    await expect.poll(() => options.locator('.pl-opt-site').allTextContents()).toEqual([site]);
    await options.getByText('Dark', { exact: true }).click();
    await expect.poll(() => askFrom(options, 'settings/get', {}).then((s) => s.theme)).toBe('dark');
    expect((await askFrom(options, 'settings/get', {})).siteRules).toEqual([{ pattern: site, mode: 'off' }]);
  });

  it('keeps settings from a backup imported in the popup when a switch changes', async () => {
    const options = await openOptions(env.session);
    const backup = JSON.parse(await ask(env.session, 'backup/export', {}));
    backup.settings = { ...backup.settings, hoverDelay: 700, theme: 'light' };
    await ask(env.session, 'backup/import', { json: JSON.stringify(backup) });
    await expect.poll(() => options.locator('.pl-opt-range output').textContent()).toBe('700 ms');
    await options.getByRole('switch', { name: /Links/ }).click();
    await expect.poll(() => askFrom(options, 'settings/get', {}).then((s) => s.detect.links)).toBe(false);
    expect(await askFrom(options, 'settings/get', {})).toMatchObject({ hoverDelay: 700, theme: 'light' });
  });

  it('lists a paper hidden with "Not this paper" in another tab', async () => {
    const options = await openOptions(env.session);
    await expect.poll(() => options.getByText('No hidden papers.').count()).toBe(1);
    await ask(env.session, 'dismissals/add', { url: env.server.url('/blog.html'), paperId: 'arxiv:1911.11763' });
    await expect
      .poll(() => options.getByRole('list', { name: 'Hidden papers' }).locator('.pl-opt-paper-title').allTextContents())
      .toEqual(['SuperGlue: Learning Feature Matching with Graph Neural Networks']);
  });
});
