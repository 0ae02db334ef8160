import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotDir, useExtension } from './browser';
import { tabIdOf } from './extension-api';
import { settledMarks } from './marks';
import { hoverMark, popover, popoverClosed, popoverTitle } from './popover-helpers';

const env = useExtension('tests/fixtures/pages');

// Each of these on <body> makes it the containing block of position:fixed descendants, so a
// popover host inside <body> would be placed relative to the body's top (scrolled far above the
// window) instead of the viewport. transformed.html ships the first; the others replace it.
const BODY_STYLES = [
  ['transform', ''],
  ['filter', 'transform: none !important; filter: saturate(1);'],
  ['will-change', 'transform: none !important; will-change: transform;'],
  ['contain', 'transform: none !important; contain: paint;'],
  ['backdrop-filter', 'transform: none !important; backdrop-filter: blur(1px);'],
] as const;

describe('popover placement on pages that restyle <body>', () => {
  it.each(BODY_STYLES)(
    'body with %s: the popover opens in view, beside its mention, after scrolling',
    async (name, css) => {
      const page = await env.session.context.newPage();
      await page.setViewportSize({ width: 1200, height: 800 });
      await page.goto(env.server.url('/transformed.html'));
      // In <head>: the body's markup stays as the page wrote it.
      if (css) await page.addStyleTag({ content: `body { ${css} }` });
      await settledMarks(page, { min: 2 });
      const bodyBefore = await page.evaluate(() => document.body.innerHTML);
      await page.evaluate(() => document.getElementById('p-lightglue')?.scrollIntoView({ block: 'center' }));
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
      await hoverMark(page, 'LightGlue');
      expect(await popoverTitle(page)).toBe('LightGlue: Local Feature Matching at Light Speed');
      await page.waitForTimeout(250); // the open animation
      const box = await popover(page).boundingBox();
      const mark = await page.evaluate(() => {
        const found = window.__paperlensMarks().find((m) => m.range.toString() === 'LightGlue');
        return found?.range.getBoundingClientRect().toJSON() as DOMRect | undefined;
      });
      if (!box || !mark) throw new Error('e2e: no popover or no LightGlue mark');
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(800);
      expect(box.x + box.width).toBeLessThanOrEqual(1200);
      // Right below or above the mention, as on any other page.
      const gap = box.y >= mark.bottom ? box.y - mark.bottom : mark.top - (box.y + box.height);
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan(24);
      // The one element PaperLens adds lives after <body>, in <html>: the body is byte-identical.
      expect(await page.evaluate(() => document.querySelector('paperlens-ui')?.parentElement?.localName)).toBe('html');
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);
      await page.screenshot({ path: join(screenshotDir(), `popover-body-${name}.png`) });
      await page.close();
    },
  );
});

describe('popover in a scrolling box', () => {
  it('closes when its mention scrolls out of the box (a chat pane), instead of pointing at nothing', async () => {
    const page = await env.session.context.newPage();
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.goto(env.server.url('/scroll-box.html'));
    await settledMarks(page, { min: 2 });
    await hoverMark(page, 'LightGlue');
    expect(await popoverTitle(page)).toBe('LightGlue: Local Feature Matching at Light Speed');
    // The pointer rests in the popover, which keeps it open whatever happens under it.
    const box = await popover(page).boundingBox();
    if (!box) throw new Error('e2e: no popover box');
    await page.mouse.move(box.x + 40, box.y + 30, { steps: 4 });
    await page.waitForTimeout(400);
    expect(await popoverClosed(page)).toBe(false);
    // The pane scrolls a little: the mention goes under the pinned messages, hidden by the box
    // but still inside the window.
    const top = await page.evaluate(() => {
      const pane = document.getElementById('messages') as HTMLElement;
      pane.scrollTop = 200;
      const mark = window.__paperlensMarks().find((m) => m.range.toString() === 'LightGlue');
      return mark?.range.getBoundingClientRect().top ?? Number.NaN;
    });
    expect(top).toBeGreaterThan(0);
    await expect.poll(() => popoverClosed(page), { timeout: 2000 }).toBe(true);
    await page.close();
  });
});

describe('popover of a mention clipped from the start', () => {
  const clipped = useExtension('tests/fixtures/clipping');
  const LIGHTGLUE = 'LightGlue: Local Feature Matching at Light Speed';
  const cardShown = (page: import('playwright-core').Page) =>
    page.evaluate(() => !!document.querySelector('paperlens-ui')?.shadowRoot?.querySelector('.pl-card'));

  // Revealed from the popup ("On this page") or the next-mention key, the mention's element is
  // scrolled into view, which can leave the words themselves clipped by their box.
  it.each(['tall-message.html', 'long-code-line.html'])(
    '%s: revealed from the keyboard, the popover opens and stays',
    async (file) => {
      const page = await clipped.session.context.newPage();
      await page.setViewportSize({ width: 1400, height: 760 });
      await page.goto(clipped.server.url(`/${file}`));
      await settledMarks(page, { min: 1 });
      const tabId = await tabIdOf(clipped.session, page);
      const shown = await clipped.session.worker.evaluate(
        (id) =>
          chrome.tabs.sendMessage(id, {
            channel: 'paperlens',
            type: 'tab/reveal',
            payload: { paperId: 'arxiv:2306.13643' },
          }),
        tabId,
      );
      expect(shown).toMatchObject({ ok: true, value: true });
      await expect.poll(() => cardShown(page)).toBe(true);
      await page.waitForTimeout(600);
      expect(await popoverTitle(page)).toBe(LIGHTGLUE);
      await page.close();
    },
  );

  it('a mention under a box with overflow-x: clip (and visible y) opens its popover on hover', async () => {
    const page = await clipped.session.context.newPage();
    await page.goto(clipped.server.url('/overflow-x-clip.html'));
    await settledMarks(page, { min: 1 });
    await hoverMark(page, 'LightGlue');
    await page.waitForTimeout(600);
    expect(await popoverClosed(page)).toBe(false);
    expect(await popoverTitle(page)).toBe(LIGHTGLUE);
    await page.close();
  });
});

describe('popover placement in a small window (200% zoom)', () => {
  // 1280 x 800 at 200%: 640 x 400 CSS pixels, and a title in the middle. The readable minimum is
  // half the window (200 px); 180 px of room above is near enough, where covering the title's
  // first line was not.
  it('takes room a little short of its readable height beside the mention rather than covering it', async () => {
    const page = await env.session.context.newPage();
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(env.server.url('/blog.html'));
    await settledMarks(page, { min: 1 });
    const rectOf = () =>
      page.evaluate(() => {
        const found = window.__paperlensMarks().find((m) => m.range.toString().startsWith('SuperGLUE: A Stickier'));
        return found?.range.getBoundingClientRect().toJSON() as DOMRect | undefined;
      });
    const first = await rectOf();
    if (!first) throw new Error('e2e: no SuperGLUE title mark');
    await page.evaluate((by) => window.scrollBy(0, by), first.top - 190);
    const mark = (await rectOf()) as DOMRect;
    expect(Math.round(mark.top)).toBe(190);
    await hoverMark(page, 'SuperGLUE: A Stickier');
    await page.waitForTimeout(250); // the open animation
    const box = await popover(page).boundingBox();
    if (!box) throw new Error('e2e: no popover');
    await page.screenshot({ path: join(screenshotDir(), 'popover-small-window.png') });
    expect(box.height).toBeGreaterThanOrEqual(150);
    const clear = box.y + box.height <= mark.top + 1 || box.y >= mark.bottom - 1;
    expect(clear).toBe(true);
    await page.close();
  });
});

describe('popover of a mention that leaves little room on either side', () => {
  const placement = useExtension('tests/fixtures/placement');

  // A phone-sized window, and a title wrapping to six lines in a narrow table cell: with the
  // popover kept off the mention, the room left above or below is under 180 px, and it was
  // squeezed to 157 px (its title and half its TL;DR).
  it('keeps a readable height, over the mention if it must, inside the window', async () => {
    const page = await placement.session.context.newPage();
    await page.setViewportSize({ width: 420, height: 500 });
    await page.goto(placement.server.url('/narrow-cell.html'));
    await settledMarks(page, { min: 1 });
    await page.evaluate(() => document.getElementById('cell')?.scrollIntoView({ block: 'center' }));
    const mark = await page.evaluate(() => {
      const found = window.__paperlensMarks().find((m) => m.range.toString().startsWith('LightGlue'));
      return found && { lines: found.range.getClientRects().length, box: found.range.getBoundingClientRect().toJSON() };
    });
    if (!mark) throw new Error('e2e: no LightGlue mark');
    expect(mark.lines).toBeGreaterThanOrEqual(5);
    expect(Math.max(mark.box.top, 500 - mark.box.bottom)).toBeLessThan(240);
    await hoverMark(page, 'LightGlue');
    await page.waitForTimeout(250); // the open animation
    const box = await popover(page).boundingBox();
    if (!box) throw new Error('e2e: no popover');
    await page.screenshot({ path: join(screenshotDir(), 'popover-narrow-cell.png') });
    expect(box.height).toBeGreaterThanOrEqual(240);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(500);
    expect(box.x + box.width).toBeLessThanOrEqual(420);
    await page.close();
  });

  it('scrolled within itself, keeps its header and close button in sight', async () => {
    const page = await placement.session.context.newPage();
    await page.setViewportSize({ width: 420, height: 500 });
    await page.goto(placement.server.url('/narrow-cell.html'));
    await settledMarks(page, { min: 1 });
    await page.evaluate(() => document.getElementById('cell')?.scrollIntoView({ block: 'center' }));
    await hoverMark(page, 'LightGlue');
    await page.waitForTimeout(250); // the open animation
    // Taller than its room: scrolled to its end, as focus on its last controls takes it.
    const close = await popover(page).evaluate((box) => {
      if (box.scrollHeight <= box.clientHeight) throw new Error('e2e: the popover does not scroll');
      box.scrollTop = box.scrollHeight;
      const button = box.querySelector('.pl-close') as HTMLElement;
      const { x, y, width, height } = button.getBoundingClientRect();
      const outer = box.getBoundingClientRect();
      // What the reader sees at the button's place: the button, not the card under it.
      const seen = (box.getRootNode() as ShadowRoot).elementFromPoint(x + width / 2, y + height / 2);
      return { seen: seen === button, top: y - outer.top };
    });
    expect(close.seen).toBe(true);
    expect(close.top).toBeGreaterThanOrEqual(0);
    expect(close.top).toBeLessThan(20);
    await page.screenshot({ path: join(screenshotDir(), 'popover-scrolled-header.png') });
    await page.close();
  });
});
