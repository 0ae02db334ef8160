// User settings, stored as one versioned record. Dexie-free: the content script reads the type.

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
  siteRules: Array<{ pattern: string; mode: SiteMode }>;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  detect: { titles: true, shortNames: true, links: true },
  hoverDelay: 250,
  theme: 'auto',
  siteRules: [],
};

const clampDelay = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? Math.min(2000, Math.max(0, n)) : 250);

/** Bring a stored record (any earlier version, or garbage) to the current version. */
export function migrateSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings> & Record<string, unknown>;
  const detect = { ...DEFAULT_SETTINGS.detect, ...(typeof r.detect === 'object' ? r.detect : {}) };
  const rules = Array.isArray(r.siteRules) ? r.siteRules : [];
  return {
    version: SETTINGS_VERSION,
    detect: {
      titles: detect.titles !== false,
      shortNames: detect.shortNames !== false,
      links: detect.links !== false,
    },
    hoverDelay: clampDelay(r.hoverDelay),
    theme: r.theme === 'light' || r.theme === 'dark' ? r.theme : 'auto',
    siteRules: rules.filter(
      (rule): rule is Settings['siteRules'][number] =>
        !!rule && typeof rule.pattern === 'string' && ['on', 'quiet', 'off'].includes(rule.mode),
    ),
  };
}

/** Does a host pattern ("example.org", "*.example.org") match a hostname? */
export function hostMatches(pattern: string, host: string): boolean {
  const p = pattern
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');
  const h = host.toLowerCase();
  if (p.startsWith('*.')) return h === p.slice(2) || h.endsWith(`.${p.slice(2)}`);
  return h === p || h === `www.${p}`;
}

export function siteMode(settings: Settings, host: string): SiteMode {
  return settings.siteRules.find((rule) => hostMatches(rule.pattern, host))?.mode ?? 'on';
}
