// Valibot schemas for a backup file. Messages are written for people: "expected X, got Y".
import * as v from 'valibot';
import { isWebLink, LINK_KINDS } from '../catalog/web-links';
import {
  hasVisibleName,
  MAX_AUTHOR_NAME,
  MAX_ID,
  MAX_LIST_NAME,
  MAX_NOTE,
  MAX_SITE,
  MAX_SNAPSHOT_AUTHORS,
  MAX_SNAPSHOT_LINK,
  MAX_SNAPSHOT_TITLE,
  READING_STATUSES,
} from '../db/types';
import { expected, SettingsSchema } from '../settings/schema';

export { issueMessage, issuePath } from '../settings/schema';

/** Checks without trimming: an import must not silently change ids or names. */
const nonBlank = (what: string) =>
  v.pipe(
    v.string(expected('a string')),
    v.check((s) => s.trim() !== '', `expected ${what}`),
  );

/** The app's own limits: an import must not bring in what the app cannot edit afterwards. */
const atMost = (max: number, what: string, measure: (s: string) => number) =>
  v.check<string, (issue: v.CheckIssue<string>) => string>(
    (s) => measure(s) <= max,
    (issue) => `expected ${what} of at most ${max} characters, got ${measure(issue.input)}`,
  );
// lib/db/lists trims list names before measuring them, not notes.
const trimmedLength = (s: string) => s.trim().length;
const length = (s: string) => s.length;

const id = v.pipe(nonBlank('a non-empty string'), atMost(MAX_ID, 'an id', length));
/** "listId|paperId", "site|paperId": checked against its parts after the schema (parse-backup). */
const pairId = v.pipe(nonBlank('a non-empty string'), atMost(Math.max(MAX_SITE, MAX_ID) + 1 + MAX_ID, 'an id', length));

/** At most `max` records in an array, counted before any of them is checked: a file with a
 * million entries is refused for that, not after a million checks. */
const arrayOf = <T extends v.GenericSchema>(item: T, max: number, what: string) =>
  v.pipe(
    v.array(v.unknown(), expected('an array')),
    v.maxLength(max, (issue) => `expected at most ${max} ${what}, got ${issue.input.length}`),
    v.array(item, expected('an array')),
  );

/** Epoch milliseconds within the range JavaScript dates can represent (so exports can format them). */
const time = v.pipe(
  v.number(expected('a number (epoch milliseconds)')),
  v.finite(expected('a finite number')),
  v.minValue(0, expected('a date at or after 1970')),
  v.maxValue(8.64e15, expected('a representable date')),
);

const order = v.pipe(v.number(expected('a number')), v.finite(expected('a finite number')));

export const ListSchema = v.object({
  id,
  name: v.pipe(
    nonBlank('a non-empty list name'),
    v.check(hasVisibleName, 'expected a list name that shows something (not only invisible characters)'),
    atMost(MAX_LIST_NAME, 'a list name', trimmedLength),
  ),
  createdAt: time,
  order,
});

/** A snapshot's links are shown as links and written into exports: web addresses only, so a file
 * cannot bring in a javascript: or data: link. */
const webLink = v.optional(
  v.pipe(
    v.string(expected('a string')),
    atMost(MAX_SNAPSHOT_LINK, 'a link', length),
    v.check((s) => isWebLink(s), 'expected an http(s) link'),
  ),
);

export const SnapshotSchema = v.object({
  title: v.pipe(nonBlank('a non-empty title'), atMost(MAX_SNAPSHOT_TITLE, 'a title', length)),
  links: v.object(
    Object.fromEntries(LINK_KINDS.map((kind) => [kind, webLink])) as Record<
      (typeof LINK_KINDS)[number],
      typeof webLink
    >,
    expected('an object'),
  ),
  authors: v.optional(
    v.pipe(
      v.array(
        v.pipe(v.string(expected('a string')), atMost(MAX_AUTHOR_NAME, 'a name', length)),
        expected('an array of names'),
      ),
      v.maxLength(
        MAX_SNAPSHOT_AUTHORS,
        (issue) => `expected at most ${MAX_SNAPSHOT_AUTHORS} names, got ${issue.input.length}`,
      ),
    ),
  ),
  year: v.optional(v.pipe(v.number(expected('a year')), v.integer(expected('a whole year')))),
});

export const EntrySchema = v.object({
  id: pairId,
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

export const DismissalSchema = v.object({
  id: pairId,
  site: v.pipe(nonBlank('a non-empty string'), atMost(MAX_SITE, 'a site', length)),
  paperId: id,
  createdAt: time,
});

/** Most records of each kind a backup may hold: far more than anyone keeps (the catalog has a few
 * hundred papers), few enough that checking and merging a file stays quick. */
export const MAX_BACKUP_RECORDS = { lists: 10_000, entries: 100_000, dismissals: 100_000 } as const;

const isoDate = v.pipe(
  v.string(expected('an ISO date string')),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO date string'),
);

export const BodySchema = v.object({
  exportedAt: isoDate,
  lists: arrayOf(ListSchema, MAX_BACKUP_RECORDS.lists, 'lists'),
  entries: arrayOf(EntrySchema, MAX_BACKUP_RECORDS.entries, 'entries'),
  dismissals: arrayOf(DismissalSchema, MAX_BACKUP_RECORDS.dismissals, 'dismissals'),
  settings: v.optional(SettingsSchema),
});
