// Iframes: an embedded post from another origin, a mail body (srcdoc) and a sandboxed preview are read and marked like
// the page; a tracking pixel is not; the badge and the popup count every frame; a reloading ad
// keeps the page's results; "Pause on this site" pauses the page's frames too.
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension, root, screenshotDir } from './browser';
import { ask } from './extension-api';
import { markPoint, readMarks, settledMarks } from './marks';
import { openReadyPopup, tabIdFor } from './popup-helpers';
import { serveFolder } from './server';

let session: ExtensionSession;
let server: Awaited<ReturnType<typeof serveFolder>>;
let page: Page;
let tabId: number;

/** The frame of the iframe element with this id. */
const frameOf = async (id: string): Promise<Frame> => {
  const handle = await page.locator(`iframe#${id}`).elementHandle();
  const content = await handle?.contentFrame();
  if (!content) throw new Error(`e2e: iframe #${id} has no frame`);
  return content;
};
const texts = async (where: Page | Frame, min = 1) => (await settledMarks(where, { min })).map((m) => m.text);
const badge = () => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const papersOfTab = async () => (await ask(session, 'page/papers', { tabId })).map((p) => [p.paperId, p.frames]);

beforeAll(async () => {
  session = await launchWithExtension();
  server = await serveFolder(join(root, 'tests/fixtures'));
  page = await session.context.newPage();
  await page.goto(server.url('/pages/newsletter-embeds.html'));
  await settledMarks(page);
  tabId = await tabIdFor(session, page);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('iframes', () => {
  it('marks papers in an embedded post from another origin and in a mail body, and nothing in a pixel or an ad', async () => {
    expect(await texts(page)).toEqual([
      'SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding Systems',
    ]);
    const post = await frameOf('post');
    expect(new URL(post.url()).hostname).toBe('localhost');
    // The card's link, on its title's line, and the title without its name as text (a linked
    // title is marked as a link and as text).
    expect(await texts(post, 3)).toEqual([
      'XPrompt',
      'arxiv.orgDesigning Stable and Transferable Sparse Expert Models',
      'Designing Stable and Transferable Sparse Expert Models',
    ]);
    expect(await texts(await frameOf('mail'))).toEqual(['LightGlue: Local Feature Matching at Light Speed']);
    // A sandboxed preview (an opaque origin, no scripts of its own) is read too.
    expect(await texts(await frameOf('preview'))).toEqual([
      'WebArena: A Realistic Web Environment for Building Autonomous Agents',
    ]);
    // The ad ("WARP terminal") and the 1×1 pixel ("WebArena") have nothing marked.
    await page.waitForTimeout(500);
    expect(await readMarks(await frameOf('ad'))).toEqual([]);
    expect(await readMarks(await frameOf('pixel'))).toEqual([]);
    // The frames' documents are as they were, but for PaperLens's host element.
    const body = await post.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      for (const host of copy.querySelectorAll('paperlens-ui')) host.remove();
      return copy.innerHTML;
    });
    expect(body).toContain('<p>Reading group tomorrow: XPrompt (Ma et al., 2022) on pruning prompt tokens');
    expect(body).not.toContain('<mark');
  });

  // (Before the popup's test: headless Chromium routed no pointer into a cross-origin frame of a
  // tab that had been in the background, while its page stayed scrolled as it was.)
  it("opens a frame's popover on hover, inside the frame", async () => {
    await page.bringToFront();
    const post = await frameOf('post');
    const box = await page.locator('iframe#post').boundingBox();
    const at = await markPoint(post, 'XPrompt');
    const title = post.locator('paperlens-ui').locator('[role="dialog"] h2');
    // As a reader does when nothing opens at once, the pointer moves again.
    for (const nudge of [0, 3, 6]) {
      await page.mouse.move((box?.x ?? 0) + at.x + nudge, (box?.y ?? 0) + at.y, { steps: 3 });
      if (
        await title.waitFor({ timeout: 3000 }).then(
          () => true,
          () => false,
        )
      )
        break;
    }
    await title.waitFor({ timeout: 1000 });
    expect(await title.textContent()).toBe('XPrompt: Exploring the Extreme of Prompt Tuning');
    // In a frame 260 px high it sits below its mention, shorter and scrolling, not over it.
    const [card, mark] = await post.evaluate(() => {
      const dialog = document.querySelector('paperlens-ui')?.shadowRoot?.querySelector('[role="dialog"]');
      const active = window.__paperlensMarks(['paperlens-active'])[0]?.range;
      return [dialog?.getBoundingClientRect().toJSON(), active?.getBoundingClientRect().toJSON()];
    });
    expect(card.top).toBeGreaterThanOrEqual(mark.bottom);
    expect(card.bottom).toBeLessThanOrEqual(260);
    await page.waitForTimeout(400); // the fade
    await page.screenshot({ path: join(screenshotDir(), 'frames-popover.png') });
    await page.mouse.move(1, 1, { steps: 4 });
  });

  it("closes a frame's popover when the pointer leaves the frame for the page", async () => {
    // (The mail's frame: headless Chromium sends a cross-origin frame no event as the pointer
    // leaves it, a frame of the page's own process it does.)
    const mail = await frameOf('mail');
    await page.locator('iframe#mail').scrollIntoViewIfNeeded();
    const box = await page.locator('iframe#mail').boundingBox();
    const at = await markPoint(mail, 'LightGlue');
    await page.mouse.move((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y, { steps: 3 });
    const dialog = mail.locator('paperlens-ui').locator('[role="dialog"]');
    await dialog.waitFor({ timeout: 10_000 });
    // The frame hears no more moves once the pointer is out: the popover closes all the same.
    await page.mouse.move(1, 1, { steps: 4 });
    await dialog.waitFor({ state: 'detached', timeout: 3000 });
  });

  it("counts every frame's papers in the badge and the popup, and opens one that only a frame mentions", async () => {
    await expect.poll(badge, { timeout: 5000 }).toBe('5');
    expect(Object.fromEntries(await papersOfTab())).toEqual({
      'arxiv:2307.13854': [expect.any(Number)],
      'arxiv:1905.00537': [0],
      'arxiv:2210.04457': [expect.any(Number)],
      'arxiv:2202.08906': [expect.any(Number)],
      'arxiv:2306.13643': [expect.any(Number)],
    });
    const popup = await openReadyPopup(session, `?tab=${tabId}&view=page`);
    await popup.getByRole('heading', { name: '5 papers on this page' }).waitFor();
    await popup.locator('.pp-page-item').filter({ hasText: 'LightGlue' }).click();
    const mail = await frameOf('mail');
    await mail.waitForFunction(
      () => document.querySelector('paperlens-ui')?.shadowRoot?.querySelector('[role="dialog"] h2')?.textContent,
    );
    expect(await mail.locator('paperlens-ui').locator('[role="dialog"] h2').textContent()).toBe(
      'LightGlue: Local Feature Matching at Light Speed',
    );
    await popup.close();
    await page.keyboard.press('Escape');
  });

  it('keeps the page’s results while an ad’s iframe loads its next ad, and drops a frame taken out', async () => {
    await page.evaluate(() => {
      const ad = document.getElementById('ad') as HTMLIFrameElement;
      ad.removeAttribute('srcdoc');
      ad.src = 'about:blank#next-ad';
    });
    await page.waitForTimeout(1000);
    expect(await badge()).toBe('5');
    await page.evaluate(() => document.getElementById('mail')?.remove());
    await expect.poll(badge, { timeout: 5000 }).toBe('4');
    expect((await papersOfTab()).map(([id]) => id)).not.toContain('arxiv:2306.13643');
  });

  it('pauses the frames with the page when the site is paused, and resumes them', async () => {
    const popup = await openReadyPopup(session, `?tab=${tabId}&view=page`);
    const toggle = popup.getByRole('switch', { name: 'Pause on 127.0.0.1' });
    await toggle.click();
    // The embedded post is on localhost: it follows the site of the page it is in.
    const post = await frameOf('post');
    await expect.poll(async () => (await readMarks(post)).length, { timeout: 5000 }).toBe(0);
    await expect.poll(badge, { timeout: 5000 }).toBe('');
    await toggle.click();
    await expect.poll(async () => (await readMarks(post)).length, { timeout: 5000 }).toBe(3);
    await expect.poll(badge, { timeout: 5000 }).toBe('4');
    await popup.close();
    expect(session.errors).toEqual([]);
  });
});

describe('nested iframes', () => {
  it('follows the sites of the frames around it: pausing an embed’s site pauses the frame it quotes', async () => {
    const top = await session.context.newPage();
    await top.goto(server.url('/pages/nested-embeds.html'));
    const post = await (await top.locator('iframe#post').elementHandle())?.contentFrame();
    const quote = await (await post?.locator('iframe#quote').elementHandle())?.contentFrame();
    if (!post || !quote) throw new Error('e2e: the embed or its quote has no frame');
    expect(await texts(quote)).toEqual(['XPrompt: Exploring the Extreme of Prompt Tuning']);
    expect(await texts(post)).toEqual(['ST-MoE: Designing Stable and Transferable Sparse Expert Models']);
    // The embed is on localhost; its quote, a srcdoc frame, has no site of its own.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByLabel('Site', { exact: true }).fill(new URL(post.url()).host);
    await options.getByLabel('Mode for the new site').selectOption('off');
    await options.getByRole('button', { name: 'Add rule' }).click();
    await expect.poll(async () => (await readMarks(post)).length, { timeout: 5000 }).toBe(0);
    await expect.poll(async () => (await readMarks(quote)).length, { timeout: 5000 }).toBe(0);
    expect(await texts(top)).toEqual(['GPT Understands, Too']);
    await options.getByRole('button', { name: 'Remove the rule for localhost' }).click();
    await expect.poll(async () => (await readMarks(quote)).length, { timeout: 5000 }).toBe(1);
    await options.close();
    await top.close();
    expect(session.errors).toEqual([]);
  });
});
