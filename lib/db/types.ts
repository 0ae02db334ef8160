// Shapes of what PaperLens stores for the user. Dexie-free: the content script and pure modules import these.
import type { PaperLinks } from '../catalog/types';

export const READING_STATUSES = ['to-read', 'reading', 'read'] as const;
export type ReadingStatus = (typeof READING_STATUSES)[number];

export const STATUS_LABELS: Record<ReadingStatus, string> = {
  'to-read': 'To read',
  reading: 'Reading',
  read: 'Read',
};

export interface ReadingList {
  /** Random id, stable for the life of the list. */
  id: string;
  name: string;
  createdAt: number;
  /** Position among lists (ascending). */
  order: number;
}

/** What a list entry keeps of its paper so it survives the paper leaving the catalog. */
export interface PaperSnapshot {
  title: string;
  links: PaperLinks;
  authors?: string[];
  year?: number;
}

export interface ListEntry {
  /** `${listId}|${paperId}`: one entry per paper per list. */
  id: string;
  listId: string;
  paperId: string;
  status: ReadingStatus;
  note: string;
  /** Epoch milliseconds. */
  addedAt: number;
  /** Position within its list (ascending). */
  order: number;
  /** Set when the paper is no longer in the catalog. */
  snapshot?: PaperSnapshot;
}

/** A "Not this paper" choice: hide the marks of `paperId` on `site` (a hostname, or "local files"
 * for every file:// page: lib/db/dismissal-site). */
export interface Dismissal {
  /** `${site}|${paperId}` */
  id: string;
  site: string;
  paperId: string;
  createdAt: number;
}

/** Longest list name the database accepts (lib/db/lists); inputs stop there too. */
export const MAX_LIST_NAME = 80;

// Characters that show nothing yet change a name: zero-width and blank fillers (a zero-width
// space, a word joiner, a soft hyphen, a byte-order mark, the Hangul fillers, the braille blank,
// the object replacement character), the combining grapheme joiner, tag characters, and the
// direction controls and marks that make "evil" show as "live". (Not the zero-width joiners, which
// emoji and Persian need, nor the variation selectors of emoji: listNameKey ignores those.)
const INVISIBLE =
  /[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u2800\u3164\ufeff\uffa0\ufffc]|\u034f|[\u{e0000}-\u{e007f}]/gu;
/** Variation selectors: "Later" and "Later" + U+FE0E look the same. */
const VARIATION = /[\ufe00-\ufe0f]/gu;

/** A list name as the app stores it: no invisible characters, runs of spaces as one, no space at
 * either end. */
export function tidyListName(name: string): string {
  return name.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Does the name show anything (a letter, digit, mark of punctuation or symbol, emoji included)? */
export function hasVisibleName(name: string): boolean {
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(tidyListName(name));
}

/** Two list names that differ only in case or in Unicode form (full-width letters, ligatures:
 * "Ｒeading list", "ﬁles") name the same list. */
export function listNameKey(name: string): string {
  return tidyListName(name).replace(VARIATION, '').normalize('NFKC').toLowerCase();
}

/** Longest note the database accepts; the note editor and backup import stop there too. */
export const MAX_NOTE = 5000;

/**
 * What a backup may bring in a paper snapshot, a dismissal or an id (lib/export/backup-schema), so
 * a hand-made file cannot put a megabyte title in the popup and every export. Far above what the
 * app writes: catalog titles and links are under 200 characters and ids under 50, the largest physics
 * collaborations sign about 5,000 names, and a hostname is at most 253 characters (DNS).
 */
export const MAX_SNAPSHOT_TITLE = 2000;
export const MAX_SNAPSHOT_LINK = 2000;
export const MAX_SNAPSHOT_AUTHORS = 5000;
export const MAX_AUTHOR_NAME = 200;
export const MAX_SITE = 253;
export const MAX_ID = 300;

export const entryId = (listId: string, paperId: string): string => `${listId}|${paperId}`;
export const dismissalId = (site: string, paperId: string): string => `${site}|${paperId}`;
