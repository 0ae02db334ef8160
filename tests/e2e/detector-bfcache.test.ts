// Back and Forward: a page restored from Chromium's back/forward cache runs none of its scripts
// again, yet the background cleared its tab as it began loading. The badge and "On this page"
// must come back with it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  badgeText,
  type DetectorEnv,
  markedTexts,
  openFixture,
  reportedPapers,
  startDetectorEnv,
  tabIdOf,
  turnOffFor,
  waitForStable,
  waitForValue,
} from './detector-harness';

let env: DetectorEnv;
beforeAll(async () => {
  env = await startDetectorEnv([], { backForwardCache: true });
});
afterAll(async () => {
  await env?.close();
});

it('shows the papers of a page restored by Back again, on the badge and in the tab’s report', async () => {
  const { page } = await openFixture(env, 'blog.html');
  const tabId = await tabIdOf(env, page);
  const papers = await reportedPapers(env, tabId);
  expect(papers.length).toBeGreaterThan(3);
  const badge = await badgeText(env, tabId);
  await page.evaluate(() => {
    (window as unknown as { kept: boolean }).kept = true;
  });
  await page.goto(env.server.url('/negatives.html'));
  expect(await waitForValue(() => badgeText(env, tabId), '')).toBe('');
  // Restored from the cache: no load event, the old document (and its window's state) shown again.
  await page.goBack({ waitUntil: 'commit' });
  expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
  expect(await waitForValue(() => badgeText(env, tabId), badge)).toBe(badge);
  expect(await reportedPapers(env, tabId)).toEqual(papers);
  await page.close();
});

it('follows a setting changed while the page was in the cache (its site paused there)', async () => {
  const { page } = await openFixture(env, 'blog.html');
  const tabId = await tabIdOf(env, page);
  expect((await reportedPapers(env, tabId)).length).toBeGreaterThan(3);
  await page.goto(env.server.url('/negatives.html'));
  expect(await waitForValue(() => badgeText(env, tabId), '')).toBe('');
  await turnOffFor(env, new URL(env.server.url('/')).hostname);
  await page.goBack({ waitUntil: 'commit' });
  // The change was announced while the page was in the cache: it hears of it only as it comes back.
  expect(await waitForStable(() => markedTexts(page))).toEqual([]);
  expect(await waitForStable(() => badgeText(env, tabId))).toBe('');
  await page.close();
});
