import type { Page } from 'playwright-core';
import { markPoint, settledMarks } from './marks';

/** Rest the pointer on the mark that starts with `text` and wait for its popover. */
export async function hoverMark(page: Page, text: string): Promise<void> {
  await settledMarks(page);
  // Open on this mark: the popover of another one, still open where the pointer last rested, is not.
  const opened = (timeout: number) =>
    page.waitForFunction(
      (wanted) =>
        !!document.querySelector('paperlens-ui')?.shadowRoot?.querySelector('[role="dialog"] .pl-card') &&
        window
          .__paperlensMarks(['paperlens-active'])
          .some(({ range }) => range.toString().replace(/\s+/g, ' ').trim().startsWith(wanted)),
      text,
      { timeout },
    );
  // The popover of another mark, open where the pointer last rested (or about to open there), may
  // cover this one: a reader moves off it and closes it first.
  const otherOpen = () =>
    page.evaluate(
      (wanted) =>
        !!document.querySelector('paperlens-ui')?.shadowRoot?.querySelector('[role="dialog"]') &&
        !window
          .__paperlensMarks(['paperlens-active'])
          .some(({ range }) => range.toString().replace(/\s+/g, ' ').trim().startsWith(wanted)),
      text,
    );
  await page.mouse.move(1, 1);
  if (await otherOpen()) {
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => !document.querySelector('paperlens-ui')?.shadowRoot?.querySelector('[role="dialog"]'),
    );
  }
  const point = await markPoint(page, text);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  // A pointer that arrived while the last popover was still fading out over the mark sent its move
  // to that popover: a person would move it again, and so does this, once.
  const first = await opened(10_000).catch(() => null);
  if (first) return;
  await page.mouse.move(point.x + 8, point.y + 8);
  const again = await markPoint(page, text);
  await page.mouse.move(again.x, again.y, { steps: 2 });
  await opened(15_000);
}

/** The popover's dialog, inside PaperLens's shadow root. */
export function popover(page: Page) {
  return page.locator('paperlens-ui').locator('[role="dialog"]');
}

/** The open popover's title; waits a few seconds for one to open (a poll over it then fails as a
 * failed expectation, where waiting Playwright's default 30 s per try ran past the test's time). */
export async function popoverTitle(page: Page): Promise<string> {
  return (await popover(page).locator('h2').textContent({ timeout: 5_000 }))?.trim() ?? '';
}

export async function popoverClosed(page: Page): Promise<boolean> {
  return page.evaluate(() => !document.querySelector('paperlens-ui')?.shadowRoot?.querySelector('[role="dialog"]'));
}

/** Which highlight the mark starting with `text` is painted with. */
export async function highlightOf(page: Page, text: string): Promise<string | null> {
  return page.evaluate((wanted) => {
    for (const { range, highlight } of window.__paperlensMarks()) {
      if (range.toString().replace(/\s+/g, ' ').trim().startsWith(wanted)) return highlight;
    }
    return null;
  }, text);
}
