import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPopup, root, screenshotDir, useExtension } from './browser';
import { askFrom } from './extension-api';
import { markPoint, settledMarks } from './marks';
import { pixelsAt } from './pixels';
import { hoverMark, popover, popoverClosed, popoverTitle } from './popover-helpers';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const shots = screenshotDir();

const env = useExtension('tests/fixtures');

const rectOf = (page: import('playwright-core').Page, text: string) =>
  page.evaluate((wanted) => {
    for (const { range } of window.__paperlensMarks(['paperlens-mention'])) {
      if (range.toString().startsWith(wanted)) return range.getBoundingClientRect().toJSON() as DOMRect;
    }
    return null;
  }, text);

describe('popover look and safety', () => {
  it('sits beside its mention without covering it or shifting the page, in light and dark mode', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await env.session.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1100, height: 760 });
      await page.goto(env.server.url('/demo/index.html'));
      await settledMarks(page, { min: 10 });
      const before = await page.evaluate(() => [
        document.body.scrollHeight,
        document.body.getBoundingClientRect().width,
      ]);
      await hoverMark(page, 'SuperGLUE: A Stickier');
      await page.waitForTimeout(200);
      const mention = await rectOf(page, 'SuperGLUE: A Stickier');
      const box = await popover(page).boundingBox();
      if (!mention || !box) throw new Error('missing mention or popover');
      const overlaps =
        box.y < mention.bottom &&
        box.y + box.height > mention.top &&
        box.x < mention.right &&
        box.x + box.width > mention.left;
      expect(overlaps).toBe(false);
      expect(box.y + box.height).toBeLessThanOrEqual(760);
      expect(
        await page.evaluate(() => [document.body.scrollHeight, document.body.getBoundingClientRect().width]),
      ).toEqual(before);
      const bg = await popover(page).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(28, 31, 39)');
      await page.screenshot({ path: join(shots, `popover-${scheme}.png`) });
      await page.close();
    }
  });

  it('on Auto takes the look of the page under its mention, whatever the system says', async () => {
    const dark = 'rgb(28, 31, 39)';
    const light = 'rgb(255, 255, 255)';
    for (const scheme of ['light', 'dark'] as const) {
      const page = await env.session.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(env.server.url('/pages/dark.html'));
      await settledMarks(page, { min: 3 });
      const background = async (text: string) => {
        await hoverMark(page, text);
        return popover(page).evaluate((el) => getComputedStyle(el).backgroundColor);
      };
      // A dark blog: dark on a light system too; its light card: light on a dark system too.
      expect(await background('LightGlue')).toBe(dark);
      if (scheme === 'light') {
        await page.waitForTimeout(300); // the fade
        await page.screenshot({ path: join(shots, 'popover-dark-page.png') });
      }
      expect(await background('ST-MoE: Designing')).toBe(light);
      await page.close();
    }
  });

  it('opens above a mention near the bottom of the window when there is more room there', async () => {
    const page = await env.session.context.newPage();
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.goto(env.server.url('/demo/index.html'));
    await settledMarks(page, { min: 10 });
    // Put the ERNIE citation 120 px above the bottom edge.
    await page.evaluate(() => {
      for (const { range } of window.__paperlensMarks(['paperlens-mention'])) {
        if (!range.toString().startsWith('ERNIE 3.0: Large-scale')) continue;
        scrollBy(0, range.getBoundingClientRect().top - (innerHeight - 120));
      }
    });
    await hoverMark(page, 'ERNIE 3.0: Large-scale');
    await page.waitForTimeout(200);
    const mention = await rectOf(page, 'ERNIE 3.0: Large-scale');
    const box = await popover(page).boundingBox();
    if (!mention || !box) throw new Error('missing mention or popover');
    expect(box.y + box.height).toBeLessThanOrEqual(mention.top);
    expect(box.height).toBeGreaterThan(300);
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  it('paints a title split across elements as one range per text node (Chromium leaves a spanning range unpainted)', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/demo/index.html'));
    await settledMarks(page, { min: 10 });
    const painted = await page.evaluate(() => {
      const ranges = [...((CSS.highlights.get('paperlens-mention') ?? []) as unknown as Set<AbstractRange>)];
      return {
        spanning: ranges.filter((r) => r.startContainer !== r.endContainer).length,
        // Static: the page's highlight registry holds no live range (see lib/page/marks.ts).
        live: ranges.filter((r) => r instanceof Range).length,
        total: ranges.length,
      };
    });
    expect(painted.total).toBeGreaterThan(10);
    expect(painted.spanning).toBe(0);
    expect(painted.live).toBe(0);
    // ...while the mention itself is still one mark.
    expect((await settledMarks(page)).map((m) => m.text)).toContain('LightGlue: Local Feature Matching at Light Speed');
    await page.close();
  });

  it('has no serious or critical axe-core violation', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/demo/index.html'));
    await hoverMark(page, 'LightGlue: Local Feature');
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const host = document.querySelector('paperlens-ui');
      const result = await (
        window as unknown as {
          axe: {
            run: (
              c: unknown,
              o: unknown,
            ) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }>;
          };
        }
      ).axe.run({ include: [[['paperlens-ui', '[role="dialog"]']]] }, { resultTypes: ['violations'] });
      return host
        ? result.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }))
        : [{ id: 'no-host', impact: 'critical', count: 1 }];
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });

  it('stays intact on a hostile page (all: unset, hidden divs, z-index wars, transformed ancestor)', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/popover/hostile.html'));
    await settledMarks(page);
    await hoverMark(page, 'LightGlue');
    expect(await popoverTitle(page)).toBe('LightGlue: Local Feature Matching at Light Speed');
    const styles = await popover(page).evaluate((el) => {
      const s = getComputedStyle(el);
      const title = getComputedStyle(el.querySelector('h2') as Element);
      const button = getComputedStyle(el.querySelector('button.pl-primary') as Element);
      return {
        display: s.display,
        position: s.position,
        fontSize: s.fontSize,
        titleSize: title.fontSize,
        titleColor: title.color,
        buttonSize: button.fontSize,
        buttonBorder: button.borderTopStyle,
        visible: s.visibility,
      };
    });
    expect(styles).toEqual({
      display: 'block',
      position: 'fixed',
      fontSize: '14px',
      titleSize: '16px',
      titleColor: 'rgb(27, 31, 42)',
      buttonSize: '13px',
      buttonBorder: 'solid',
      visible: 'visible',
    });
    // It is on top: the point at its centre belongs to PaperLens, not to the page's overlay.
    const box = await popover(page).boundingBox();
    if (!box) throw new Error('no popover');
    const topmost = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
      x: box.x + box.width / 2,
      y: box.y + 20,
    });
    expect(topmost).toBe('paperlens-ui');
    await page.waitForTimeout(200); // let the open animation finish before the picture
    await page.screenshot({ path: join(root, 'tests/.artifacts/hostile.png') }).catch(() => undefined);
    await page.close();
  });

  it('reads left to right in English on a right-to-left Arabic page', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/popover/rtl.html'));
    await settledMarks(page, { min: 2 });
    await hoverMark(page, 'LightGlue: Local Feature Matching');
    expect(await popoverTitle(page)).toBe('LightGlue: Local Feature Matching at Light Speed');
    const look = await popover(page).evaluate((el) => ({
      direction: getComputedStyle(el).direction,
      lang: el.closest('[lang]')?.getAttribute('lang'),
      titleDirection: getComputedStyle(el.querySelector('h2') as Element).direction,
    }));
    expect(look).toEqual({ direction: 'ltr', lang: 'en', titleDirection: 'ltr' });
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(root, 'tests/.artifacts/rtl.png') }).catch(() => undefined);
    await page.close();
  });

  it('opens next to its mention at normal size on a page that sets CSS zoom on <html>', async () => {
    const page = await env.session.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(env.server.url('/popover/zoomed.html'));
    await settledMarks(page);
    await hoverMark(page, 'GPT Understands, Too');
    const mark = await page.evaluate(() => {
      const { range } = window.__paperlensMarks()[0] as { range: Range };
      const r = range.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left };
    });
    const box = await popover(page).boundingBox();
    if (!box) throw new Error('no popover');
    // Just below (or above) the mention, not 1.5 times as far; and not scaled up past the viewport.
    const gap = box.y >= mark.bottom ? box.y - mark.bottom : mark.top - (box.y + box.height);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(24);
    expect(Math.abs(box.x - mark.left)).toBeLessThan(120);
    expect(box.width).toBeLessThanOrEqual(422);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    await page.close();
  });

  it('draws no shade under its header when the card fits and does not scroll', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/demo/index.html'));
    await hoverMark(page, 'Superglue: learning feature');
    const dialog = popover(page);
    expect(await dialog.evaluate((d) => d.scrollHeight - d.clientHeight)).toBeLessThanOrEqual(0);
    const strip = await dialog.evaluate((d) => {
      const bar = (d.querySelector('.pl-popover-bar') as Element).getBoundingClientRect();
      return { x: bar.right - 30, y: bar.bottom + 1 };
    });
    const { data } = await pixelsAt(page, { x: strip.x, y: strip.y, width: 4, height: 6 });
    let darkest = 255;
    for (let i = 0; i < data.length; i += 4)
      darkest = Math.min(darkest, ((data[i] as number) + (data[i + 1] as number) + (data[i + 2] as number)) / 3);
    // The light card is white there; a shade would be ~20 levels darker.
    expect(darkest).toBeGreaterThan(250);
    await page.close();
  });

  it('shades the edge the card goes on past when a short window makes it scroll, and not at its end', async () => {
    const page = await env.session.context.newPage();
    await page.setViewportSize({ width: 900, height: 420 });
    await page.goto(env.server.url('/demo/index.html'));
    await hoverMark(page, 'SuperGLUE: A Stickier');
    const dialog = popover(page);
    const scrollTo = (top: number) =>
      dialog.evaluate((d, at) => {
        d.scrollTop = at;
        return { more: d.scrollHeight - d.clientHeight, top: d.scrollTop };
      }, top);
    expect((await scrollTo(0)).more).toBeGreaterThan(40);
    // The header stays at the top as the card scrolls: the top shade is drawn under it.
    const barBottom = await dialog.evaluate(
      (d) => (d.querySelector('.pl-popover-bar') as Element).getBoundingClientRect().bottom,
    );
    /** Mean brightness (0-255) of a strip in the card's right padding, just inside an edge. */
    const edge = async (which: 'top' | 'bottom') => {
      const box = (await dialog.boundingBox()) as { x: number; y: number; width: number; height: number };
      const y = which === 'top' ? barBottom + 1 : box.y + box.height - 8;
      const { data } = await pixelsAt(page, { x: box.x + box.width - 10, y, width: 4, height: 6 });
      let sum = 0;
      for (let i = 0; i < data.length; i += 4)
        sum += ((data[i] as number) + (data[i + 1] as number) + (data[i + 2] as number)) / 3;
      return sum / (data.length / 4);
    };
    const atStart = { top: await edge('top'), bottom: await edge('bottom') };
    const { more } = await scrollTo(60);
    const between = { top: await edge('top'), bottom: await edge('bottom') };
    await scrollTo(more);
    const atEnd = { top: await edge('top'), bottom: await edge('bottom') };
    // The light card is white: a shade is ~20 levels darker (the padding's own pixels differ by 2
    // or 3 between scroll positions without one), no shade is white.
    expect(atStart.top).toBeGreaterThan(250);
    expect(atStart.bottom).toBeLessThan(atEnd.bottom - 10);
    expect(between.top).toBeLessThan(atStart.top - 10);
    expect(between.bottom).toBeLessThan(atEnd.bottom - 10);
    expect(atEnd.bottom).toBeGreaterThan(250);
    await page.close();
  });

  it('closes when its mention scrolls away', async () => {
    const page = await env.session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 500 });
    await page.goto(env.server.url('/demo/index.html'));
    await hoverMark(page, 'SuperGLUE: A Stickier');
    const dialog = popover(page);
    expect(await dialog.count()).toBe(1);
    const { x, y } = await markPoint(page, 'SuperGLUE: A Stickier');
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => popoverClosed(page)).toBe(true);
    await page.close();
  });

  it('shows catalog text as text: markup in an abstract is displayed, never run', async () => {
    // Plant a hostile abstract in the catalog database, as a poisoned catalog would.
    await env.session.worker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('paperlens');
          open.onsuccess = () => {
            const tx = open.result.transaction('papers', 'readwrite');
            const store = tx.objectStore('papers');
            const get = store.get('arxiv:2306.13643');
            get.onsuccess = () =>
              store.put({
                ...get.result,
                tldr: 'Fast <img src=x onerror=alert(1)> matching',
                abstract: '<script>alert(2)</script><img src=x onerror=alert(1)>',
              });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    const page = await env.session.context.newPage();
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.goto(env.server.url('/demo/index.html'));
    await hoverMark(page, 'LightGlue: Local Feature');
    await popover(page).getByRole('button', { name: 'Show abstract' }).click();
    const text = await popover(page).textContent();
    expect(text).toContain('Fast <img src=x onerror=alert(1)> matching');
    expect(text).toContain('<script>alert(2)</script><img src=x onerror=alert(1)>');
    expect(await popover(page).locator('img, script').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('keeps Save and its list menu on one line when a list has a long name', async () => {
    const extensionPage = await openPopup(env.session);
    const long = 'A reading list whose name runs on and on, past where a menu fits, to eighty chars'.slice(0, 80);
    const made = await askFrom(extensionPage, 'lists/create', { name: long });
    const page = await env.session.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(env.server.url('/demo/index.html'));
    await settledMarks(page, { min: 10 });
    await hoverMark(page, 'SuperGLUE: A Stickier');
    const card = popover(page);
    const save = await card.getByRole('button', { name: /^Save/ }).first().boundingBox();
    const menu = await card.getByLabel('List to save to').boundingBox();
    const box = await card.boundingBox();
    if (!save || !menu || !box) throw new Error('e2e: no Save, menu or popover');
    // The menu's widest option made it as wide as the card, wrapped under Save.
    expect(Math.abs(menu.y + menu.height / 2 - (save.y + save.height / 2))).toBeLessThan(4);
    expect(menu.x + menu.width).toBeLessThanOrEqual(box.x + box.width);
    await page.close();
    await askFrom(extensionPage, 'lists/delete', { listId: made.id });
    await extensionPage.close();
  });
});
