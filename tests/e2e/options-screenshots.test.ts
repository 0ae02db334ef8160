import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension, screenshotDir } from './browser';
import { askFrom, openOptions } from './options-helpers';
import { seriousViolations } from './popup-helpers';

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

  it('has no serious axe violation in light or dark, with an error and the reset question shown', async () => {
    const page = await openOptions(session);
    // The theme follows the scheme emulated below (the screenshots above leave it set to dark).
    await askFrom(page, 'settings/set', { settings: { ...(await askFrom(page, 'settings/get', {})), theme: 'auto' } });
    await askFrom(page, 'dismissals/add', { url: 'https://example.org/post', paperId: 'arxiv:1911.11763' });
    await page.reload();
    await page.getByRole('list', { name: 'Hidden papers' }).waitFor();
    await page.getByRole('textbox', { name: 'Site' }).fill('not a site!');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    await page.getByRole('button', { name: 'Reset everything…' }).click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }
    await page.close();
  });

  it('switches slide their knob only when the system does not ask for reduced motion', async () => {
    const page = await openOptions(session);
    const slide = () =>
      page.evaluate(() => {
        const input = document.querySelector('.pl-opt-switch input') as Element;
        return [getComputedStyle(input).transitionDuration, getComputedStyle(input, '::after').transitionDuration];
      });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await slide()).toEqual(['0.15s', '0.15s']);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await slide()).toEqual(['0s', '0s']);
    await page.close();
  });

  it('fits a 320 px window (400% zoom): no control runs out of its card, no label is cut', async () => {
    const page = await openOptions(session);
    await page.getByRole('list', { name: 'Site rules' }).waitFor();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.waitForTimeout(100);
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      for (const section of document.querySelectorAll<HTMLElement>('.pl-opt-section')) {
        const right = section.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(section).paddingRight);
        for (const el of section.querySelectorAll<HTMLElement>('select, button, input, kbd, .pl-opt-list')) {
          const box = (el.closest('label') ?? el).getBoundingClientRect();
          if (box.width > 0 && box.right > right + 0.5)
            found.push(
              `${section.id}: ${el.tagName} ${el.textContent?.trim().slice(0, 30)} ends at ${box.right}, card at ${right}`,
            );
        }
        for (const el of section.querySelectorAll<HTMLElement>(
          '[data-command] > .pl-opt-command, .pl-opt-paper-title',
        )) {
          if (el.scrollWidth > el.clientWidth) found.push(`${section.id}: "${el.textContent}" is cut`);
        }
      }
      return found;
    });
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${screenshotDir()}/options-320.png`, fullPage: true });
  });
});
