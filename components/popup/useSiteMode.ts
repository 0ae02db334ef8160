import { useCallback, useEffect, useState } from 'preact/hooks';
import { send, sendToTab } from '../../lib/messages/client';
import type { SiteModeInfo } from '../../lib/messages/contract';
import { errorText } from './usePopupData';

export interface SiteModeState {
  /** The tab's site and its mode; null on pages without a content script (nothing to pause). */
  info: SiteModeInfo | null;
  error: string | null;
  /** "Pause on this site" on or off: writes the same site rule as the options page. */
  setPaused(paused: boolean): Promise<void>;
}

/**
 * The mode PaperLens runs in on the active tab's site. The page's address comes from its content
 * script, so PaperLens needs no tabs permission. Shared by the switch and the "On this page"
 * view, which says the site is paused rather than that it has no papers.
 */
export function useSiteMode(tabId: number | null | undefined): SiteModeState {
  const [url, setUrl] = useState<string | null>(null);
  const [info, setInfo] = useState<SiteModeInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (tabId == null) return;
    sendToTab(tabId, 'tab/location', {})
      .then(async ({ url: pageUrl }) => {
        setUrl(pageUrl);
        setInfo(await send('sites/get-mode', { url: pageUrl }));
      })
      .catch(() => setInfo(null));
  }, [tabId]);
  const setPaused = useCallback(
    async (paused: boolean) => {
      if (!url) return;
      try {
        setError(null);
        setInfo(await send('sites/set-mode', { url, mode: paused ? 'off' : 'on' }));
      } catch (e) {
        setError(errorText(e));
      }
    },
    [url],
  );
  return { info: url ? info : null, error, setPaused };
}
