// Valibot schemas for a backup file. Messages are written for people: "expected X, got Y".
import * as v from 'valibot';
import { isWebLink, LINK_KINDS } from '../catalog/web-links';
import { MAX_LIST_NAME, MAX_NOTE, READING_STATUSES } from '../db/types';
import { expected, SettingsSchema } from '../settings/schema';

export { issueMessage, issuePath } from '../settings/schema';

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
    v.check((s) => isWebLink(s), 'expected an http(s) link'),
  ),
);

export const SnapshotSchema = v.object({
  title: nonBlank('a non-empty title'),
  links: v.object(
    Object.fromEntries(LINK_KINDS.map((kind) => [kind, webLink])) as Record<
      (typeof LINK_KINDS)[number],
      typeof webLink
    >,
    expected('an object'),
  ),
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

export const BodySchema = v.object({
  exportedAt: isoDate,
  lists: v.array(ListSchema, expected('an array')),
  entries: v.array(EntrySchema, expected('an array')),
  dismissals: v.array(DismissalSchema, expected('an array')),
  settings: v.optional(SettingsSchema),
});
