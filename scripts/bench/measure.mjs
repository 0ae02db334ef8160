// One measurement = one fresh page (a new tab, cold: nothing of it was run before).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Collects tasks over 50 ms, and animation frames over 50 ms (with their blocking time), from the
// start; a script, so it runs with and without PaperLens. The Long Tasks API does not see the
// rendering steps (style, layout, paint) of a frame: a 160 ms style recalculation caused by the
// content script showed there as nothing. Long Animation Frames do (blockingDuration: the part of
// a frame's long tasks and rendering beyond 50 ms each, which delays input).
const LONGTASKS = `window.__lt = []; window.__lf = []; try { new PerformanceObserver((l) => { for (const t of l.getEntries()) window.__lt.push({ start: t.startTime, duration: t.duration }); }).observe({ type: 'longtask', buffered: true }); new PerformanceObserver((l) => { for (const f of l.getEntries()) window.__lf.push({ start: f.startTime, blocking: f.blockingDuration }); }).observe({ type: 'long-animation-frame', buffered: true }); } catch {}`;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The floor: one TreeWalker pass reading every character of every text node. */
function floorPass() {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let h = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const d = n.data;
    for (let i = 0; i < d.length; i++) h = (h + d.charCodeAt(i)) | 0;
    chars += d.length;
  }
  return { ms: performance.now() - t0, chars, h };
}

/** The floor as a page script, timed with performance.now(). */
export async function floorRun(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const r = await page.evaluate(floorPass);
  await page.close();
  return r;
}

/**
 * A one-file extension whose content script is the floor pass: run where and when PaperLens's
 * content script runs (an isolated world, at document_idle, cold), so settledRun measures both
 * the same way (V8 profile of chrome-extension:// code).
 */
export function writeFloorExtension(dir) {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'PaperLens bench floor',
    version: '1.0',
    content_scripts: [{ matches: ['<all_urls>'], js: ['floor.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'floor.js'), `(${floorPass.toString()})();\n`);
  return dir;
}

/**
 * CPU time of the extension's scripts in a V8 CPU profile: every sample whose stack holds a
 * chrome-extension:// frame, so DOM calls made by the content script (TreeWalker, Range,
 * Highlight) count too. Performance.getMetrics' ScriptDuration does not see isolated-world
 * scripts (it reported 72 ms where the profile shows ~1 s on the 5 MB page), hence this.
 */
function extensionTime(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ext = new Map();
  const visit = (id, inherited) => {
    const node = byId.get(id);
    const mine = inherited || node.callFrame.url.startsWith('chrome-extension://');
    ext.set(id, mine);
    for (const child of node.children ?? []) visit(child, mine);
  };
  visit(profile.nodes[0].id, false);
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (ext.get(id)) us += profile.timeDeltas[i] ?? 0;
  });
  return us / 1000;
}

/**
 * Loads `url` in a fresh tab and waits until the main thread goes quiet (PaperLens done, or
 * nothing running), profiling the renderer's JS on the way; `backgroundCpuMs` reads the
 * extension process's CPU clock, before and after. Polls CDP only: page.evaluate would
 * add work of its own.
 */
export async function settledRun(
  context,
  url,
  { quietMs = 500, minMs = 800, timeoutMs = 60_000, backgroundCpuMs = () => Number.NaN } = {},
) {
  const page = await context.newPage();
  await page.addInitScript(LONGTASKS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  const cpu0 = backgroundCpuMs();
  await page.goto(url, { waitUntil: 'load' });
  const loaded = Date.now();
  const metric = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  };
  let last = await metric();
  let changedAt = Date.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const now = await metric();
    // Idle pages still run a few tiny tasks; more than 3 ms of work per 100 ms is activity.
    if ((now.TaskDuration - last.TaskDuration) * 1000 > 3) changedAt = Date.now();
    last = now;
    const quiet = Date.now() - changedAt >= quietMs && Date.now() - loaded >= minMs;
    if (quiet || Date.now() - t0 > timeoutMs) break;
  }
  const backgroundMs = backgroundCpuMs() - cpu0;
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const info = await page.evaluate(() => {
    let marks = 0;
    for (const name of ['paperlens-mention', 'paperlens-saved']) marks += CSS.highlights.get(name)?.size ?? 0;
    // Tasks after the load event: page parsing and first layout are not PaperLens's.
    const loadEnd = performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0;
    return {
      longTasks: window.__lt.filter((t) => t.start >= loadEnd).map((t) => t.duration),
      blocking: window.__lf.filter((f) => f.start >= loadEnd).map((f) => f.blocking),
      marks,
    };
  });
  await page.close();
  return {
    extensionMs: extensionTime(profile),
    backgroundMs,
    taskMs: last.TaskDuration * 1000,
    // CPU time of the tab's main thread, everything included (the page's own parsing, style,
    // layout and paint too): the bench subtracts the same page's figure without the extension.
    threadMs: last.ThreadTime * 1000,
    heapUsed: heap.usedSize,
    // From the load event to the last burst of main-thread work: when the scan finished.
    doneMs: Math.max(0, changedAt - loaded),
    longestTaskMs: Math.max(0, ...info.longTasks),
    longestBlockingMs: Math.max(0, ...info.blocking),
    marks: info.marks,
  };
}

/** mark.js on a fresh page: the whole `mark()` call until its done callback. */
export async function markJsRun(context, url, markJsUrl, terms, timeoutMs = 120_000) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ url: markJsUrl });
  const r = await page.evaluate(
    ({ terms, timeoutMs }) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const timer = setTimeout(() => resolve({ ms: Number.POSITIVE_INFINITY, marks: -1 }), timeoutMs);
        new window.Mark(document.body).mark(terms, {
          acrossElements: true,
          caseSensitive: false,
          separateWordSearch: false,
          diacritics: false,
          done: (marks) => {
            clearTimeout(timer);
            resolve({ ms: performance.now() - t0, marks });
          },
        });
      }),
    { terms, timeoutMs },
  );
  await page.close();
  return r;
}

export const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
