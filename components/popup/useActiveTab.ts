import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The tab whose papers "On this page" shows: `?tab=<id>` when given (the popup opened as a tab, in tests),
 * otherwise the active tab of the current window. `explicit` tells whether it came from the URL.
 */
export function tabFromLocation(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/**
 * `url`: the tab's address, which the browser tells only while PaperLens may see it: after the
 * toolbar button or its shortcut opened the popup on that tab (the `activeTab` permission).
 */
export function useActiveTab(): { tabId: number | null | undefined; explicit: boolean; url: string | undefined } {
  const fromUrl = tabFromLocation(location.search);
  const [tabId, setTabId] = useState<number | null | undefined>(fromUrl ?? undefined);
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    const found =
      fromUrl !== null
        ? browser.tabs.get(fromUrl)
        : browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab);
    found
      .then((tab) => {
        if (fromUrl === null) setTabId(tab?.id ?? null);
        setUrl(tab?.url);
      })
      .catch(() => {
        if (fromUrl === null) setTabId(null);
      });
  }, [fromUrl]);
  return { tabId, explicit: fromUrl !== null, url };
}
