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

export function useActiveTab(): { tabId: number | null | undefined; explicit: boolean } {
  const fromUrl = tabFromLocation(location.search);
  const [tabId, setTabId] = useState<number | null | undefined>(fromUrl ?? undefined);
  useEffect(() => {
    if (fromUrl !== null) return;
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabId(tab?.id ?? null))
      .catch(() => setTabId(null));
  }, [fromUrl]);
  return { tabId, explicit: fromUrl !== null };
}
