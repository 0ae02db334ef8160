// Shared helpers for the detector journeys: one browser and one fixture server per test file,
// page-side probes (DOM snapshot, error counter, long tasks) installed before any page script.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type ExtensionSession, launchWithExtension, root } from './browser';
import { readMarks } from './marks';
import { serveFolder } from './server';

export const fixturesDir = join(root, 'tests/fixtures/pages');

export interface DetectorEnv {
  session: ExtensionSession;
  server: Awaited<ReturnType<typeof serveFolder>>;
  close(): Promise<void>;
}

export async function startDetectorEnv(
  extraArgs: string[] = [],
  options: { backForwardCache?: boolean } = {},
): Promise<DetectorEnv> {
  const [session, server] = await Promise.all([
    launchWithExtension({ extraArgs, ...options }),
    serveFolder(fixturesDir),
  ]);
  return {
    session,
    server,
    async close() {
      await session.close();
      await server.close();
    },
  };
}

/** The slice of the extension API the harness calls inside the service worker. */
export interface WorkerApi {
  chrome: {
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
    storage: { session: { get(keys: string | null): Promise<Record<string, unknown>> } };
  };
}

// Runs in the page's main world before its own scripts: snapshots the body at DOMContentLoaded
// (before the content script, which runs at document_idle) and counts the page's own errors.
const PROBES = `(() => {
  window.__pl = { errors: [], longTasks: [], frames: [] };
  window.addEventListener('error', (e) => window.__pl.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => window.__pl.errors.push('rejection: ' + String(e.reason)));
  document.addEventListener('DOMContentLoaded', () => { window.__pl.initialHTML = document.body.innerHTML; });
  try {
    new PerformanceObserver((list) => {
      for (const t of list.getEntries()) window.__pl.longTasks.push({ start: t.startTime, duration: t.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Frames see what tasks do not: a frame's style, layout and paint (see docs/bench.md).
    new PerformanceObserver((list) => {
      for (const f of list.getEntries()) window.__pl.frames.push({ start: f.startTime, blocking: f.blockingDuration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

/**
 * Turn PaperLens off for one host through the extension's own settings message (sent from an
 * extension page, as the popup would). The fixture server answers on 127.0.0.1 and localhost,
 * so `localhost` gives the same page without the extension in the same browser: a baseline.
 */
export async function turnOffFor(env: DetectorEnv, host: string): Promise<void> {
  const page = await env.session.context.newPage();
  await page.goto(`chrome-extension://${env.session.extensionId}/popup.html`);
  await page.evaluate(async (pattern) => {
    type Send = (m: unknown) => Promise<{ ok: boolean; value: Record<string, unknown> }>;
    const send = (globalThis as unknown as { chrome: { runtime: { sendMessage: Send } } }).chrome.runtime.sendMessage;
    const current = await send({ channel: 'paperlens', type: 'settings/get', payload: {} });
    const settings = { ...current.value, siteRules: [{ pattern, mode: 'off' }] };
    await send({ channel: 'paperlens', type: 'settings/set', payload: { settings } });
  }, host);
  await page.close();
}

export interface OpenedPage {
  page: Page;
  /** Errors thrown by page scripts, from playwright's pageerror. */
  pageErrors: string[];
}

export async function openFixture(env: DetectorEnv, path: string, host?: string): Promise<OpenedPage> {
  const page = await env.session.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript(PROBES);
  const url = new URL(env.server.url(path));
  if (host) url.hostname = host;
  await page.goto(url.href);
  return { page, pageErrors };
}

/** Distinct marked texts, whitespace-collapsed, sorted. */
export async function markedTexts(page: Page): Promise<string[]> {
  return [...new Set((await readMarks(page)).map((m) => m.text))].sort();
}

/**
 * The tab id of a page. Without the "tabs" permission tabs.query hides URLs, so the tab is found
 * through the record the content script's `page/report` left in storage.session (keyed by tab).
 */
export async function tabIdOf(env: DetectorEnv, page: Page, timeout = 5_000): Promise<number> {
  const url = page.url();
  const start = Date.now();
  for (;;) {
    const id = await env.session.worker.evaluate(async (wanted) => {
      const all = (await (globalThis as unknown as WorkerApi).chrome.storage.session.get(null)) as Record<
        string,
        { url?: string }
      >;
      const hit = Object.entries(all).find(([key, record]) => key.startsWith('tab:') && record?.url === wanted);
      return hit ? Number(hit[0].slice(4)) : -1;
    }, url);
    if (id >= 0) return id;
    if (Date.now() - start > timeout) throw new Error(`e2e: no tab reported ${url}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function badgeText(env: DetectorEnv, tabId: number): Promise<string> {
  return env.session.worker.evaluate(
    (id) => (globalThis as unknown as WorkerApi).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

/** The papers the content script reported for a tab (what `page/papers` answers), by id. */
export async function reportedPapers(env: DetectorEnv, tabId: number): Promise<string[]> {
  const record = await env.session.worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    return (await (globalThis as unknown as WorkerApi).chrome.storage.session.get(key))[key] as
      | { papers: Array<{ paperId: string }> }
      | undefined;
  }, tabId);
  return (record?.papers ?? []).map((p) => p.paperId).sort();
}

/** Poll until `read` returns a value equal (JSON) to `expected`, or the timeout; returns the last value. */
export async function waitForValue<T>(read: () => Promise<T>, expected: T, timeout = 5_000): Promise<T> {
  const want = JSON.stringify(expected);
  const start = Date.now();
  let last = await read();
  while (JSON.stringify(last) !== want && Date.now() - start < timeout) {
    await new Promise((r) => setTimeout(r, 25));
    last = await read();
  }
  return last;
}

/** Poll until `read` has been stable for `quietMs`. */
export async function waitForStable<T>(read: () => Promise<T>, quietMs = 300, timeout = 8_000): Promise<T> {
  const start = Date.now();
  let last = await read();
  let since = Date.now();
  while (Date.now() - start < timeout) {
    await new Promise((r) => setTimeout(r, 40));
    const next = await read();
    if (JSON.stringify(next) !== JSON.stringify(last)) {
      last = next;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) break;
  }
  return last;
}

export interface PageProbes {
  errors: string[];
  longTasks: Array<{ start: number; duration: number }>;
  /** Animation frames over 50 ms, with their blocking time (Long Animation Frames). */
  frames: Array<{ start: number; blocking: number }>;
  initialHTML: string | undefined;
  currentHTML: string;
}

export async function probes(page: Page): Promise<PageProbes> {
  return page.evaluate(() => {
    const pl = (window as unknown as { __pl: Omit<PageProbes, 'currentHTML'> }).__pl;
    return { ...pl, currentHTML: document.body.innerHTML };
  });
}
