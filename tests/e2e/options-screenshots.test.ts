import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension, screenshotDir } from './browser';
import { askFrom, openOptions } from './options-helpers';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('options page screenshots', () => {
  it('looks right in light and dark (docs/screenshots/options-*.png)', async () => {
    const page = await openOptions(session);
    const papers = await askFrom(page, 'papers/get', {
      ids: ['arxiv:1905.00537', 'arxiv:1911.11763', 'arxiv:2306.13643'],
    });
    const settings = await askFrom(page, 'settings/get', {});
    await askFrom(page, 'settings/set', {
      settings: {
        ...settings,
        siteRules: [
          { pattern: 'news.ycombinator.com', mode: 'quiet' },
          { pattern: '*.bank.example', mode: 'off' },
        ],
      },
    });
    for (const paper of papers.slice(0, 2)) {
      await askFrom(page, 'dismissals/add', { url: 'https://www.reddit.com/r/MachineLearning', paperId: paper.id });
    }
    await page.setViewportSize({ width: 900, height: 900 });
    for (const theme of ['light', 'dark'] as const) {
      await askFrom(page, 'settings/set', { settings: { ...(await askFrom(page, 'settings/get', {})), theme } });
      await page.reload();
      await page.waitForSelector('.pl-opt[data-ready]');
      await page.getByRole('list', { name: 'Hidden papers' }).waitFor();
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await page.screenshot({ path: `${screenshotDir()}/options-${theme}.png`, fullPage: true });
    }
    expect(session.errors).toEqual([]);
  });
});
