// Proof that nothing leaves the browser: every request made during a full journey is recorded
// (pages, the popup, the options page, content scripts and the service worker) and must be local.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension, root } from './browser';
import { markPoint, settledMarks } from './marks';
import { askFrom, eventually, openOptions } from './options-helpers';
import { serveFolder } from './server';

let session: ExtensionSession;
let server: Awaited<ReturnType<typeof serveFolder>>;
let closed = false;
const seen: string[] = [];
// Chromium's own net log records every request from the first moment, install included.
const netLog = join(mkdtempSync(join(tmpdir(), 'paperlens-netlog-')), 'netlog.json');
beforeAll(async () => {
  session = await launchWithExtension({ extraArgs: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] });
  server = await serveFolder(join(root, 'tests/fixtures/pages'));
  // Service-worker traffic reaches these context events too (Playwright's default for Chromium).
  const record = (r: Request) => seen.push(r.url());
  session.context.on('request', record);
  session.context.on('requestfailed', record);
});
afterAll(async () => {
  if (!closed) await session?.close();
  await server?.close();
});

const isLocal = (url: string) =>
  url.startsWith(`${server.origin}/`) || /^(chrome-extension|data|blob|chrome|about):/.test(url);

describe('privacy: no network request leaves the browser', () => {
  it('makes only local requests during install, browsing, hover, save, search, export and settings', async () => {
    // Install: the recorder starts as soon as the worker is seen; the catalog comes from the package.
    const worker = session.worker;
    const options = await openOptions(session);
    expect(
      await eventually(
        () => askFrom(options, 'catalog/status', {}).then((s) => s.count),
        (n) => n === 112,
      ),
    ).toBe(112);
    const page = options;

    // Browse and hover, then save from the popover.
    const blog = await session.context.newPage();
    await blog.goto(server.url('/blog.html'));
    const [first] = await settledMarks(blog);
    const point = await markPoint(blog, first?.text ?? '');
    await blog.mouse.move(point.x, point.y, { steps: 2 });
    const save = blog.locator('paperlens-ui').locator('button.pl-primary').first();
    await save.click();
    expect(
      await eventually(
        () => askFrom(page, 'lists/overview', {}),
        (o) => o.entries.length > 0,
      ),
    ).toMatchObject({
      entries: [expect.anything()],
    });

    // Search in the popup (the search box is the popup's first text field).
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?q=SuperGlue`);
    await popup.waitForTimeout(500);
    const box = popup.locator('input[type="search"], input[type="text"]').first();
    if (await box.count()) await box.fill('benchmark');
    await popup.waitForTimeout(500);

    // Export and change settings on the options page.
    await page.reload();
    await page.waitForSelector('.pl-opt[data-ready]');
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
    await page.getByRole('switch', { name: /Short names/ }).click();
    await page.getByText('Dark', { exact: true }).click();
    await page.getByLabel('Site', { exact: true }).fill('example.org');
    await page.getByRole('button', { name: 'Add rule' }).click();
    await page.getByLabel('Mode on example.org').waitFor();
    await blog.reload();
    await settledMarks(blog);

    // The recorder sees service-worker traffic: a canary fetch from the worker must show up.
    const canary = server.url('/canary-from-worker');
    await worker.evaluate(
      (url) =>
        fetch(url).then(
          () => null,
          () => null,
        ),
      canary,
    );
    await expect.poll(() => seen.includes(canary)).toBe(true);

    expect(seen.filter((url) => url.startsWith(server.origin)).length).toBeGreaterThan(2);
    expect(seen.filter((url) => !isLocal(url))).toEqual([]);
  });

  it('initiated no request off the machine from the moment the browser started, install included (net log)', async () => {
    await session.close();
    closed = true;
    const raw = readFileSync(netLog, 'utf8').trimEnd();
    // The log is a JSON document; if Chromium was stopped mid-write, close its event list.
    const log = JSON.parse(raw.endsWith('}') ? raw : `${raw.replace(/,$/, '')}]}`) as {
      constants: { logEventTypes: Record<string, number> };
      events: Array<{ type: number; params?: { url?: string; initiator?: string } }>;
    };
    const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
    const requests = log.events.filter((e) => e.type === start && e.params?.url).map((e) => e.params ?? {});
    // Requests a page or an extension made carry its origin as initiator; Chromium's own (its
    // account and update pings, which these flags cannot silence) carry "not an origin".
    const fromContent = requests.filter((r) => r.initiator !== 'not an origin');
    const ours = fromContent.filter((r) => r.initiator === `chrome-extension://${session.extensionId}`);
    // It does see the extension's requests: the worker's canary fetch is there, as ours.
    expect(ours.map((r) => r.url)).toContain(server.url('/canary-from-worker'));
    expect(fromContent.length).toBeGreaterThanOrEqual(3);
    expect(fromContent.filter((r) => !isLocal(r.url ?? ''))).toEqual([]);
    expect(ours.filter((r) => !isLocal(r.url ?? ''))).toEqual([]);
    // Top-level navigations also show as "not an origin", so the browser's own list is checked too:
    // apart from the local server, only Chromium's Google services (PaperLens contacts none).
    const browserOwn = requests.filter((r) => r.initiator === 'not an origin' && !isLocal(r.url ?? ''));
    const hosts = [...new Set(browserOwn.map((r) => new URL(r.url ?? '').host))];
    expect(hosts.filter((h) => !/(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/.test(h))).toEqual([]);
    console.info(
      `net log: ${fromContent.length} page/extension requests, all local; Chromium's own: ${hosts.join(', ')}`,
    );
  });
});
