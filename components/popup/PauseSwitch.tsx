import type { Ref } from 'preact';
import { siteForDisplay } from '../../lib/settings/site-display';
import type { SiteModeState } from './useSiteMode';

/**
 * "Pause on this site": mode off, or back on. On pages without a content script (browser pages,
 * the store) there is nothing to pause and no switch.
 */
export function PauseSwitch({ site, inputRef }: { site: SiteModeState; inputRef?: Ref<HTMLInputElement> }) {
  const { info, error, setPaused } = site;
  if (!info) return null;
  // Only "off" is paused: a quiet site (badge only) is running, and pausing it turns it off.
  const paused = info.mode === 'off';
  return (
    <div class="pp-pause">
      <label class="pp-pause-label">
        <input
          ref={inputRef}
          type="checkbox"
          role="switch"
          class="pp-pause-input"
          checked={paused}
          aria-checked={paused}
          onChange={() => void setPaused(!paused)}
        />
        <span>
          Pause on <strong>{siteForDisplay(info.site)}</strong>
        </span>
      </label>
      <span class="pp-muted pp-small">
        {info.mode === 'quiet' ? 'Quiet: badge only' : paused ? 'No marks on this site' : 'On: marks papers'}
      </span>
      {error && (
        <p class="pl-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
