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
 * `visit` counts the tab's navigations since the popup opened: the page, its address and its
 * site change under an open popup (a redirect, a script, a link opened from the popup).
 */
export function useActiveTab(): {
  tabId: number | null | undefined;
  explicit: boolean;
  url: string | undefined;
  visit: number;
} {
  const fromUrl = tabFromLocation(location.search);
  const [tabId, setTabId] = useState<number | null | undefined>(fromUrl ?? undefined);
  const [url, setUrl] = useState<string | undefined>(undefined);
  const [visit, setVisit] = useState(0);
  useEffect(() => {
    if (tabId == null) return;
    // The address is read again (the browser leaves it out once activeTab no longer covers the
    // page): the last page's address would name its paper over the new page.
    const onUpdated = (id: number, change: { status?: string; url?: string }) => {
      if (id !== tabId || (change.status !== 'loading' && change.url === undefined)) return;
      setVisit((n) => n + 1);
      browser.tabs
        .get(id)
        .then((tab) => setUrl(tab?.url))
        .catch(() => setUrl(undefined));
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tabId]);
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
  return { tabId, explicit: fromUrl !== null, url, visit };
}
