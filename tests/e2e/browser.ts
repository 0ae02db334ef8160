import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findBrowser, HEADLESS_FLAGS, NO_BROWSER } from '../../scripts/chromium.mjs';
import { serveFolder } from './server';

export const root = resolve(import.meta.dirname, '../..');

/**
 * Where the look tests write their screenshots: tests/.artifacts/screenshots (gitignored), so a
 * test run leaves the working tree clean, or docs/screenshots (the README's pictures) when run
 * with UPDATE_SCREENSHOTS=1.
 */
export function screenshotDir(): string {
  const dir = join(root, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'tests/.artifacts/screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
export const extensionDir = resolve(root, process.env.PAPERLENS_OUT_DIR ?? '.output', 'chrome-mv3');

/** Chromium to drive (see scripts/chromium.mjs); a clear error when there is none. */
export function browserPath(): string {
  const found = findBrowser();
  if (!found) throw new Error(`e2e: ${NO_BROWSER}`);
  return found;
}

export const CHROMIUM_FLAGS = HEADLESS_FLAGS;

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** When the service worker was first seen (epoch ms). */
  workerSeenAt: number;
  /** Console errors and page errors seen in any page of the session. */
  errors: string[];
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Launch Chromium with the built extension in a fresh (or the given) profile. */
export async function launchWithExtension(
  options: {
    userDataDir?: string;
    colorScheme?: 'light' | 'dark';
    extraArgs?: string[];
    /** Keep Chromium's back/forward cache, which Playwright turns off by default. */
    backForwardCache?: boolean;
  } = {},
) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`e2e: ${extensionDir} has no manifest.json; run \`npm run build\` first`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'paperlens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: browserPath(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions', ...(options.backForwardCache ? ['--disable-back-forward-cache'] : [])],
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.extraArgs ?? []),
    ],
  });
  await context.addInitScript(installMarksReader);
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const workerSeenAt = Date.now();
  const extensionId = new URL(worker.url()).host;
  const session: ExtensionSession = {
    context,
    worker,
    extensionId,
    userDataDir,
    workerSeenAt,
    errors,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/** Chromium's switch that lets a test press the toolbar button (`clickToolbarButton`). */
export const TOOLBAR_BUTTON_ARGS = ['--enable-unsafe-extension-debugging'];

/**
 * Press PaperLens's toolbar button on a tab, as a person does: the browser opens the popup and
 * grants `activeTab` for that tab. DevTools' Extensions.triggerAction needs the session launched
 * with TOOLBAR_BUTTON_ARGS; Playwright does not list the popup it opens among its pages.
 */
export async function clickToolbarButton(session: ExtensionSession, tab: Page): Promise<void> {
  const browser = session.context.browser();
  if (!browser) throw new Error('e2e: no browser to send Extensions.triggerAction to');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const target = targetInfos.find((t) => t.url === tab.url());
    if (!target) throw new Error(`e2e: no tab target for ${tab.url()}`);
    await cdp.send('Extensions.triggerAction', { id: session.extensionId, targetId: target.targetId });
  } finally {
    await cdp.detach();
  }
}

export async function openPopup(session: ExtensionSession, query = ''): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html${query}`);
  return page;
}

/**
 * Runs in every page: `window.__paperlensMarks()` lists the marks, one range per mention. PaperLens
 * paints a mention that spans several elements as one range per text node (a Chromium painting
 * workaround, see lib/page/marks.ts), so pieces with nothing between them are joined again; the
 * ranges are live copies of the StaticRanges PaperLens paints.
 */
function installMarksReader() {
  window.__paperlensMarks = (names = ['paperlens-mention', 'paperlens-saved']) => {
    const all: Array<{ range: Range; highlight: string }> = [];
    for (const highlight of names) {
      // PaperLens paints StaticRanges (see lib/page/marks.ts): a live copy can be measured and read.
      for (const painted of (CSS.highlights.get(highlight) ?? []) as unknown as Set<AbstractRange>) {
        // A painted range that no longer fits its text throws here: a stale mark, a bug.
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        all.push({ range, highlight });
      }
    }
    // Ranges in a shadow tree are ordered by their host (compareBoundaryPoints throws across trees).
    const rootOf = (r: Range) => r.startContainer.getRootNode() as Node & { host?: Node };
    all.sort((a, b) => {
      if (rootOf(a.range) === rootOf(b.range)) return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
      const x = rootOf(a.range).host ?? a.range.startContainer;
      const y = rootOf(b.range).host ?? b.range.startContainer;
      return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    const out: typeof all = [];
    for (const item of all) {
      const last = out[out.length - 1];
      if (last && last.highlight === item.highlight) {
        const gap = document.createRange();
        gap.setStart(last.range.endContainer, last.range.endOffset);
        gap.setEnd(item.range.startContainer, item.range.startOffset);
        if (gap.toString() === '' && !gap.collapsed) {
          const joined = last.range.cloneRange();
          joined.setEnd(item.range.endContainer, item.range.endOffset);
          last.range = joined;
          continue;
        }
      }
      out.push({ range: item.range.cloneRange(), highlight: item.highlight });
    }
    return out;
  };
}

/**
 * The usual set-up of a journey file: Chromium with the extension and, optionally, a server for
 * a fixtures folder, started before the file's tests and closed after them.
 */
export function useExtension(fixtures?: string): {
  readonly session: ExtensionSession;
  readonly server: Awaited<ReturnType<typeof serveFolder>>;
} {
  let session: ExtensionSession | undefined;
  let server: Awaited<ReturnType<typeof serveFolder>> | undefined;
  beforeAll(async () => {
    session = await launchWithExtension();
    if (fixtures) server = await serveFolder(join(root, fixtures));
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  return {
    get session() {
      if (!session) throw new Error('e2e: the browser is not up yet (use the session inside a test)');
      return session;
    },
    get server() {
      if (!server) throw new Error('e2e: no fixtures server for this file');
      return server;
    },
  };
}
