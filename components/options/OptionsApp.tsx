import { useEffect, useState } from 'preact/hooks';
import { DataSection } from './DataSection';
import { AppearanceSection, DetectionSection } from './DetectionSection';
import { Dismissals } from './Dismissals';
import { Shortcuts } from './Shortcuts';
import { SiteRules } from './SiteRules';
import { useSettings } from './useSettings';

export function OptionsApp() {
  const { settings, error, update, reload } = useSettings();
  // Bumped after an import or a reset so every section reads the data again.
  const [epoch, setEpoch] = useState(0);
  const theme = settings?.theme ?? 'auto';

  useEffect(() => {
    // The page background outside the app follows the theme too.
    document.documentElement.classList.add('pl-theme', 'pl-opt-root');
    if (theme === 'auto') document.documentElement.removeAttribute('data-theme');
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  // Opened at a section (options.html#data, from the popup's import in Firefox): the sections
  // come after the settings, too late for the browser's own jump to the fragment.
  const ready = settings !== null;
  useEffect(() => {
    if (!ready) return;
    const section = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
    const heading = section?.querySelector<HTMLElement>('h2[tabindex="-1"]');
    heading?.focus();
    section?.scrollIntoView({ block: 'start' });
  }, [ready]);

  return (
    <div class="pl-opt" data-ready={settings ? 'true' : undefined}>
      <header class="pl-opt-header">
        <img class="pl-opt-logo" src="/icons/128.png" alt="" width={44} height={44} />
        <div>
          <h1>PaperLens settings</h1>
          <p>Changes apply right away, to open tabs too.</p>
        </div>
      </header>
      {error && (
        <p class="pl-opt-error" role="alert">
          {error}
        </p>
      )}
      {settings && (
        <main>
          <DetectionSection settings={settings} update={update} />
          <SiteRules settings={settings} update={update} />
          <AppearanceSection settings={settings} update={update} />
          <Dismissals key={epoch} />
          <Shortcuts />
          <DataSection
            onDataChanged={() => {
              reload();
              setEpoch((n) => n + 1);
            }}
          />
        </main>
      )}
    </div>
  );
}
