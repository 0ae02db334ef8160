// Valibot schemas for settings as pages send them and backups carry them. Messages are written
// for people ("expected X, got Y"). Kept out of settings.ts: the content script imports that one.
import * as v from 'valibot';
import type { Settings, SettingsChanges } from './settings';
import { HOVER_DELAY_RANGE, SETTINGS_VERSION } from './settings';
import { patternError, SITE_MODES } from './site-rules';

export const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `expected ${what}, got ${issue.received}`;

const flag = v.boolean(expected('true or false'));

const hoverDelay = v.pipe(
  v.number(expected('a number of milliseconds')),
  v.integer(expected('a whole number of milliseconds')),
  v.minValue(HOVER_DELAY_RANGE.min, expected(`at least ${HOVER_DELAY_RANGE.min} ms`)),
  v.maxValue(HOVER_DELAY_RANGE.max, expected(`at most ${HOVER_DELAY_RANGE.max} ms`)),
);

const theme = v.picklist(['auto', 'light', 'dark'], (i) => `expected auto, light or dark, got ${i.received}`);

const pattern = v.pipe(
  v.string(expected('a string')),
  v.check((p) => patternError(p) === null, 'expected a site such as example.org or *.example.org'),
);

const mode = v.picklist(SITE_MODES, (i) => `expected one of ${SITE_MODES.join(', ')}, got ${i.received}`);

/** Settings as PaperLens writes them; checked strictly (the app itself would quietly drop what it
 * cannot use). */
export const SettingsSchema = v.object(
  {
    version: v.pipe(
      v.number(expected('a number')),
      v.integer(expected('a whole number')),
      v.minValue(1, expected('a settings version of 1 or more')),
      v.maxValue(SETTINGS_VERSION, (i) => `settings version ${i.input} is newer than this PaperLens supports`),
    ),
    detect: v.object({ titles: flag, shortNames: flag, links: flag }, expected('an object')),
    hoverDelay,
    theme,
    siteRules: v.array(v.object({ pattern, mode }), expected('an array')),
  },
  expected('an object'),
);

/** What one control of a page changes (settings/update): known fields only, each valid. */
export const SettingsChangesSchema = v.strictObject(
  {
    detect: v.optional(
      v.strictObject(
        { titles: v.optional(flag), shortNames: v.optional(flag), links: v.optional(flag) },
        (i) => `expected titles, shortNames or links, got ${i.received}`,
      ),
    ),
    hoverDelay: v.optional(hoverDelay),
    theme: v.optional(theme),
    siteRule: v.optional(
      v.variant(
        'op',
        [
          v.strictObject({ op: v.literal('add'), pattern, mode }),
          v.strictObject({ op: v.literal('set'), pattern, mode }),
          v.strictObject({ op: v.literal('remove'), pattern: v.string(expected('a string')) }),
        ],
        (i) => `expected op add, set or remove, got ${i.received}`,
      ),
    ),
  },
  (i) => `expected detect, hoverDelay, theme or siteRule, got ${i.received}`,
);

/** `entries[3].status` from a valibot issue path. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  return path;
}

/** A missing key is reported by valibot as an object issue on the key; say "missing" instead of "got undefined". */
export function issueMessage(issue: v.BaseIssue<unknown>): string {
  const missing = issue.type === 'object' && issue.received === 'undefined' && issue.expected?.startsWith('"');
  return missing ? 'missing' : issue.message;
}

function check<T>(schema: v.GenericSchema<unknown, T>, raw: unknown, what: string): T {
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issuePath(issue);
  throw new Error(`settings: ${what}${path ? ` ${path}` : ''}: ${issueMessage(issue)}`);
}

/** A page's settings change, or an error that names the field and what is wrong with it. */
export const checkSettingsChanges = (raw: unknown): SettingsChanges => check(SettingsChangesSchema, raw, 'change');

/** A whole settings record (settings/set), checked as strictly as a backup's. */
export const checkSettings = (raw: unknown): Settings => check(SettingsSchema, raw, 'record') as Settings;
