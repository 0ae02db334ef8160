// Valibot schemas for a backup file. Messages are written for people: "expected X, got Y".
import * as v from 'valibot';
import { MAX_LIST_NAME, MAX_NOTE, READING_STATUSES } from '../db/types';
import { HOVER_DELAY_RANGE, SETTINGS_VERSION } from '../settings/settings';
import { patternError, SITE_MODES } from '../settings/site-rules';

const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `expected ${what}, got ${issue.received}`;

/** Checks without trimming: an import must not silently change ids or names. */
const nonBlank = (what: string) =>
  v.pipe(
    v.string(expected('a string')),
    v.check((s) => s.trim() !== '', `expected ${what}`),
  );

const id = nonBlank('a non-empty string');

/** Epoch milliseconds within the range JavaScript dates can represent (so exports can format them). */
const time = v.pipe(
  v.number(expected('a number (epoch milliseconds)')),
  v.finite(expected('a finite number')),
  v.minValue(0, expected('a date at or after 1970')),
  v.maxValue(8.64e15, expected('a representable date')),
);

const order = v.pipe(v.number(expected('a number')), v.finite(expected('a finite number')));

/** The app's own limits: an import must not bring in what the app cannot edit afterwards. */
const atMost = (max: number, what: string, measure: (s: string) => number) =>
  v.check<string, (issue: v.CheckIssue<string>) => string>(
    (s) => measure(s) <= max,
    (issue) => `expected ${what} of at most ${max} characters, got ${measure(issue.input)}`,
  );
// lib/db/lists trims list names before measuring them, not notes.
const trimmedLength = (s: string) => s.trim().length;
const length = (s: string) => s.length;

export const ListSchema = v.object({
  id,
  name: v.pipe(nonBlank('a non-empty list name'), atMost(MAX_LIST_NAME, 'a list name', trimmedLength)),
  createdAt: time,
  order,
});

/** A snapshot's links are shown as links and written into exports: web addresses only, so a file
 * cannot bring in a javascript: or data: link. */
const webLink = v.optional(
  v.pipe(
    v.string(expected('a string')),
    v.check((s) => /^https?:\/\//i.test(s) && URL.canParse(s), 'expected an http(s) link'),
  ),
);

export const SnapshotSchema = v.object({
  title: nonBlank('a non-empty title'),
  links: v.object({ arxiv: webLink, pdf: webLink, acl: webLink, doi: webLink, code: webLink }, expected('an object')),
  authors: v.optional(v.array(v.string(expected('a string')), expected('an array of names'))),
  year: v.optional(v.pipe(v.number(expected('a year')), v.integer(expected('a whole year')))),
});

export const EntrySchema = v.object({
  id,
  listId: id,
  paperId: id,
  status: v.picklist(
    READING_STATUSES,
    (issue) => `expected one of ${READING_STATUSES.join(', ')}, got ${issue.received}`,
  ),
  note: v.pipe(v.string(expected('a string')), atMost(MAX_NOTE, 'a note', length)),
  addedAt: time,
  order,
  snapshot: v.optional(SnapshotSchema),
});

export const DismissalSchema = v.object({ id, site: id, paperId: id, createdAt: time });

const isoDate = v.pipe(
  v.string(expected('an ISO date string')),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO date string'),
);

const flag = v.boolean(expected('true or false'));

/** Settings as PaperLens writes them; an import checks them as strictly as the rest (the app
 * itself would quietly drop what it cannot use). */
export const SettingsSchema = v.object(
  {
    version: v.pipe(
      v.number(expected('a number')),
      v.integer(expected('a whole number')),
      v.minValue(1, expected('a settings version of 1 or more')),
      v.maxValue(SETTINGS_VERSION, (i) => `settings version ${i.input} is newer than this PaperLens supports`),
    ),
    detect: v.object({ titles: flag, shortNames: flag, links: flag }, expected('an object')),
    hoverDelay: v.pipe(
      v.number(expected('a number of milliseconds')),
      v.integer(expected('a whole number of milliseconds')),
      v.minValue(HOVER_DELAY_RANGE.min, expected(`at least ${HOVER_DELAY_RANGE.min} ms`)),
      v.maxValue(HOVER_DELAY_RANGE.max, expected(`at most ${HOVER_DELAY_RANGE.max} ms`)),
    ),
    theme: v.picklist(['auto', 'light', 'dark'], (i) => `expected auto, light or dark, got ${i.received}`),
    siteRules: v.array(
      v.object({
        pattern: v.pipe(
          v.string(expected('a string')),
          v.check((p) => patternError(p) === null, 'expected a site such as example.org or *.example.org'),
        ),
        mode: v.picklist(SITE_MODES, (i) => `expected one of ${SITE_MODES.join(', ')}, got ${i.received}`),
      }),
      expected('an array'),
    ),
  },
  expected('an object'),
);

export const BodySchema = v.object({
  exportedAt: isoDate,
  lists: v.array(ListSchema, expected('an array')),
  entries: v.array(EntrySchema, expected('an array')),
  dismissals: v.array(DismissalSchema, expected('an array')),
  settings: v.optional(SettingsSchema),
});

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
