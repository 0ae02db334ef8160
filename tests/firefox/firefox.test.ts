// Firefox smoke test: the Firefox build in stock Firefox (Debian firefox-esr), driven over
// WebDriver BiDi by puppeteer-core (playwright-core cannot drive a stock Firefox). It checks what
// is Firefox-specific: the content script marks the fixture pages exactly as in Chromium, draws the
// marks (Firefox has its own rules for their look), hover opens the popover, the popup searches
// and sends an import to Settings. Run with `npm run test:firefox`, the last part of `npm test`
// (.ci/run installs Debian's firefox-esr).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../e2e/browser';
import { DETECTOR_CASES } from '../e2e/detector-cases';
import { serveFolder } from '../e2e/server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// The build `npm run build:firefox` made: under PAPERLENS_OUT_DIR when that is set, as for Chromium.
const EXTENSION = resolve(root, process.env.PAPERLENS_OUT_DIR ?? '.output', 'firefox-mv3');
// A fixed internal UUID (a Firefox pref), so the extension's pages have a known address.
const UUID = '5a1e7c3d-9b2f-4e6a-8c1d-0f3b2a4c6e8d';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  if (!existsSync(FIREFOX))
    throw new Error(`firefox: no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH)`);
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('firefox: build first (npm run build:firefox)');
  server = await serveFolder(join(root, 'tests/fixtures'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets BiDi open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    userDataDir: mkdtempSync(join(tmpdir(), 'paperlens-firefox-')),
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ 'paperlens@paperlens.dev': UUID }) },
  });
  await browser.installExtension(EXTENSION);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Marked texts on the page (or in a frame), a mention split over several text nodes joined
 * again, sorted. */
function markedTexts(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => {
    const ranges: Range[] = [];
    for (const name of ['paperlens-mention', 'paperlens-saved']) {
      for (const r of (CSS.highlights.get(name) ?? []) as unknown as Set<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        ranges.push(live);
      }
    }
    const rootOf = (r: Range) => r.startContainer.getRootNode() as Node & { host?: Node };
    ranges.sort((a, b) =>
      rootOf(a) === rootOf(b)
        ? a.compareBoundaryPoints(Range.START_TO_START, b)
        : (rootOf(a).host ?? a.startContainer).compareDocumentPosition(rootOf(b).host ?? b.startContainer) &
            Node.DOCUMENT_POSITION_FOLLOWING
          ? -1
          : 1,
    );
    const texts: string[] = [];
    let last: Range | null = null;
    for (const r of ranges) {
      const gap = document.createRange();
      if (last && rootOf(last) === rootOf(r)) {
        gap.setStart(last.endContainer, last.endOffset);
        gap.setEnd(r.startContainer, r.startOffset);
      }
      if (last && !gap.collapsed && gap.toString() === '') texts[texts.length - 1] += r.toString();
      else texts.push(r.toString());
      last = r;
    }
    return [...new Set(texts.map((t) => t.replace(/\s+/g, ' ').trim()))].sort();
  });
}

/** Polls until the marks stop changing for half a second (the scan is sliced and asynchronous). */
async function settled(page: Page | Frame, min = 1): Promise<string[]> {
  let previous = '';
  let since = Date.now();
  for (const start = Date.now(); Date.now() - start < 15_000; ) {
    const marks = await markedTexts(page);
    const key = JSON.stringify(marks);
    if (key !== previous) [previous, since] = [key, Date.now()];
    else if (marks.length >= min && Date.now() - since > 500) return marks;
    await new Promise((done) => setTimeout(done, 100));
  }
  return JSON.parse(previous || '[]');
}

/**
 * Polls `read` in the page until it gives a value. (puppeteer's waitForFunction builds its poller
 * with `Function()`, which an extension page's CSP forbids; a plain evaluate is not a page script.)
 */
async function until<T>(page: Page, read: () => T | null | undefined, what: string): Promise<T> {
  for (const start = Date.now(); Date.now() - start < 10_000; ) {
    const value = await page.evaluate(read).catch(() => null);
    if (value !== null && value !== undefined) return value as T;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`firefox: timed out waiting for ${what}`);
}

/** BiDi never reports a moz-extension:// navigation as done: navigate, then wait for the document. */
async function openExtensionPage(page: Page, path: string): Promise<void> {
  await page.goto(`moz-extension://${UUID}/${path}`, { timeout: 3_000 }).catch(() => undefined);
  await until(page, () => document.readyState === 'complete' || null, `${path} to load`);
}

describe('Firefox', () => {
  it('puts its button in the toolbar, where the badge shows, not in the Extensions menu', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));
    expect(manifest.action).toMatchObject({ default_title: 'PaperLens', default_area: 'navbar' });
  });

  for (const c of DETECTOR_CASES) {
    it(`${c.file}: marks exactly what Chromium marks`, async () => {
      const page = await browser.newPage();
      await page.goto(server.url(`/pages/${c.file}`));
      expect(await settled(page, c.marks.length ? 1 : 0)).toEqual(c.marks);
      await page.close();
    });
  }

  it('newsletter-embeds.html: reads its frames, a sandboxed mail preview among them', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/pages/newsletter-embeds.html'));
    const frameOf = async (id: string): Promise<Frame> => {
      const frame = await (await page.$(`iframe#${id}`))?.contentFrame();
      if (!frame) throw new Error(`firefox: iframe #${id} has no frame`);
      return frame;
    };
    // Its origin is opaque (sandbox=""): read only with match_origin_as_fallback.
    expect(await settled(await frameOf('preview'))).toEqual([
      'WebArena: A Realistic Web Environment for Building Autonomous Agents',
    ]);
    expect(await settled(await frameOf('mail'))).toEqual(['LightGlue: Local Feature Matching at Light Speed']);
    await page.close();
  });

  /** Screenshots of the first mark whose text node sits in a shadow tree (or not), with the
   * page's highlights and after clearing them. */
  async function markedAndPlain(file: string, inShadow: boolean): Promise<[Buffer, Buffer]> {
    const page = await browser.newPage();
    await page.goto(server.url(`/pages/${file}`));
    await settled(page);
    const clip = await page.evaluate((inShadow) => {
      for (const painted of (CSS.highlights.get('paperlens-mention') ?? []) as unknown as Set<AbstractRange>) {
        if (painted.startContainer.getRootNode() instanceof ShadowRoot !== inShadow) continue;
        const r = document.createRange();
        r.setStart(painted.startContainer, painted.startOffset);
        r.setEnd(painted.endContainer, painted.endOffset);
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = r.getClientRects()[0];
        // A few pixels below the text too, where an underline would be.
        if (box) return { x: box.left, y: box.top, width: box.width, height: box.height + 6 };
      }
      return null;
    }, inShadow);
    expect(clip).not.toBeNull();
    const marked = Buffer.from(await page.screenshot({ clip: clip ?? undefined }));
    // The page's own script sees the same registry; clearing it leaves the text as the page drew it.
    await page.evaluate(() => CSS.highlights.clear());
    const plain = Buffer.from(await page.screenshot({ clip: clip ?? undefined }));
    await page.close();
    return [marked, plain];
  }

  it('draws the marks: the text under a mark looks different once the marks are taken away', async () => {
    const [marked, plain] = await markedAndPlain('blog.html', false);
    expect(marked.equals(plain)).toBe(false);
  });

  it("draws the marks inside web components' shadow roots too", async () => {
    const [marked, plain] = await markedAndPlain('components.html', true);
    expect(marked.equals(plain)).toBe(false);
  });

  it('hovering a mention opens its popover', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/pages/blog.html'));
    await settled(page);
    const point = await page.evaluate(() => {
      for (const painted of (CSS.highlights.get('paperlens-mention') ?? []) as unknown as Set<AbstractRange>) {
        const r = document.createRange();
        r.setStart(painted.startContainer, painted.startOffset);
        r.setEnd(painted.endContainer, painted.endOffset);
        if (r.toString() !== 'LightGlue') continue;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = r.getClientRects()[0];
        if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move((point?.x ?? 0) - 5, point?.y ?? 0);
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    const title = await page.waitForFunction(
      () => document.querySelector('paperlens-ui')?.shadowRoot?.querySelector('[role="dialog"] h2')?.textContent,
      { timeout: 10_000 },
    );
    expect(await title.jsonValue()).toBe('LightGlue: Local Feature Matching at Light Speed');
    await page.close();
  });

  it('the popup searches the catalog', async () => {
    const page = await browser.newPage();
    await openExtensionPage(page, 'popup.html?q=lightglue');
    const first = await until(
      page,
      () => document.querySelector('[role="option"] .pp-result-title')?.textContent,
      'the first search result',
    );
    expect(first).toBe('LightGlue: Local Feature Matching at Light Speed');
    await page.close();
  });

  it("the popup's import opens Settings at its data section (Firefox closes a popup when a file picker opens)", async () => {
    const page = await browser.newPage();
    await openExtensionPage(page, 'popup.html');
    await until(page, () => document.querySelector('[role="tab"]')?.textContent, 'the popup');
    // The Lists view holds the export and import panel.
    await until(
      page,
      () => {
        const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) =>
          /Lists/.test(t.textContent ?? ''),
        );
        tab?.click();
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Import JSON backup…');
        return button ? true : null;
      },
      'the import button',
    );
    const before = new Set(await browser.pages());
    await page.evaluate(() =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Import JSON backup…')?.click(),
    );
    // BiDi does not report moz-extension:// addresses (they read about:blank): the new tab is the
    // one that was not there, and its page says where it is.
    let options: Page | undefined;
    for (const start = Date.now(); !options && Date.now() - start < 10_000; ) {
      options = (await browser.pages()).find((p) => !before.has(p));
      if (!options) await new Promise((done) => setTimeout(done, 100));
    }
    if (!options) throw new Error('firefox: the import opened no tab');
    const at = await until(options, () => (document.readyState === 'complete' ? location.href : null), 'Settings');
    expect(at).toBe(`moz-extension://${UUID}/options.html#data`);
    const focused = await until(options, () => document.activeElement?.textContent || null, 'the focused heading');
    expect(focused).toBe('Your data');
    await options.close();
    await page.close();
  });

  it("says where a backup's JSON is broken, by line and column as in Chromium (Firefox words and places its errors otherwise)", async () => {
    const page = await browser.newPage();
    await openExtensionPage(page, 'options.html#data');
    await until(page, () => document.querySelector('input[type="file"]') && true, 'the import input');
    const text = readFileSync(join(root, 'tests/fixtures/backups/malformed.json'), 'utf8');
    await page.evaluate((json) => {
      const input = document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
      const files = new DataTransfer();
      files.items.add(new File([json], 'malformed.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, text);
    const said = await until(page, () => document.querySelector('[role="alert"]')?.textContent || null, 'the error');
    expect(said).toBe(
      "malformed.json was not imported, nothing changed: the file is not valid JSON: Expected ',' or '}' after property value in object at line 6, column 56 (position 162)",
    );
    await page.close();
  });
});
