import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PauseSwitch } from '../../../components/popup/PauseSwitch';
import { DEFAULT_SETTINGS, type SiteMode } from '../../../lib/settings/settings';

afterEach(() => render(null, document.body));

describe('pause switch', () => {
  it.each<[SiteMode, boolean, string]>([
    ['on', false, 'On: marks papers'],
    ['quiet', false, 'Quiet: badge only'],
    ['off', true, 'No marks on this site'],
  ])('a site in mode %s shows paused=%s (%s), and pressing it asks for the other state', (mode, paused, hint) => {
    const setPaused = vi.fn(async () => undefined);
    render(
      <PauseSwitch
        site={{
          info: { site: 'example.org', mode, settings: DEFAULT_SETTINGS },
          error: null,
          setPaused,
          reachable: true,
        }}
      />,
      document.body,
    );
    const input = document.querySelector<HTMLInputElement>('input[role="switch"]');
    expect(input?.checked).toBe(paused);
    expect(document.body.textContent).toContain(hint);
    input?.click();
    // A quiet site is running: pausing it turns it off, it does not drop its rule.
    expect(setPaused).toHaveBeenCalledWith(!paused);
  });
});
