// Popup data survives a browser restart (the extension is loaded again from disk) and a catalog update; a backup
// round-trips into a fresh profile unchanged. Three launches: two on one profile, one fresh.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension } from './browser';
import { ask, entryTitles, openReadyPopup } from './popup-helpers';

const GONE = { id: 'arxiv:9999.00001', title: 'A Withdrawn Paper About Glue' };
const open: ExtensionSession[] = [];
let userDataDir = '';
let exported = '';

afterAll(async () => {
  for (const s of open) await s.close().catch(() => undefined);
});

async function showList(popup: Page, name: string) {
  await popup.getByRole('tab', { name: /Lists/ }).click();
  await popup.locator('.pp-chip', { hasText: name }).click();
  await popup.locator('.pp-entry').first().waitFor();
}

/** Put a paper in the stored catalog and mark the catalog as old, so the next start of the worker updates it. */
async function plantStalePaper(session: ExtensionSession) {
  await session.worker.evaluate(
    (gone) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('paperlens');
        req.onsuccess = () => {
          const tx = req.result.transaction(['papers', 'meta'], 'readwrite');
          tx.objectStore('papers').put({
            id: gone.id,
            title: gone.title,
            abstract: 'Withdrawn.',
            tldr: 'Withdrawn.',
            authors: ['Jane Doe'],
            year: 2021,
            links: { arxiv: 'https://arxiv.org/abs/9999.00001' },
            tags: [],
          });
          tx.objectStore('meta').put({ key: 'catalogVersion', value: 'an-older-catalog' });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    GONE,
  );
}

describe('popup: data that never gets lost', () => {
  it('saves lists, statuses and notes, with a paper the next catalog will not have', async () => {
    const session = await launchWithExtension();
    open.push(session);
    userDataDir = session.userDataDir;
    const popup = await openReadyPopup(session);
    const list = await ask(popup, 'lists/create', { name: 'Keep me' });
    await plantStalePaper(session);
    await ask(popup, 'entries/save-many', { listId: list.id, paperIds: ['arxiv:1905.00537', GONE.id] });
    await ask(popup, 'entries/update', { entryId: `${list.id}|arxiv:1905.00537`, status: 'read', note: 'Keep this' });
    open.pop();
    await session.close({ keepProfile: true });
  });

  it('keeps everything through a browser restart (extension loaded again) and a catalog update', async () => {
    const session = await launchWithExtension({ userDataDir });
    open.push(session);
    const popup = await openReadyPopup(session, '?view=lists');
    await showList(popup, 'Keep me');
    expect(await entryTitles(popup)).toEqual([
      'SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding Systems',
      GONE.title,
    ]);
    expect(await popup.locator('.pp-counts').textContent()).toContain('1 read');
    expect(await popup.locator('.pp-note').textContent()).toBe('Keep this');
    // The paper left the catalog: its entry is shown from the snapshot it kept.
    const gone = popup.locator('.pp-entry', { hasText: GONE.title });
    expect(await gone.locator('.pp-gone-badge').textContent()).toBe('No longer in the catalog');
    expect(await gone.locator('a').getAttribute('href')).toBe('https://arxiv.org/abs/9999.00001');
    const [file] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export JSON backup' }).click(),
    ]);
    exported = readFileSync(await file.path(), 'utf8');
    expect(JSON.parse(exported).entries[1].snapshot.title).toBe(GONE.title);
    expect(session.errors).toEqual([]);
    open.pop();
    await session.close();
  });

  it('export -> import into a fresh profile -> export gives identical data', async () => {
    const session = await launchWithExtension();
    open.push(session);
    const popup = await openReadyPopup(session, '?view=lists');
    const path = join(tmpdir(), `paperlens-roundtrip-${Date.now()}.json`);
    writeFileSync(path, exported);
    await popup.setInputFiles('input[type="file"]', path);
    await popup.getByText(/^Imported paperlens-roundtrip/).waitFor();
    const [file] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export JSON backup' }).click(),
    ]);
    const again = readFileSync(await file.path(), 'utf8');
    const data = (json: string) => ({ ...JSON.parse(json), exportedAt: undefined });
    expect(data(again)).toEqual(data(exported));
    await showList(popup, 'Keep me');
    expect(await entryTitles(popup)).toContain(GONE.title);
    expect(session.errors).toEqual([]);
  });
});
