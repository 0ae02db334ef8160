// "On this page" opened while the tab is still loading: the content script starts only once the
// page is idle, so at first nothing answers; the popup must not keep saying it cannot read it.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPopup, useExtension } from './browser';
import { tabIdOf } from './extension-api';

const env = useExtension();
let url = '';
const waiting: ServerResponse[] = [];
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.write(
    `<!doctype html><html lang="en"><head><title>Slow page</title></head><body><p>A long page still loading: ${'more text '.repeat(200)}</p>`,
  );
  // The rest comes when the test lets it (a slow server, a long page streaming in).
  waiting.push(res);
});
const release = () => {
  for (const res of waiting.splice(0)) res.end('<p>The end.</p></body></html>');
};

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow.html`;
});
afterAll(() => {
  release();
  server.closeAllConnections();
  server.close();
});

it('says what it finds once the page has loaded, not that it cannot read it', async () => {
  const page = await env.session.context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (document.body?.textContent ?? '').includes('still loading'));
  const tabId = await tabIdOf(env.session, page);
  const popup = await openPopup(env.session, `?tab=${tabId}&view=page`);
  await popup.getByText('PaperLens cannot read this page').waitFor();
  release();
  await page.waitForLoadState('load');
  await popup.getByText('No papers found on this page').waitFor({ timeout: 15_000 });
  expect(await popup.locator('input[role="switch"]').count()).toBe(1);
  await popup.close();
  await page.close();
});
