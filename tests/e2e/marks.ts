import type { Frame, Page } from 'playwright-core';

/** A page, or a frame in it (an iframe's marks are in its own document). */
type Doc = Page | Frame;

export interface MarkInfo {
  text: string;
  highlight: string;
}

/** The marked text on the page, read from the CSS highlight registry (the marks are not in the DOM). */
export async function readMarks(page: Doc): Promise<MarkInfo[]> {
  return page.evaluate(() =>
    window
      .__paperlensMarks()
      .map(({ range, highlight }) => ({ text: range.toString().replace(/\s+/g, ' ').trim(), highlight })),
  );
}

/** Wait until the marks stop changing (the scan is sliced and asynchronous). */
export async function settledMarks(page: Doc, { min = 1, timeout = 5_000 } = {}): Promise<MarkInfo[]> {
  const start = Date.now();
  let previous = '';
  let stableSince = Date.now();
  for (;;) {
    const marks = await readMarks(page);
    const key = JSON.stringify(marks);
    if (key !== previous) {
      previous = key;
      stableSince = Date.now();
    } else if (marks.length >= min && Date.now() - stableSince > 250) {
      return marks;
    }
    if (Date.now() - start > timeout) return marks;
    await page.waitForTimeout(50);
  }
}

/** Centre of the first line box of the mark whose text starts with `text`; asked again for up to
 * two seconds, as a page that renders its text again has no mark for a moment each time. */
export async function markPoint(page: Doc, text: string): Promise<{ x: number; y: number }> {
  const until = Date.now() + 2_000;
  for (;;) {
    const point = await markPointNow(page, text);
    if (point) return point;
    if (Date.now() > until) throw new Error(`e2e: no mark starting with "${text}"`);
    await page.waitForTimeout(20);
  }
}

async function markPointNow(page: Doc, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    for (const { range } of window.__paperlensMarks()) {
      if (!range.toString().replace(/\s+/g, ' ').trim().startsWith(wanted)) continue;
      // Like a reader, scroll a mark below the fold into view before pointing at it.
      const box = range.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) {
        const host = range.startContainer.parentElement;
        host?.scrollIntoView({ block: 'center' });
      }
      const first = range.getClientRects()[0];
      if (first) return { x: first.left + Math.min(first.width / 2, 20), y: first.top + first.height / 2 };
    }
    return null;
  }, text);
}

/** Centre of the first line box of `text` where the page has it, marked or not (a quiet site
 * draws no marks). */
export async function textPoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted.slice(0, 20));
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + Math.min(20, (node as Text).data.length - at));
      const first = range.getClientRects()[0];
      if (first) return { x: first.left + Math.min(first.width / 2, 20), y: first.top + first.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`e2e: no text "${text}" on the page`);
  return point;
}
