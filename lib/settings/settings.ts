// User settings, stored as one versioned record. Dexie-free: the content script reads the type.
import { cleanRules, type SiteRule } from './site-rules';

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
