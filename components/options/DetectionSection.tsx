import { HOVER_DELAY_RANGE, type Settings, type Theme } from '../../lib/settings/settings';
import { Section, Switch } from './Section';
import type { UpdateSettings } from './useSettings';

interface Props {
  settings: Settings;
  update: UpdateSettings;
}

const KINDS: Array<{ key: keyof Settings['detect']; label: string; hint: string }> = [
  { key: 'titles', label: 'Full titles', hint: 'Mark a paper’s title written out in the text.' },
  // Names from the bundled catalog, so the example is one PaperLens marks (BERT is not in it).
  { key: 'shortNames', label: 'Short names', hint: 'Mark names like LightGlue or WebArena when the context agrees.' },
  // The same switch covers identifiers written in the text (lib/detect/blocks.ts): say so.
  {
    key: 'links',
    label: 'Links',
    hint: 'Mark links to papers on arXiv, alphaXiv, Hugging Face, DOI, ACL Anthology and OpenReview, and identifiers written out (arXiv:2210.04457, a DOI).',
  },
];

const THEMES: Array<{ value: Theme; label: string }> = [
  { value: 'auto', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function DetectionSection({ settings, update }: Props) {
  return (
    <Section id="detection" title="Detection" intro="What PaperLens looks for on the pages you read.">
      <div class="pl-opt-group">
        {KINDS.map((kind) => (
          <Switch
            key={kind.key}
            name={`detect-${kind.key}`}
            label={kind.label}
            hint={kind.hint}
            checked={settings.detect[kind.key]}
            onChange={(on) => update({ detect: { [kind.key]: on } })}
          />
        ))}
      </div>
    </Section>
  );
}

export function AppearanceSection({ settings, update }: Props) {
  return (
    <Section id="appearance" title="Appearance" intro="How the popover and the toolbar popup look and behave.">
      <div class="pl-opt-group">
        <label class="pl-opt-row">
          <span class="pl-opt-label">
            <span>Hover delay</span>
            <small>How long the pointer rests on a mention before its summary opens.</small>
          </span>
          <span class="pl-opt-range">
            <input
              type="range"
              name="hover-delay"
              min={HOVER_DELAY_RANGE.min}
              max={HOVER_DELAY_RANGE.max}
              step={50}
              value={settings.hoverDelay}
              onChange={(e) => update({ hoverDelay: Number(e.currentTarget.value) })}
            />
            <output>{settings.hoverDelay} ms</output>
          </span>
        </label>
        <div class="pl-opt-row">
          <span class="pl-opt-label" id="theme-label">
            <span>Theme</span>
            <small>
              Auto: the popover takes the page’s light or dark look; the popup and Settings follow your system.
            </small>
          </span>
          <div class="pl-opt-segmented" role="radiogroup" aria-labelledby="theme-label">
            {THEMES.map((t) => (
              <label key={t.value} class={settings.theme === t.value ? 'is-on' : ''}>
                <input
                  type="radio"
                  name="theme"
                  value={t.value}
                  checked={settings.theme === t.value}
                  onChange={() => update({ theme: t.value })}
                />
                {t.label}
              </label>
            ))}
          </div>
        </div>
      </div>
    </Section>
  );
}
