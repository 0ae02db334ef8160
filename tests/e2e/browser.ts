import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const root = resolve(import.meta.dirname, '../..');
export const extensionDir = join(root, process.env.PAPERLENS_OUT_DIR ?? '.output', 'chrome-mv3');

/** Chromium to drive: CHROME_PATH, then Debian's chromium, then whatever is on PATH. */
export function findBrowser(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'];
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      candidates.push(execFileSync('which', [name], { encoding: 'utf8' }).trim());
    } catch {
      // not on PATH
    }
  }
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'e2e: no Chromium found. Install one (Debian: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium binary.',
    );
  }
  return found;
}

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

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
export async function launchWithExtension(options: { userDataDir?: string; colorScheme?: 'light' | 'dark' } = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`e2e: ${extensionDir} has no manifest.json; run \`npm run build\` first`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'paperlens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findBrowser(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
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

export async function openPopup(session: ExtensionSession, query = ''): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html${query}`);
  return page;
}
