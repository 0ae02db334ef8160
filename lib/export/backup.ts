// JSON backup of everything the user made: lists, entries, "Not this paper" dismissals and
// (since version 2) settings with the site rules.
import { LINK_KINDS } from '../catalog/web-links';
import type { Dismissal, ListEntry, PaperSnapshot, ReadingList } from '../db/types';
import { migrateSettings, type Settings } from '../settings/settings';

export const BACKUP_FORMAT = 'paperlens-backup';
/** 2: settings (preferences and site rules) are in the backup; version 1 files still import. */
export const BACKUP_VERSION = 2;

export interface BackupData {
  lists: ReadingList[];
  entries: ListEntry[];
  dismissals: Dismissal[];
  /** Absent in version 1 files. */
  settings?: Settings;
}

export interface Backup extends BackupData {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** ISO 8601. */
  exportedAt: string;
}

// The canonical* copies fix key order (stable diffs between backups) and drop anything the DB layer added.

const canonicalList = (l: ReadingList): ReadingList => ({
  id: l.id,
  name: l.name,
  createdAt: l.createdAt,
  order: l.order,
});

function canonicalSnapshot(s: PaperSnapshot): PaperSnapshot {
  const links = Object.fromEntries(
    LINK_KINDS.flatMap((kind) => (s.links[kind] === undefined ? [] : [[kind, s.links[kind]]])),
  );
  return {
    title: s.title,
    links,
    ...(s.authors !== undefined && { authors: [...s.authors] }),
    ...(s.year !== undefined && { year: s.year }),
  };
}

const canonicalEntry = (e: ListEntry): ListEntry => ({
  id: e.id,
  listId: e.listId,
  paperId: e.paperId,
  status: e.status,
  note: e.note,
  addedAt: e.addedAt,
  order: e.order,
  ...(e.snapshot !== undefined && { snapshot: canonicalSnapshot(e.snapshot) }),
});

const canonicalDismissal = (d: Dismissal): Dismissal => ({
  id: d.id,
  site: d.site,
  paperId: d.paperId,
  createdAt: d.createdAt,
});

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted so that the same data always gives the same file, whatever order the DB returned it in. */
function canonicalData(data: BackupData): BackupData {
  const lists = data.lists.map(canonicalList).sort((a, b) => a.order - b.order || compareIds(a.id, b.id));
  const listRank = new Map(lists.map((l, i) => [l.id, i]));
  const rank = (e: ListEntry): number => listRank.get(e.listId) ?? lists.length;
  const entries = data.entries
    .map(canonicalEntry)
    .sort((a, b) => rank(a) - rank(b) || compareIds(a.listId, b.listId) || a.order - b.order || compareIds(a.id, b.id));
  const dismissals = data.dismissals
    .map(canonicalDismissal)
    .sort((a, b) => a.createdAt - b.createdAt || compareIds(a.id, b.id));
  // migrateSettings writes the fields in one order, whatever the stored record had.
  return { lists, entries, dismissals, ...(data.settings && { settings: migrateSettings(data.settings) }) };
}

export function toBackup(data: BackupData, now: Date): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), ...canonicalData(data) };
}

export function backupToJson(backup: Backup): string {
  const ordered: Backup = {
    format: backup.format,
    version: backup.version,
    exportedAt: backup.exportedAt,
    ...canonicalData(backup),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
