import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension, openPopup } from './browser';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});

/** Count papers in the extension's IndexedDB, from the service worker itself. */
async function countPapers(): Promise<number> {
  return session.worker.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('paperlens');
        open.onerror = () => resolve(-1);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('papers')) return resolve(0);
          const count = db.transaction('papers').objectStore('papers').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => resolve(-1);
        };
      }),
  );
}

describe('foundation: install', () => {
  it('starts the service worker and has all 112 papers in IndexedDB within 2 s of install', async () => {
    let count = 0;
    while (Date.now() - session.workerSeenAt < 2_000) {
      count = await countPapers();
      if (count === 112) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(count).toBe(112);
  });

  it('opens the popup with no console error', async () => {
    const popup = await openPopup(session);
    await popup.waitForSelector('main');
    await popup.waitForTimeout(300);
    expect(session.errors).toEqual([]);
    await popup.close();
  });
});
