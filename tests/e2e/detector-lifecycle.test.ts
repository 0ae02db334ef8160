// The extension going away under an open page (reloaded, updated, removed): Manifest V3 does not
// start a new content script in tabs already open, so the old one must notice and stop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DetectorEnv, markedTexts, openFixture, startDetectorEnv, waitForStable } from './detector-harness';

let env: DetectorEnv;
beforeAll(async () => {
  env = await startDetectorEnv();
});
afterAll(async () => {
  await env?.close();
});

describe('detector: documents without a body', () => {
  it('leaves an SVG file opened on its own alone, without errors', async () => {
    // Opened directly: the harness's DOM probes expect an HTML body.
    const page = await env.session.context.newPage();
    const pageErrors: string[] = [];
    const messages: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    await page.goto(env.server.url('files/figure.svg'));
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => document.body === null && document.documentElement.localName)).toBe('svg');
    expect({ pageErrors, messages, errors: env.session.errors }).toEqual({ pageErrors: [], messages: [], errors: [] });
    await page.close();
  });
});

// Last in this file: the reload takes the extension away from this browser.
describe('detector: the extension is reloaded under a live page', () => {
  it('clears its marks and stops quietly instead of failing on every change', async () => {
    // The page re-renders every 100 ms, so the old content script keeps trying to scan.
    const { page, pageErrors } = await openFixture(env, 'rerender.html');
    const messages: string[] = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    expect((await waitForStable(() => markedTexts(page), 300)).length).toBeGreaterThan(0);
    // The worker dies with the reload, so its evaluate may not answer.
    await env.session.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    expect(await waitForStable(() => markedTexts(page), 1_500)).toEqual([]);
    await page.waitForTimeout(1_000);
    expect(messages.filter((m) => m.includes('PaperLens'))).toEqual([]);
    expect(pageErrors).toEqual([]);
    // The page itself carries on.
    const renders = await page.evaluate(() => (window as unknown as { __app: { renders: number } }).__app.renders);
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => (window as unknown as { __app: { renders: number } }).__app.renders),
    ).toBeGreaterThan(renders);
  });
});
