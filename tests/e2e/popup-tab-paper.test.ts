// A PDF the browser shows is closed to extensions: PaperLens cannot read it. Its address names the
// paper, and once the reader presses the toolbar button on that tab (activeTab), "On this page"
// shows the paper so it can be saved or read about.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  type ExtensionSession,
  launchWithExtension,
  openPopup,
  root,
  screenshotDir,
  TOOLBAR_BUTTON_ARGS,
} from './browser';
import { tabIdOf } from './extension-api';
import { seriousViolations } from './popup-helpers';
import { serveFolder } from './server';

let session: ExtensionSession;
let server: Awaited<ReturnType<typeof serveFolder>>;
let pdf: Page;
let tabId: number;

beforeAll(async () => {
  // arxiv.org resolves to the fixtures' server, so the tab's address is the real form of one.
  [session, server] = await Promise.all([
    launchWithExtension({ extraArgs: [...TOOLBAR_BUTTON_ARGS, '--host-resolver-rules=MAP arxiv.org 127.0.0.1'] }),
    serveFolder(join(root, 'tests/fixtures')),
  ]);
  pdf = await session.context.newPage();
  await pdf.goto(`http://arxiv.org:${new URL(server.url('/')).port}/pdf/2306.13643.pdf`);
  tabId = await tabIdOf(session, pdf);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const pageView = (popup: Page) => popup.locator('#pp-panel');

describe('popup: the paper a tab shows as a PDF', () => {
  it('knows nothing of the tab before the toolbar button is pressed on it', async () => {
    const popup = await openPopup(session, `?tab=${tabId}&view=page`);
    await popup.getByText(/No papers found on this page|PaperLens cannot read this page/).waitFor();
    expect(await pageView(popup).textContent()).not.toContain('LightGlue');
    await popup.close();
  });

  it('names the paper once the button is pressed there, and saves it and opens it from the popup', async () => {
    await clickToolbarButton(session, pdf);
    const popup = await openPopup(session, `?tab=${tabId}&view=page`);
    await popup.getByRole('heading', { name: 'The paper in this tab' }).waitFor();
    await popup.getByText('it cannot read inside a PDF the browser shows').waitFor();
    const row = popup.locator('.pp-page-item');
    expect(await row.locator('.pp-page-title').textContent()).toBe('LightGlue: Local Feature Matching at Light Speed');
    expect(await row.locator('.pp-count').count()).toBe(0);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.getByText('Saved 1 paper to “Reading list”').waitFor();
    await row.getByText('✓ Saved').waitFor();
    await popup.getByRole('button', { name: 'Saved', exact: true }).waitFor();
    await popup.screenshot({ path: join(screenshotDir(), 'popup-tab-paper.png') });
    await row.click();
    await expect
      .poll(() => popup.locator('#pp-details-title').textContent())
      .toBe('LightGlue: Local Feature Matching at Light Speed');
    await popup.close();
  });

  it('lets the paper go when the tab goes on to another page while the popup is open', async () => {
    await clickToolbarButton(session, pdf);
    const popup = await openPopup(session, `?tab=${tabId}&view=page`);
    await popup.getByRole('heading', { name: 'The paper in this tab' }).waitFor();
    // Another site, and a page that names no paper: the last page's address named LightGlue.
    await pdf.goto(server.url('/pages/does-not-exist.html'));
    await popup.getByText('No papers found on this page').waitFor();
    expect(await pageView(popup).textContent()).not.toContain('LightGlue');
    // The switch speaks of the new page's site, not arxiv.org.
    await expect.poll(() => popup.locator('.pp-pause-label').textContent()).toBe('Pause on 127.0.0.1');
    await popup.close();
  });

  it("shows the tab's paper above the newest papers as the popup opens on search, one click from its details", async () => {
    // Back on the PDF (the test before sent the tab elsewhere), the button pressed there again.
    await pdf.goto(`http://arxiv.org:${new URL(server.url('/')).port}/pdf/2306.13643.pdf`);
    await clickToolbarButton(session, pdf);
    const popup = await openPopup(session, `?tab=${tabId}`);
    const banner = popup.getByRole('button', { name: /^In this tab/ });
    await banner.waitFor();
    expect(await banner.textContent()).toBe('In this tabLightGlue: Local Feature Matching at Light Speed');
    await popup.screenshot({ path: join(screenshotDir(), 'popup-tab-banner.png') });
    expect(await seriousViolations(popup)).toEqual([]);
    await banner.click();
    await expect
      .poll(() => popup.locator('#pp-details-title').textContent())
      .toBe('LightGlue: Local Feature Matching at Light Speed');
    // Typing leaves the banner out: the results answer the words.
    await popup.getByRole('button', { name: /Back/ }).click();
    await popup.getByRole('combobox', { name: 'Search papers' }).fill('glue');
    await expect.poll(() => banner.count()).toBe(0);
    await popup.close();
  });
});
