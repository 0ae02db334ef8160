// User settings, stored as one versioned record. Dexie-free: the content script reads the type.
import { applyRuleChange, cleanRules, type RuleChange, type SiteRule } from './site-rules';

export { hostMatches, siteMode } from './site-rules';

export const SETTINGS_VERSION = 1;

export type SiteMode = 'on' | 'quiet' | 'off';
export type Theme = 'auto' | 'light' | 'dark';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  detect: { titles: boolean; shortNames: boolean; links: boolean };
  /** Milliseconds the pointer rests on a mention before its popover opens. */
  hoverDelay: number;
  theme: Theme;
  /** Host patterns ("example.org", "*.example.org") with their mode; the first match wins. */
  siteRules: SiteRule[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  detect: { titles: true, shortNames: true, links: true },
  hoverDelay: 250,
  theme: 'auto',
  siteRules: [],
};

/**
 * What one control changes: only the fields given, detection kinds and site rules one by one.
 * The background applies it to the stored record, so a page showing old settings cannot undo a
 * change made elsewhere (the popup's "Pause on this site", an import) by writing its copy back.
 */
export interface SettingsChanges {
  detect?: Partial<Settings['detect']>;
  hoverDelay?: number;
  theme?: Theme;
  siteRule?: RuleChange;
}

/** `current` with `changes` applied, cleaned like a stored record. */
export function applySettingsChanges(current: Settings, changes: SettingsChanges): Settings {
  const { detect, hoverDelay, theme, siteRule } = changes;
  return migrateSettings({
    ...current,
    detect: { ...current.detect, ...detect },
    ...(hoverDelay !== undefined && { hoverDelay }),
    ...(theme !== undefined && { theme }),
    ...(siteRule !== undefined && { siteRules: applyRuleChange(current.siteRules, siteRule) }),
  });
}

/** The hover delay's bounds, shared by the options slider, migrateSettings and backup validation. */
export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

const clampDelay = (n: unknown) =>
  typeof n === 'number' && Number.isFinite(n)
    ? Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, n)))
    : DEFAULT_SETTINGS.hoverDelay;

/**
 * Bring a stored record to the current version. Records written before versioning (no
 * `version`) and version 1 share a shape, so they only need cleaning; a future shape change
 * adds a step here (`if (version < 2) r = v1ToV2(r)`) and bumps SETTINGS_VERSION.
 * Unknown fields and invalid values fall back to the defaults; a record from a newer version
 * keeps what this version understands.
 */
export function migrateSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings> & Record<string, unknown>;
  const detect = { ...DEFAULT_SETTINGS.detect, ...(r.detect && typeof r.detect === 'object' ? r.detect : {}) };
  return {
    version: SETTINGS_VERSION,
    detect: {
      titles: detect.titles !== false,
      shortNames: detect.shortNames !== false,
      links: detect.links !== false,
    },
    hoverDelay: clampDelay(r.hoverDelay),
    theme: r.theme === 'light' || r.theme === 'dark' ? r.theme : 'auto',
    siteRules: cleanRules(r.siteRules),
  };
}
