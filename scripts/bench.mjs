// PaperLens benchmark (`npm run bench`): real Chromium, fresh cold page loads, medians.
// Method and latest results: docs/bench.md. Output: bench-results/bench.json and a table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { linksPage, syntheticPapers, textPage } from './bench/generate.mjs';
import { floorRun, markJsRun, median, settledRun, writeFloorExtension } from './bench/measure.mjs';
import { childBrowsers, extensionCpuMs } from './bench/process-cpu.mjs';
import { serve } from './bench/server.mjs';
import { findBrowser, HEADLESS_FLAGS, NO_BROWSER } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const outDir = process.env.PAPERLENS_OUT_DIR ?? '.output';
const resultsDir = join(root, 'bench-results');
const pagesDir = join(resultsDir, 'pages');
const SYNTHETIC_TOTAL = 100_000;
const FULL_MARKJS_PAGE = 'text-100k.html';
const MARKJS_SAMPLE = 5;
const SKIP_MARKJS = process.env.BENCH_SKIP_MARKJS === '1';
const FLAGS = HEADLESS_FLAGS;
const log = (...a) => console.error('[bench]', ...a);

function browserPath() {
  const found = findBrowser();
  if (!found) throw new Error(`bench: ${NO_BROWSER}`);
  return found;
}

/** The seed catalog, read with the build's own code (TypeScript, loaded through Vite). */
async function seedCatalog() {
  const { createServer } = await import('vite');
  const vite = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    server: { middlewareMode: true },
    appType: 'custom',
  });
  try {
    const mod = await vite.ssrLoadModule('/lib/catalog/vite-plugin.ts');
    return mod.readSeedCatalog(root).catalog;
  } finally {
    await vite.close();
  }
}

function build(variantDir, catalogFile) {
  log(`building the 100,000-title variant into ${variantDir}`);
  const r = spawnSync('npx', ['wxt', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PAPERLENS_OUT_DIR: variantDir, PAPERLENS_BENCH_CATALOG: catalogFile },
  });
  if (r.status !== 0) throw new Error('bench: building the 100k variant failed');
}

/** A browser with the extension in `extDir`; `cpuMs()` reads its extension process's CPU clock. */
async function launchWith(extDir) {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const before = childBrowsers();
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'paperlens-bench-')), {
    executablePath: browserPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...FLAGS, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  const [pid] = [...childBrowsers()].filter((p) => !before.has(p));
  return { context, cpuMs: () => extensionCpuMs(pid) };
}

async function launchExtension(extDir, expectedPapers) {
  const launched = await launchWith(extDir);
  const { context } = launched;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  // The worker copies the catalog into IndexedDB on install; wait so that work does not
  // compete with the page measurements.
  const start = Date.now();
  for (;;) {
    const count = await worker.evaluate(
      () =>
        new Promise((res) => {
          const open = indexedDB.open('paperlens');
          open.onerror = () => res(-1);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('papers')) return res(0);
            const c = db.transaction('papers').objectStore('papers').count();
            c.onsuccess = () => res(c.result);
            c.onerror = () => res(-1);
          };
        }),
    );
    if (count >= expectedPapers) break;
    if (Date.now() - start > 180_000) throw new Error(`bench: catalog sync stuck at ${count}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`extension ready (${expectedPapers} papers synced in ${Date.now() - start} ms)`);
  return launched;
}

async function repeat(n, fn) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await fn(i));
  return out;
}

async function main() {
  const t0 = Date.now();
  const extDir = join(root, outDir, 'chrome-mv3');
  if (!existsSync(join(extDir, 'manifest.json')))
    throw new Error(`bench: no build in ${extDir}; run \`npm run bench\``);
  mkdirSync(pagesDir, { recursive: true });

  const catalog = await seedCatalog();
  const titles = catalog.papers.map((p) => p.title);
  const shortNames = catalog.papers.map((p) => p.shortName).filter(Boolean);
  const bundledTerms = [...new Set([...titles, ...shortNames])];
  const mentions = [...titles, ...shortNames, ...titles.slice(0, 20).map((t) => t.toLowerCase())];
  const arxivIds = catalog.papers.map((p) => p.arxivId).filter(Boolean);

  const pages = [
    // Almost no text: what PaperLens costs on any page before it scans (bundle, setup, prefilter).
    { name: 'near-empty', file: 'empty.html', startup: true, html: () => textPage(200, [], 10) },
    { name: '100 KB text', file: 'text-100k.html', html: () => textPage(100_000, mentions, 11) },
    { name: '1 MB text', file: 'text-1m.html', html: () => textPage(1_000_000, mentions, 12) },
    { name: '5 MB text', file: 'text-5m.html', html: () => textPage(5_000_000, mentions, 13) },
    { name: '10,000 links', file: 'links-10k.html', html: () => linksPage(arxivIds) },
  ];
  const files = { '/mark.min.js': join(root, 'node_modules/mark.js/dist/mark.min.js') };
  for (const p of pages) {
    writeFileSync(join(pagesDir, p.file), p.html());
    files[`/${p.file}`] = join(pagesDir, p.file);
    p.bytes = statSync(join(pagesDir, p.file)).size;
  }

  const synthFile = join(resultsDir, 'catalog-100k.json');
  const synthetic = syntheticPapers(SYNTHETIC_TOTAL - catalog.papers.length);
  writeFileSync(synthFile, JSON.stringify(synthetic));
  const variantDir = `${outDir.replace(/\/$/, '')}-bench100k`;
  build(variantDir, synthFile);
  const variantExt = join(root, variantDir, 'chrome-mv3');

  const server = await serve(files);
  const results = { date: new Date().toISOString(), runs: RUNS, chromium: '', pages: [], cases: [] };

  // Without the extension: the floor, the page's own script time and heap, and mark.js.
  const browser = await chromium.launch({ executablePath: browserPath(), headless: true, args: FLAGS });
  results.chromium = browser.version();
  const plain = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const baseline = {};
  for (const p of pages) {
    const url = server.url(`/${p.file}`);
    const floor = await repeat(RUNS, () => floorRun(plain, url));
    const base = await repeat(RUNS, () => settledRun(plain, url));
    // mark.js makes one pass over the page per term (about 8 ms per term per 100 KB here), so a
    // full run is measured on the 100 KB page only; elsewhere a run with MARKJS_SAMPLE terms is
    // measured and scaled linearly to the term count (and to 100,000 titles for that catalog).
    const terms = p.file === FULL_MARKJS_PAGE ? bundledTerms : bundledTerms.slice(0, MARKJS_SAMPLE);
    const markjs =
      SKIP_MARKJS || p.startup
        ? []
        : await repeat(RUNS, () => markJsRun(plain, url, server.url('/mark.min.js'), terms));
    const perTerm = markjs.length ? median(markjs.map((m) => m.ms)) / terms.length : Number.NaN;
    baseline[p.file] = { floor, base, markjs, perTerm, markTerms: terms.length };
    p.textChars = floor[0].chars;
    results.pages.push({ name: p.name, file: p.file, htmlBytes: p.bytes, textChars: p.textChars });
    log(
      `${p.name}: floor ${median(floor.map((f) => f.ms)).toFixed(1)} ms, mark.js ${(perTerm * terms.length).toFixed(0)} ms for ${terms.length} terms`,
    );
  }
  await browser.close();

  // The floor again, as a content script measured exactly as PaperLens is (see docs/bench.md).
  const { context: floorContext } = await launchWith(writeFloorExtension(join(resultsDir, 'floor-extension')));
  await new Promise((r) => setTimeout(r, 1500));
  for (const p of pages) {
    const runs = await repeat(RUNS, () => settledRun(floorContext, server.url(`/${p.file}`)));
    baseline[p.file].floorCs = runs.map((r) => r.extensionMs);
    baseline[p.file].floorThread = runs.map((r) => r.threadMs);
    log(`${p.name}: floor as a content script ${median(baseline[p.file].floorCs).toFixed(1)} ms`);
  }
  await floorContext.close();

  for (const [label, dir, count] of [
    ['bundled (112)', extDir, catalog.papers.length],
    ['synthetic (100,000)', variantExt, SYNTHETIC_TOTAL],
  ]) {
    const { context, cpuMs } = await launchExtension(dir, count);
    // Warm the background: it builds the detector's index on the first scan (3.5 s with 100,000
    // titles on this machine), longer than a page stays busy, so a quiet page is no sign it is done;
    // its marks are. Else the first pages measured carry the rest of the build.
    for (let tries = 0; tries < 20; tries++) {
      if ((await settledRun(context, server.url(`/${pages[1].file}`))).marks > 0) break;
    }
    let startupMs = 0;
    for (const p of pages) {
      const url = server.url(`/${p.file}`);
      const runs = await repeat(RUNS, () => settledRun(context, url, { backgroundCpuMs: cpuMs }));
      const b = baseline[p.file];
      const floorMs = median(b.floorCs);
      const pageFloorMs = median(b.floor.map((f) => f.ms));
      const costMs = median(runs.map((r) => r.extensionMs));
      if (p.startup) startupMs = costMs;
      const scanMs = costMs - startupMs;
      const baseThreadMs = median(b.base.map((r) => r.threadMs));
      const markTerms = count === catalog.papers.length ? bundledTerms.length : SYNTHETIC_TOTAL;
      const markMs = b.perTerm * markTerms;
      const row = {
        catalog: label,
        page: p.name,
        floorMs,
        pageFloorMs,
        paperlensMs: costMs,
        backgroundMs: median(runs.map((r) => r.backgroundMs)),
        mainThreadMs: median(runs.map((r) => r.threadMs)) - baseThreadMs,
        floorMainThreadMs: median(b.floorThread) - baseThreadMs,
        ratio: p.startup ? Number.NaN : costMs / floorMs,
        ratioPageFloor: p.startup ? Number.NaN : costMs / pageFloorMs,
        startupMs,
        scanMs,
        scanRatio: p.startup ? Number.NaN : scanMs / floorMs,
        markJsMs: markMs,
        markJsEstimated: b.markTerms !== markTerms,
        markJsMeasuredTerms: b.markTerms,
        speedup: p.startup ? Number.NaN : markMs / costMs,
        longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
        longestBlockingMs: Math.max(...runs.map((r) => r.longestBlockingMs)),
        baseLongestBlockingMs: Math.max(...b.base.map((r) => r.longestBlockingMs)),
        heapBytes: median(runs.map((r) => r.heapUsed)) - median(b.base.map((r) => r.heapUsed)),
        doneMs: median(runs.map((r) => r.doneMs)),
        marks: median(runs.map((r) => r.marks)),
        baseLongestTaskMs: Math.max(...b.base.map((r) => r.longestTaskMs)),
        raw: {
          runs,
          base: b.base,
          floorMs: b.floorCs,
          floorThreadMs: b.floorThread,
          pageFloorMs: b.floor.map((f) => f.ms),
        },
      };
      results.cases.push(row);
      log(
        `${label} / ${p.name}: ${costMs.toFixed(1)} ms${Number.isFinite(row.ratio) ? ` (${row.ratio.toFixed(2)}x floor)` : ' (startup: no floor)'}, background ${row.backgroundMs.toFixed(1)} ms, longest task ${row.longestTaskMs.toFixed(0)} ms, frame blocking ${row.longestBlockingMs.toFixed(0)} ms, heap ${(row.heapBytes / 1048576).toFixed(2)} MB`,
      );
    }
    await context.close();
  }
  await server.close();

  results.seconds = Math.round((Date.now() - t0) / 1000);
  writeFileSync(join(resultsDir, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
}

function printTable(results) {
  const f = (n, d = 1) => (Number.isNaN(n) ? '—' : Number.isFinite(n) ? n.toFixed(d) : '∞');
  const rows = results.cases.map((c) => [
    c.catalog,
    c.page,
    f(c.floorMs),
    f(c.pageFloorMs),
    f(c.paperlensMs),
    f(c.scanMs),
    f(c.backgroundMs),
    f(c.mainThreadMs),
    f(c.floorMainThreadMs),
    Number.isNaN(c.ratio) ? '—' : `${f(c.ratio, 2)}x`,
    Number.isNaN(c.ratioPageFloor) ? '—' : `${f(c.ratioPageFloor, 2)}x`,
    Number.isNaN(c.scanRatio) ? '—' : `${f(c.scanRatio, 2)}x`,
    Number.isNaN(c.markJsMs) ? '—' : `${f(c.markJsMs, 0)}${c.markJsEstimated ? '*' : ''}`,
    Number.isNaN(c.speedup) ? '—' : `${f(c.speedup, 0)}x`,
    `${c.longestTaskMs >= 50 ? f(c.longestTaskMs, 0) : '<50'} / ${c.baseLongestTaskMs >= 50 ? f(c.baseLongestTaskMs, 0) : '<50'}`,
    `${f(c.longestBlockingMs, 0)} / ${f(c.baseLongestBlockingMs, 0)}`,
    f(c.heapBytes / 1048576, 2),
    f(c.doneMs, 0),
    String(c.marks),
  ]);
  const head = [
    'catalog',
    'page',
    'floor ms',
    'page floor ms',
    'PaperLens ms',
    'scan ms',
    'background ms',
    'main thread ms',
    'floor main thread ms',
    'vs floor',
    'vs page floor',
    'scan vs floor',
    'mark.js ms',
    'vs mark.js',
    'longest task (w/o)',
    'frame blocking ms (w/o)',
    'CS heap MB',
    'done ms',
    'marks',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log(
    `floor ms = the floor pass as a content script, measured like PaperLens; page floor ms = the same pass as a page script, timed with performance.now().\nPaperLens ms = CPU time of the extension's scripts in the tab (V8 profile); scan ms = that minus the near-empty page's (startup).\nbackground ms = CPU time of the extension's process (its service worker finds the papers in the text the page sends), from navigation until the page is quiet.\nmain thread ms = CPU time of the tab's main thread with the extension minus without it (medians; style, layout and paint included, noisy: about ±10 ms); floor main thread ms = the same for the floor extension.\nLongest task after the load event, with / without PaperLens; frame blocking = the longest blocking time of an animation frame after it (Long Animation Frames: rendering included), with / without.\n* mark.js: extrapolated from a measured run with fewer terms (its cost is linear in the number of terms; see docs/bench.md). ${results.runs} runs per figure, ${results.seconds} s in all.`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
