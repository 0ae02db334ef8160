// Per-site rules: host patterns ("example.org", "*.example.org") with the mode PaperLens runs in there.
import type { Settings, SiteMode } from './settings';

export type SiteRule = { pattern: string; mode: SiteMode };

export const SITE_MODES: readonly SiteMode[] = ['on', 'quiet', 'off'];

const HOST_PATTERN = /^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/;

/** "https://www.Example.org/path" -> "example.org"; "*.Example.org" stays a wildcard. */
export function normalizePattern(raw: string): string {
  return toAscii(
    raw
      .trim()
      .toLowerCase()
      .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
      .replace(/[/?#].*$/, '')
      .replace(/:\d+$/, '')
      .replace(/^www\./, '')
      .replace(/\.$/, ''),
  );
}

/** An internationalised name ("bücher.de") in the ASCII form pages report as their hostname
 * ("xn--bcher-kva.de"), so a rule typed either way matches. */
function toAscii(host: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range
  if (/^[\x00-\x7f]*$/.test(host)) return host;
  // Nothing the URL parser would read as more than a host: it takes "user@bücher.de" as
  // bücher.de, which patternError refuses when written in ASCII. (Thai, Devanagari and
  // decomposed accents need combining marks, so the letters themselves are not restricted.)
  if (/[@:/\\?#%\s]/.test(host)) return host;
  const wildcard = host.startsWith('*.');
  try {
    const ascii = new URL(`http://${(wildcard ? host.slice(2) : host).normalize('NFC')}`).hostname;
    return wildcard ? `*.${ascii}` : ascii;
  } catch {
    return host; // patternError says it is not a site
  }
}

/** What was typed, as a message quotes it: a long address by its start and end. */
const quoted = (raw: string): string => {
  const text = raw.trim();
  return text.length > 60 ? `${text.slice(0, 40)}…${text.slice(-16)}` : text;
};

/** An error message for a pattern that can never match a site, or null when it is fine. */
export function patternError(raw: string): string | null {
  const pattern = normalizePattern(raw);
  if (/^\s*file:/i.test(raw))
    return `settings: "${quoted(raw)}" is a local file, which has no site; rules are for sites, like example.org`;
  if (!pattern) return 'settings: enter a site, like example.org or *.example.org';
  // DNS limits: 253 characters in all, 63 per label.
  const tooLong = pattern.length > 253 || pattern.split('.').some((label) => label.length > 63);
  if (tooLong || !HOST_PATTERN.test(pattern))
    return `settings: "${quoted(raw)}" is not a site (try example.org or *.example.org)`;
  return null;
}

/** Does a host pattern ("example.org", "*.example.org") match a hostname? */
export function hostMatches(pattern: string, host: string): boolean {
  const p = normalizePattern(pattern);
  // "example.org." (the root dot) is the same site; patterns and siteOfUrl drop it too.
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!p) return false;
  if (p.startsWith('*.')) return h === p.slice(2) || h.endsWith(`.${p.slice(2)}`);
  return h === p || h === `www.${p}`;
}

/** How closely a pattern names a site: a site's own rule before any wildcard, a narrower
 * wildcard ("*.blog.example.org") before a wider one ("*.example.org"). */
const closeness = (pattern: string): number => (pattern.startsWith('*.') ? pattern.length : 1_000 + pattern.length);

/**
 * The mode for a hostname: of the rules that match it, the one that names it most closely wins
 * (see closeness), whatever their order; no rule means 'on'. (The first matching rule won, and
 * new rules go first: a wildcard added later silently overrode a site's own rule, its exception.)
 */
export function siteMode(settings: Pick<Settings, 'siteRules'>, host: string): SiteMode {
  let best: SiteRule | undefined;
  let bestCloseness = -1;
  for (const rule of settings.siteRules) {
    if (!hostMatches(rule.pattern, host)) continue;
    const c = closeness(normalizePattern(rule.pattern));
    if (c > bestCloseness) [best, bestCloseness] = [rule, c];
  }
  return best?.mode ?? 'on';
}

/** The site part of a page URL ("https://www.example.org/a" -> "example.org"). */
export function siteOfUrl(url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error(`settings: "${url}" is not a page address`);
  }
  if (!host) throw new Error(`settings: "${url}" has no site (local files cannot have a site rule)`);
  return normalizePattern(host);
}

/**
 * Settings where `host` runs in `mode` (what the popup's "Pause on this site" switch does): the
 * site's own rule is replaced (it wins over wildcards), and put first, as the newest. No rule is
 * kept when the remaining rules already give that mode.
 */
export function withSiteMode(settings: Settings, host: string, mode: SiteMode): Settings {
  if (!SITE_MODES.includes(mode)) throw new Error(`settings: unknown site mode "${String(mode)}"`);
  const pattern = normalizePattern(host);
  const rest = settings.siteRules.filter((rule) => normalizePattern(rule.pattern) !== pattern);
  const siteRules = siteMode({ siteRules: rest }, host) === mode ? rest : [{ pattern, mode }, ...rest];
  return { ...settings, siteRules };
}

/** One edit of the rule list, as the options page makes it (see applyRuleChange). */
export type RuleChange =
  | { op: 'add'; pattern: string; mode: SiteMode }
  | { op: 'set'; pattern: string; mode: SiteMode }
  | { op: 'remove'; pattern: string };

/**
 * `rules` with one edit applied, leaving every other rule as it is now, not as the page that
 * sent the edit last saw it. "add" puts the rule first (replacing the site's old rule); "set"
 * changes a mode in place, or adds the rule first when it is gone; "remove" drops it.
 */
export function applyRuleChange(rules: SiteRule[], change: RuleChange): SiteRule[] {
  const pattern = normalizePattern(change.pattern);
  const index = rules.findIndex((rule) => normalizePattern(rule.pattern) === pattern);
  const rest = rules.filter((_, i) => i !== index);
  if (change.op === 'remove') return rest;
  if (change.op === 'set' && index >= 0) return rules.map((r, i) => (i === index ? { pattern, mode: change.mode } : r));
  return [{ pattern, mode: change.mode }, ...rest];
}

/** Clean stored rules: normalized patterns, valid modes, one rule per pattern (the first wins). */
export function cleanRules(raw: unknown): SiteRule[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: SiteRule[] = [];
  for (const rule of raw as Array<Partial<SiteRule> | null>) {
    if (!rule || typeof rule.pattern !== 'string' || !SITE_MODES.includes(rule.mode as SiteMode)) continue;
    if (patternError(rule.pattern)) continue;
    const pattern = normalizePattern(rule.pattern);
    if (seen.has(pattern)) continue;
    seen.add(pattern);
    out.push({ pattern, mode: rule.mode as SiteMode });
  }
  return out;
}
