import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../../lib/messages/client';
import type { Settings } from '../../lib/settings/settings';
import { errorText } from '../errorText';

/** The stored settings, and a writer that saves them (open tabs follow via the background). */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');

  const reload = useCallback(() => {
    send('settings/get', {}).then(setSettings, (e) => setError(errorText(e)));
  }, []);

  useEffect(() => {
    reload();
    // The popup's "Pause on this site" may have changed a rule while this page was hidden.
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  const update = useCallback(async (next: Settings) => {
    setSettings(next);
    try {
      setSettings(await send('settings/set', { settings: next }));
      setError('');
    } catch (e) {
      setError(errorText(e));
    }
  }, []);

  return { settings, error, update, reload };
}
