import { useEffect, useState } from 'preact/hooks';
import { send, sendToTab } from '../../lib/messages/client';
import type { SiteModeInfo } from '../../lib/messages/contract';
import { errorText } from './usePopupData';

/**
 * "Pause on this site": writes the same site rule as the options page (mode off, or back on).
 * The page's address comes from its content script, so PaperLens needs no tabs permission; on
 * pages without one (browser pages, the store) there is nothing to pause and no switch.
 */
export function PauseSwitch({ tabId }: { tabId: number | null | undefined }) {
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
  if (!url || !info) return null;
  const paused = info.mode !== 'on';
  const toggle = async () => {
    try {
      setError(null);
      setInfo(await send('sites/set-mode', { url, mode: paused ? 'on' : 'off' }));
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div class="pp-pause">
      <label class="pp-pause-label">
        <input
          type="checkbox"
          role="switch"
          class="pp-pause-input"
          checked={paused}
          aria-checked={paused}
          onChange={toggle}
        />
        <span>
          Pause on <strong>{info.site}</strong>
        </span>
      </label>
      <span class="pp-muted pp-small">
        {info.mode === 'quiet' ? 'Quiet: badge only' : paused ? 'No marks on this site' : 'Marks shown'}
      </span>
      {error && (
        <p class="pl-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
