import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings, SiteMode } from '../../lib/settings/settings';
import { siteForDisplay } from '../../lib/settings/site-display';
import { normalizePattern, patternError } from '../../lib/settings/site-rules';
import { focusInPlaceOf } from '../focus';
import { Section } from './Section';
import type { UpdateSettings } from './useSettings';

interface Props {
  settings: Settings;
  update: UpdateSettings;
}

export const MODE_LABELS: Record<SiteMode, string> = {
  on: 'On — marks and summaries',
  quiet: 'Quiet — badge count only',
  off: 'Paused — PaperLens does nothing',
};

function ModeSelect({ value, onChange, label }: { value: SiteMode; onChange(m: SiteMode): void; label: string }) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value as SiteMode)}>
      {(Object.keys(MODE_LABELS) as SiteMode[]).map((mode) => (
        <option key={mode} value={mode}>
          {MODE_LABELS[mode]}
        </option>
      ))}
    </select>
  );
}

export function SiteRules({ settings, update }: Props) {
  const [pattern, setPattern] = useState('');
  const [mode, setMode] = useState<SiteMode>('quiet');
  const [error, setError] = useState('');
  // What adding a rule did ("Added example.com: Quiet."), and the rule it is about: the notice goes
  // with that rule, whether it is removed here or elsewhere (the popup, an import, a reset).
  const [note, setNote] = useState<{ text: string; pattern: string } | null>(null);
  const rules = settings.siteRules;
  const list = useRef<HTMLUListElement>(null);
  const siteInput = useRef<HTMLInputElement>(null);
  // The pressed Remove goes with its rule: focus the next rule's Remove, or the site field once
  // no rule is left, not the top of the page.
  const remove = (pattern: string, at: number) => {
    update({ siteRule: { op: 'remove', pattern } });
    focusInPlaceOf(
      at,
      () => list.current?.querySelectorAll<HTMLElement>('.pl-opt-ghost') ?? [],
      () => siteInput.current,
    );
  };
  const noteRuleExists = !!note && rules.some((r) => r.pattern === note.pattern);
  // Dropped for good, so the notice does not come back if the same site gets a rule again later.
  useEffect(() => {
    if (note && !noteRuleExists) setNote(null);
  }, [note, noteRuleExists]);

  const add = (event: Event) => {
    event.preventDefault();
    const problem = patternError(pattern);
    setNote(null);
    if (problem) return setError(problem.replace(/^settings: /, ''));
    const clean = normalizePattern(pattern);
    const shown = siteForDisplay(clean);
    const before = rules.find((r) => r.pattern === clean);
    update({ siteRule: { op: 'add', pattern: clean, mode } });
    setPattern('');
    setError('');
    // Say what happened, in the site's own form (a URL becomes its site), and that a site has one
    // rule only: adding it again changes the rule there is, or nothing.
    const name = (m: SiteMode) => MODE_LABELS[m].split(' —')[0];
    const text = !before
      ? `Added ${shown}: ${name(mode)}.`
      : before.mode === mode
        ? `${shown} already has this rule: ${name(mode)}.`
        : `Changed ${shown} from ${name(before.mode)} to ${name(mode)}.`;
    setNote({ text, pattern: clean });
  };

  return (
    <Section
      id="sites"
      title="Sites"
      intro="PaperLens is on everywhere unless a rule says otherwise. *.example.org also covers its subdomains; a site's own rule wins over a wildcard, and a narrower wildcard over a wider one."
    >
      {rules.length === 0 ? (
        <p class="pl-opt-empty">No site rules yet.</p>
      ) : (
        <ul class="pl-opt-list" aria-label="Site rules" ref={list}>
          {rules.map((rule, i) => (
            <li key={rule.pattern} class="pl-opt-item">
              <span class="pl-opt-site">{siteForDisplay(rule.pattern)}</span>
              <ModeSelect
                label={`Mode on ${siteForDisplay(rule.pattern)}`}
                value={rule.mode}
                onChange={(m) => update({ siteRule: { op: 'set', pattern: rule.pattern, mode: m } })}
              />
              <button
                type="button"
                class="pl-opt-ghost"
                aria-label={`Remove the rule for ${siteForDisplay(rule.pattern)}`}
                onClick={() => remove(rule.pattern, i)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="pl-opt-add" onSubmit={add}>
        <input
          ref={siteInput}
          type="text"
          name="site-pattern"
          placeholder="example.org or *.example.org"
          aria-label="Site"
          aria-invalid={error ? 'true' : undefined}
          value={pattern}
          onInput={(e) => setPattern(e.currentTarget.value)}
        />
        <ModeSelect label="Mode for the new site" value={mode} onChange={setMode} />
        <button type="submit" class="pl-opt-button">
          Add rule
        </button>
      </form>
      {error && (
        <p class="pl-opt-error" role="alert">
          {error}
        </p>
      )}
      {/* Always there, empty until there is something to say: see DataSection's status. */}
      <p class="pl-opt-note" role="status">
        {note && noteRuleExists ? note.text : ''}
      </p>
    </Section>
  );
}
