import { useCallback, useEffect } from 'preact/hooks';
import { onChange } from '../../lib/messages/changes';
import { send } from '../../lib/messages/client';
import { applySettingsChanges, type Settings, type SettingsChanges } from '../../lib/settings/settings';
import { useNewest } from '../useNewest';

export type UpdateSettings = (changes: SettingsChanges) => void;

/**
 * The stored settings, kept current while the page is open, and a writer that sends only what
 * a control changed: the background merges it into the stored record, so fields changed
 * elsewhere (the popup's "Pause on this site", an import) are never written back stale.
 */
export function useSettings() {
  const { value: settings, setValue: setSettings, error, settle } = useNewest<Settings>();

  const reload = useCallback(() => void settle(send('settings/get', {})), [settle]);

  useEffect(() => {
    reload();
    // The background announces every change, whoever made it. Reading again when the page
    // comes back into view is a cheap safety net on top.
    const stop = onChange(reload);
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);

  const update = useCallback<UpdateSettings>(
    (changes) => {
      setSettings((current) => current && applySettingsChanges(current, changes));
      void settle(send('settings/update', { changes })).then((saved) => {
        // Not saved: show what is stored again, not the change that failed (its error stays shown).
        if (!saved) void send('settings/get', {}).then(setSettings, () => undefined);
      });
    },
    [settle, setSettings],
  );

  return { settings, error, update, reload };
}
