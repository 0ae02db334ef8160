// Issue 3: pages that change under the detector: text added and removed later, a React-style
// renderer replacing nodes every 100 ms, SPA navigations, and an infinite-scroll feed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  type DetectorEnv,
  markedTexts,
  openFixture,
  probes,
  reportedPapers,
  startDetectorEnv,
  tabIdOf,
  turnOffFor,
  type WorkerApi,
  waitForStable,
  waitForValue,
} from './detector-harness';
import { hoverMark, popoverTitle } from './popover-helpers';

let env: DetectorEnv;
beforeAll(async () => {
  env = await startDetectorEnv();
});
afterAll(async () => {
  await env?.close();
});

/**
 * Calls `__comments[method](...args)` in the page and measures, in the page (no harness latency), how long until some
 * highlight range's text includes `text` (or, with present = false, until none does).
 */
async function timeUntilMark(page: Page, action: [string, ...string[]], text: string, present = true): Promise<number> {
  return page.evaluate(
    async ({ action, text, present }) => {
      const has = () => {
        for (const { range: r } of window.__paperlensMarks()) {
          if (r.startContainer.isConnected && r.toString().replace(/\s+/g, ' ').includes(text)) return true;
        }
        return false;
      };
      const [method, ...args] = action;
      (window as unknown as { __comments: Record<string, (...a: string[]) => void> }).__comments[method]?.(...args);
      const t0 = performance.now();
      // The content script's observer runs at the next microtask checkpoint, before any paint:
      // read the marks from there on, as the page's next frame would draw them.
      await new Promise<void>((done) => queueMicrotask(done));
      while (has() !== present) {
        if (performance.now() - t0 > 3_000) return Number.POSITIVE_INFINITY;
        await new Promise((r) => setTimeout(r, 2));
      }
      return performance.now() - t0;
    },
    { action, text, present },
  );
}

// Text appended later must be marked within 300 ms (the observer batches for 100 ms).
const DYNAMIC_BUDGET_MS = 300;

describe('detector: dynamic text', () => {
  it('marks appended blocks, inline additions and edited text within 300 ms, and unmarks removed text', async () => {
    const { page, pageErrors } = await openFixture(env, 'dynamic.html');
    const tabId = await tabIdOf(env, page);
    await waitForStable(() => markedTexts(page), 300);
    expect(await markedTexts(page)).toEqual([]);

    const timings: Record<string, number> = {};
    timings.append = await timeUntilMark(
      page,
      ['add', 'c1', 'Have you read <em>LightGlue</em>: Local Feature Matching at Light Speed?'],
      'LightGlue: Local Feature Matching at Light Speed',
    );
    timings.inline = await timeUntilMark(
      page,
      ['appendInline', 'c1', ' And <b>WebArena</b>: A Realistic Web Environment for Building Autonomous Agents.'],
      'WebArena: A Realistic Web Environment for Building Autonomous Agents',
    );
    await page.evaluate(() =>
      (window as unknown as { __comments: { add(id: string, html: string): void } }).__comments.add(
        'c2',
        'Placeholder text',
      ),
    );
    timings.edit = await timeUntilMark(
      page,
      ['setText', 'c2', 'XPrompt: Exploring the Extreme of Prompt Tuning'],
      'XPrompt: Exploring the Extreme of Prompt Tuning',
    );
    expect(await waitForValue(() => badgeText(env, tabId), '3')).toBe('3');

    timings.remove = await timeUntilMark(page, ['remove', 'c1'], 'LightGlue', false);
    timings.editAway = await timeUntilMark(page, ['setText', 'c2', 'Nothing to see'], 'XPrompt', false);
    console.log('dynamic timings (ms, in page):', JSON.stringify(timings));
    for (const [what, ms] of Object.entries(timings)) expect(ms, what).toBeLessThanOrEqual(DYNAMIC_BUDGET_MS);

    expect(await waitForStable(() => markedTexts(page), 250)).toEqual([]);
    expect(await waitForValue(() => badgeText(env, tabId), '')).toBe('');
    expect(await reportedPapers(env, tabId)).toEqual([]);
    expect((await probes(page)).errors).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('detector: a React-style page re-rendering every 100 ms', () => {
  it('never makes the page script throw or see a DOM it did not render, and marks the final render', async () => {
    const { page, pageErrors } = await openFixture(env, 'rerender.html');
    // Sample while it re-renders: marks must never point at text that left the document for
    // longer than one observer batch, so count samples with stale ranges.
    // From the first scan on (before it, nothing is marked yet).
    await page.waitForFunction(
      () => (CSS.highlights.get('paperlens-mention') as unknown as Set<AbstractRange> | undefined)?.size,
    );
    const samples: Array<{ marks: number; stale: number; title: boolean }> = [];
    const until = Date.now() + 2_500;
    while (Date.now() < until) {
      samples.push(
        await page.evaluate(() => {
          let marks = 0;
          let stale = 0;
          let title = false;
          for (const { range: r } of window.__paperlensMarks(['paperlens-mention'])) {
            marks++;
            if (!r.startContainer.isConnected || !r.endContainer.isConnected) stale++;
            if (r.toString().startsWith('SuperGLUE: A Stickier')) title = true;
          }
          return { marks, stale, title };
        }),
      );
      await page.waitForTimeout(50);
    }
    const app = await page.evaluate(() => {
      const s = (window as unknown as { __app: { renders: number; mismatches: number; stopped: boolean } }).__app;
      s.stopped = true;
      return { renders: s.renders, mismatches: s.mismatches };
    });
    const withMarks = samples.filter((s) => s.marks > 0).length;
    const withStale = samples.filter((s) => s.stale > 0).length;
    console.log(
      `rerender: ${app.renders} renders; ${samples.length} samples, ${withMarks} with marks, ${withStale} with stale ranges`,
    );
    expect(app.renders).toBeGreaterThan(15);
    expect(app.mismatches).toBe(0);
    expect((await probes(page)).errors).toEqual([]);
    expect(pageErrors).toEqual([]);
    // The title's block keeps its nodes (only the clock text beside it changes): its mark must
    // never blink off while the block is rescanned every 100 ms.
    expect(samples.filter((s) => s.title).length).toBe(samples.length);
    expect(withMarks).toBe(samples.length);

    const tabId = await tabIdOf(env, page);
    expect(await waitForStable(() => markedTexts(page), 300)).toEqual([
      'LightGlue',
      'SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding Systems',
      'WebArena: A Realistic Web Environment for Building Autonomous Agents',
    ]);
    expect(await waitForStable(() => reportedPapers(env, tabId), 300)).toEqual([
      'arxiv:1905.00537',
      'arxiv:2306.13643',
      'arxiv:2307.13854',
    ]);
    await page.close();
  });
});

describe('detector: a chat answer streaming with innerHTML every 40 ms', () => {
  it('keeps the marks of text already there painted while every node of the message is replaced', async () => {
    const { page, pageErrors } = await openFixture(env, 'chat-stream.html');
    // From the title's first mark on, sample every frame until the stream ends: the title's mark
    // must be on the page's text in (nearly) every frame, not only between a rescan and the next
    // re-render (17% of frames when the rescan waited for the observer's 100 ms batch).
    const frames = await page.evaluate(async () => {
      const titleMarked = () => {
        for (const { range: r } of window.__paperlensMarks(['paperlens-mention'])) {
          if (r.startContainer.isConnected && r.toString().startsWith('LightGlue: Local')) return true;
        }
        return false;
      };
      const chat = (window as unknown as { __chat: { done: boolean } }).__chat;
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      const t0 = performance.now();
      while (!titleMarked() && performance.now() - t0 < 10_000) await frame();
      const seen: boolean[] = [];
      while (!chat.done && performance.now() - t0 < 20_000) {
        await frame();
        seen.push(titleMarked());
      }
      return seen;
    });
    const painted = frames.filter(Boolean).length;
    console.log(`chat-stream: title marked in ${painted} of ${frames.length} frames`);
    expect(frames.length).toBeGreaterThan(60);
    expect(painted / frames.length).toBeGreaterThan(0.9);
    expect(await waitForStable(() => markedTexts(page), 300)).toEqual([
      'GLUE',
      'LightGlue: Local Feature Matching at Light Speed',
      'SuperGLUE',
      'SuperGlue',
      'https://arxiv.org/abs/2306.13643',
    ]);
    expect((await probes(page)).errors).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('detector: single-page app navigation', () => {
  it('tabs.html: a panel its tab shows is read then, a hidden one stops counting, and a link sent elsewhere follows', async () => {
    const { page, pageErrors } = await openFixture(env, 'tabs.html');
    const tabId = await tabIdOf(env, page);
    const pick = "this week's pick";
    expect(await waitForStable(() => markedTexts(page), 250)).toEqual([
      'LightGlue: Local Feature Matching at Light Speed',
      pick,
    ]);
    expect(await waitForStable(() => reportedPapers(env, tabId))).toEqual(['arxiv:2306.13643']);

    await page.click('#tab-prompting');
    // The matching panel is hidden now: its title goes, the link keeps LightGlue on the page.
    expect(
      await waitForValue(() => markedTexts(page), ['XPrompt: Exploring the Extreme of Prompt Tuning', pick]),
    ).toEqual(['XPrompt: Exploring the Extreme of Prompt Tuning', pick]);
    expect(await waitForValue(() => reportedPapers(env, tabId), ['arxiv:2210.04457', 'arxiv:2306.13643'])).toEqual([
      'arxiv:2210.04457',
      'arxiv:2306.13643',
    ]);

    await page.click('#next-week');
    expect(await waitForValue(() => reportedPapers(env, tabId), ['arxiv:2210.04457'])).toEqual(['arxiv:2210.04457']);
    expect(await waitForValue(() => badgeText(env, tabId), '1')).toBe('1');
    await hoverMark(page, pick);
    expect(await popoverTitle(page)).toBe('XPrompt: Exploring the Extreme of Prompt Tuning');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('reads the new body of a page that navigates by swapping its body (Turbo, pjax)', async () => {
    const { page, pageErrors } = await openFixture(env, 'turbo.html');
    const tabId = await tabIdOf(env, page);
    expect(await waitForValue(() => reportedPapers(env, tabId), ['arxiv:2210.04457'])).toEqual(['arxiv:2210.04457']);
    await page.click('#next');
    const week2 = ['arxiv:1911.11763', 'arxiv:2306.13643'];
    expect(await waitForValue(() => reportedPapers(env, tabId), week2)).toEqual(week2);
    expect(await waitForValue(() => badgeText(env, tabId), '2')).toBe('2');
    expect(await waitForStable(() => markedTexts(page), 300)).toEqual([
      'LightGlue: Local Feature Matching at Light Speed',
      'SuperGlue: Learning Feature Matching with Graph Neural Networks',
    ]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('keeps its marks while only the fragment changes (a table of contents, a scrollspy)', async () => {
    const { page, pageErrors } = await openFixture(env, 'spa/');
    const tabId = await tabIdOf(env, page);
    const home = ['arxiv:2202.08906', 'arxiv:2210.04457', 'arxiv:2212.14052'];
    expect(await waitForValue(() => reportedPapers(env, tabId), home)).toEqual(home);
    const marks = (await markedTexts(page)).length;
    expect(marks).toBeGreaterThan(0);
    // The fewest marks seen in any frame while the page rewrites its fragment, as a scrollspy does.
    const fewest = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let least = Number.POSITIVE_INFINITY;
          const started = performance.now();
          let n = 0;
          const frame = () => {
            least = Math.min(least, window.__paperlensMarks().length);
            if (n < 6) history.replaceState(null, '', `#section-${n++}`);
            else if (n++ === 6) location.hash = '#results';
            if (performance.now() - started < 800) requestAnimationFrame(frame);
            else resolve(least);
          };
          requestAnimationFrame(frame);
        }),
    );
    expect(fewest).toBe(marks);
    expect(await badgeText(env, tabId)).toBe('3');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('updates marks and badge on pushState and back navigation', async () => {
    const { page, pageErrors } = await openFixture(env, 'spa/');
    const tabId = await tabIdOf(env, page);
    const home = ['arxiv:2202.08906', 'arxiv:2210.04457', 'arxiv:2212.14052'];
    expect(await waitForValue(() => reportedPapers(env, tabId), home)).toEqual(home);
    expect(await badgeText(env, tabId)).toBe('3');

    await page.click('a[data-route="/spa/matching"]');
    const matching = ['arxiv:1911.11763', 'arxiv:2306.13643'];
    expect(await waitForValue(() => reportedPapers(env, tabId), matching)).toEqual(matching);
    expect(await waitForValue(() => badgeText(env, tabId), '2')).toBe('2');
    expect(await waitForStable(() => markedTexts(page), 300)).toEqual([
      'LightGlue',
      'SuperGlue: Learning Feature Matching with Graph Neural Networks',
    ]);

    await page.click('a[data-route="/spa/empty"]');
    expect(await waitForValue(() => badgeText(env, tabId), '')).toBe('');
    expect(await waitForStable(() => markedTexts(page), 300)).toEqual([]);

    await page.goBack();
    expect(await waitForValue(() => badgeText(env, tabId), '2')).toBe('2');
    // The report follows the URL too (what the popup's `page/papers` lists).
    const url = await env.session.worker.evaluate(
      async (id) =>
        (
          (await (globalThis as unknown as WorkerApi).chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as {
            url: string;
          }
        ).url,
      tabId,
    );
    expect(new URL(url).pathname).toBe('/spa/matching');
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

interface FeedRun {
  marks: number;
  texts: string[];
  pageBatchMaxMs: number;
  longTasks: number[];
  /** Blocking time of each frame over 50 ms. */
  blocking: number[];
}

/** Appends 10,000 items in batches of 100 (one task each) and collects the long tasks and frames. */
async function runFeed(host?: string): Promise<FeedRun> {
  const { page, pageErrors } = await openFixture(env, 'infinite.html', host);
  await page.waitForTimeout(300);
  const started = await page.evaluate(() => {
    (window as unknown as { __feed: { load(total: number, per: number): void } }).__feed.load(10_000, 100);
    return performance.now();
  });
  await page.waitForFunction(() => (window as unknown as { __feed: { done: boolean } }).__feed.done);
  const marks = await waitForStable(
    () => page.evaluate(() => window.__paperlensMarks(['paperlens-mention']).length),
    500,
    15_000,
  );
  const p = await probes(page);
  const pageBatchMaxMs = await page.evaluate(
    () => (window as unknown as { __feed: { maxBatchMs: number } }).__feed.maxBatchMs,
  );
  const texts = await markedTexts(page);
  expect(pageErrors).toEqual([]);
  await page.close();
  return {
    marks,
    texts,
    pageBatchMaxMs,
    longTasks: p.longTasks.filter((t) => t.start >= started - 1).map((t) => Math.round(t.duration)),
    blocking: p.frames.filter((f) => f.start >= started - 1).map((f) => Math.round(f.blocking)),
  };
}

describe('detector: infinite scroll', () => {
  it('appending 10,000 items stays smooth and marks every mention', async () => {
    await turnOffFor(env, 'localhost');
    const baseline = await runFeed('localhost');
    const run = await runFeed();
    console.log(
      `infinite: long tasks without PaperLens ${JSON.stringify(baseline.longTasks)}, with ${JSON.stringify(run.longTasks)}; frame blocking without ${JSON.stringify(baseline.blocking)}, with ${JSON.stringify(run.blocking)}; page batch max ${run.pageBatchMaxMs.toFixed(1)} ms`,
    );
    expect(baseline.marks).toBe(0);
    expect(run.marks).toBe(20);
    expect(run.texts).toEqual([
      'Hungry Hungry Hippos: Towards Language Modeling with State Space Models',
      'LightGlue: Local Feature Matching at Light Speed',
      'WebArena: A Realistic Web Environment for Building Autonomous Agents',
      'XPrompt: Exploring the Extreme of Prompt Tuning',
    ]);
    // The page's own batches take a few ms. Tasks over 50 ms also happen without PaperLens on a
    // loaded machine (layout of a growing page, GC), so the check is relative: PaperLens must not
    // add long tasks beyond the baseline's plus an allowance for scheduling noise. This catches an
    // unsliced scan (one task of seconds); the precise long-task figures come from `npm run bench`.
    const over = (r: FeedRun) => r.longTasks.filter((d) => d > 50);
    expect(over(run).length).toBeLessThanOrEqual(over(baseline).length + 5);
    expect(Math.max(0, ...over(run))).toBeLessThanOrEqual(Math.max(200, ...over(baseline)));
    // The same for frames, which a restyle or repaint of the whole page would block: no more frames
    // with blocking time than the baseline's plus the same allowance, none blocked much longer.
    const blocked = (r: FeedRun) => r.blocking.filter((ms) => ms > 0);
    expect(blocked(run).length).toBeLessThanOrEqual(blocked(baseline).length + 5);
    expect(Math.max(0, ...blocked(run))).toBeLessThanOrEqual(Math.max(150, ...blocked(baseline)));
  });
});
