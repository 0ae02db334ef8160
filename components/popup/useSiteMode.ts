import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send, sendToTab } from '../../lib/messages/client';
import type { SiteModeInfo } from '../../lib/messages/contract';
import { errorText } from './usePopupData';

/** How many more times (a second apart) the popup asks a tab that did not answer. */
const LOCATION_RETRIES = 10;

export interface SiteModeState {
  /** The tab's site and its mode; null on pages without a content script (nothing to pause). */
  info: SiteModeInfo | null;
  error: string | null;
  /** "Pause on this site" on or off: writes the same site rule as the options page. */
  setPaused(paused: boolean): Promise<void>;
  /** Does the tab have a content script that answers (null: not known yet)? Not on browser pages,
   * the extension store, PDFs the browser shows, or pages opened before PaperLens was installed. */
  reachable: boolean | null;
}

/**
 * The mode PaperLens runs in on the active tab's site. The page's address comes from its content
 * script, so PaperLens needs no tabs permission. Shared by the switch and the "On this page"
 * view, which says the site is paused rather than that it has no papers.
 */
export function useSiteMode(tabId: number | null | undefined, visit = 0): SiteModeState {
  const [url, setUrl] = useState<string | null>(null);
  const [info, setInfo] = useState<SiteModeInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reachable, setReachable] = useState<boolean | null>(null);
  /** The mode last read or written: shown again if a write fails. */
  const confirmed = useRef<SiteModeInfo | null>(null);
  // Asked again for each new page in the tab (`visit`), which may be on another site.
  useEffect(() => {
    // No tab to look at (a popup opened on its own): nothing can be read.
    if (tabId === null) setReachable(false);
    if (tabId == null) return;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const ask = (attempt: number) =>
      // The tab's page itself: an iframe's script would answer with the iframe's address.
      sendToTab(tabId, 'tab/location', {}, { frameId: 0 })
        .catch((e) => {
          setReachable(false);
          // A page still loading has no content script yet (it starts once the page is idle):
          // ask again for a while, so the popup does not keep saying it cannot read the page.
          if (!stopped && attempt < LOCATION_RETRIES) retry = setTimeout(() => void ask(attempt + 1), 1000);
          throw e;
        })
        .then(async ({ url: pageUrl }) => {
          if (stopped) return;
          setReachable(true);
          setUrl(pageUrl);
          const got = await send('sites/get-mode', { url: pageUrl });
          confirmed.current = got;
          if (!stopped) setInfo(got);
        })
        .catch(() => undefined);
    void ask(0);
    return () => {
      stopped = true;
      clearTimeout(retry);
    };
  }, [tabId, visit]);
  // Presses are written one after another, and the last one wins: the switch shows a press at
  // once, so a second press before the first is written toggles from what the reader sees (not
  // from the last answer, which would repeat the first press), and a press overtaken by a later
  // one is not written at all.
  const writes = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef(0);
  const setPaused = useCallback(
    (paused: boolean) => {
      if (!url) return Promise.resolve();
      const mode = paused ? 'off' : 'on';
      const press = ++latest.current;
      setError(null);
      setInfo((shown) => (shown ? { ...shown, mode } : shown));
      writes.current = writes.current.then(async () => {
        if (press !== latest.current) return;
        try {
          const written = await send('sites/set-mode', { url, mode });
          confirmed.current = written;
          if (press === latest.current) setInfo(written);
        } catch (e) {
          if (press !== latest.current) return;
          setError(errorText(e));
          setInfo(confirmed.current);
        }
      });
      return writes.current;
    },
    [url],
  );
  return { info: url ? info : null, error, setPaused, reachable };
}
