import catalog from 'virtual:paperlens-catalog';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMenuClick, MENU_ITEMS, type MenuOutcome, searchPath } from '../lib/background/context-menu';
import { DetectorService } from '../lib/background/detector';
import { createHandlers } from '../lib/background/handlers';
import { answersWithin, createTabState } from '../lib/background/tab-state';
import { syncCatalog } from '../lib/db/catalog-sync';
import { openDatabase } from '../lib/db/database';
import { announceChange } from '../lib/messages/changes';
import { sendToTab } from '../lib/messages/client';
import { dispatch } from '../lib/messages/router';

/** How long a document may take to answer whether it is still there (tab-state: settle). */
const PING_TIMEOUT_MS = 500;

export default defineBackground({
  type: 'module',
  main() {
    const db = openDatabase();
    // Load on every start of the worker: install, update and browser start all land here, and
    // syncCatalog is a no-op when the stored catalog version is current.
    const ready = syncCatalog(db, catalog).then(() => catalog);
    ready.catch((error) => console.error('PaperLens: loading the catalog failed', error));

    const tabs = createTabState(browser.storage.session, async (tabId, count) => {
      await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => {});
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f4bd8' }).catch(() => {});
    });

    const broadcastChange = (only?: 'details') => {
      announceChange();
      void browser.tabs.query({}).then((all) => {
        for (const tab of all) {
          if (tab.id !== undefined) sendToTab(tab.id, 'tab/refresh-marks', only ? { only } : {}).catch(() => {});
        }
      });
    };

    let detector: DetectorService | undefined;
    const getDetector = async () => {
      detector ??= new DetectorService(catalog);
      return detector;
    };
    const handlers = createHandlers({ db, ready, detector: getDetector, tabs, broadcastChange });
    const options = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      dispatch(handlers, message, sender, options).then(sendResponse);
      return true;
    });

    browser.commands.onCommand.addListener(async (command, tab) => {
      if (command !== 'next-mention') return;
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      // The page's own mentions, or an iframe's when only iframes have some (every frame's
      // script would otherwise open one, each in its frame).
      const frameId = (await tabs.get(tabId)).flatMap((p) => p.frames).sort((a, b) => a - b)[0] ?? 0;
      await sendToTab(tabId, 'tab/next-mention', {}, { frameId }).catch(() => {});
    });

    // Menus persist across worker restarts: create them once per install/update.
    browser.runtime.onInstalled.addListener(async () => {
      await browser.contextMenus.removeAll();
      for (const item of MENU_ITEMS) browser.contextMenus.create(item);
    });
    const FLASH: Partial<Record<MenuOutcome['kind'], string>> = { saved: '✓', 'not-a-paper': '?', failed: '!' };
    const flashBadge = async (tabId: number | undefined, outcome: MenuOutcome) => {
      const text = FLASH[outcome.kind];
      if (tabId === undefined || text === undefined) return;
      await browser.action.setBadgeText({ tabId, text });
      await new Promise((done) => setTimeout(done, 1500));
      const count = (await tabs.get(tabId)).length;
      await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    };
    browser.contextMenus.onClicked.addListener((info, tab) => {
      void handleMenuClick(info, tab, {
        resolve: async (ref) => (await getDetector()).resolve(ref),
        save: (paperId) => handlers['entries/save']({ paperId }, {}),
        openSearch: (query) => browser.tabs.create({ url: browser.runtime.getURL(searchPath(query) as '/popup.html') }),
        feedback: flashBadge,
      }).catch((error) => console.error('PaperLens: the menu action failed', error));
    });

    // A tab that starts or ends loading (a document, an iframe's, an SPA's next address) keeps
    // the results of the documents still there and drops the others (tab-state: settle); their
    // new content scripts report again. changeInfo.url needs the tabs permission, which PaperLens
    // does not ask for, and would not tell an iframe's load from the page's anyway.
    const alive = (tabId: number) => (documentId: string) =>
      answersWithin(() => sendToTab(tabId, 'tab/ping', {}, { documentId }), PING_TIMEOUT_MS);
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading' || change.status === 'complete')
        void tabs.settle(tabId, alive(tabId), change.status === 'loading');
    });
    browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));
  },
});
