// Plans how an imported backup merges into what is stored. Pure: the DB layer applies the plan in one transaction.
import {
  type Dismissal,
  entryId,
  type ListEntry,
  listNameKey,
  READING_STATUSES,
  type ReadingList,
  tidyListName,
} from '../db/types';
import type { Settings } from '../settings/settings';
import { normalizePattern } from '../settings/site-rules';
import type { Backup, BackupData } from './backup';

export interface MergePlan {
  listsToPut: ReadingList[];
  entriesToPut: ListEntry[];
  dismissalsToPut: Dismissal[];
  /** Settings to store, when the backup has some (version 2 files). */
  settingsToPut?: Settings;
  summary: MergeSummary;
}

export interface MergeSummary {
  listsAdded: number;
  entriesAdded: number;
  entriesUpdated: number;
  dismissalsAdded: number;
  /** The backup's preferences (detection, theme, hover delay) were taken (version 2 files). */
  settingsRestored: boolean;
  siteRulesAdded: number;
}

/**
 * A backup's settings: its preferences are taken (restoring a backup is asking for them back),
 * its site rules are added after the stored ones for sites that have none; a stored rule wins.
 */
export function mergeSettings(stored: Settings, incoming: Settings): { settings: Settings; rulesAdded: number } {
  const known = new Set(stored.siteRules.map((r) => normalizePattern(r.pattern)));
  const added = incoming.siteRules.filter((r) => {
    const key = normalizePattern(r.pattern);
    return !known.has(key) && known.add(key);
  });
  return { settings: { ...incoming, siteRules: [...stored.siteRules, ...added] }, rulesAdded: added.length };
}

const progress = (status: ListEntry['status']): number => READING_STATUSES.indexOf(status);

/**
 * Rule for a paper already in the list, the same whichever side is "newer" (devices' clocks disagree):
 * the status further along wins (to-read < reading < read); the stored note wins unless it is empty;
 * the earliest addedAt wins; order and snapshot stay as stored. Applying it twice changes nothing.
 */
export function mergeEntry(stored: ListEntry, incoming: ListEntry): ListEntry {
  return {
    ...stored,
    status: progress(incoming.status) > progress(stored.status) ? incoming.status : stored.status,
    note: stored.note.trim() ? stored.note : incoming.note.trim() ? incoming.note : stored.note,
    addedAt: Math.min(stored.addedAt, incoming.addedAt),
  };
}

const sameEntry = (a: ListEntry, b: ListEntry): boolean =>
  a.status === b.status && a.note === b.note && a.addedAt === b.addedAt;

/** Shift that places `incoming` orders right after `existing` ones, keeping their gaps; none into an empty place. */
function shiftAfter(existing: number[], incoming: number[]): number {
  if (existing.length === 0 || incoming.length === 0) return 0;
  return Math.max(...existing) + 1 - Math.min(...incoming);
}

export function planMerge(current: BackupData, incoming: Backup): MergePlan {
  const summary = {
    listsAdded: 0,
    entriesAdded: 0,
    entriesUpdated: 0,
    dismissalsAdded: 0,
    settingsRestored: false,
    siteRulesAdded: 0,
  };

  // Lists: same id, else same name (case-insensitive) among the stored lists or the backup's lists
  // before it, is the same list: the app never holds two lists a name apart only in case ("Foo",
  // "foo"), and names are tidied as the app tidies a typed name.
  const byId = new Map(current.lists.map((l) => [l.id, l]));
  const byName = new Map(current.lists.map((l) => [listNameKey(l.name), l]));
  const targetOf = new Map<string, string>();
  const newLists = incoming.lists.flatMap((raw) => {
    const list = { ...raw, name: tidyListName(raw.name) };
    const match = byId.get(list.id) ?? byName.get(listNameKey(list.name));
    targetOf.set(list.id, match?.id ?? list.id);
    if (match) return [];
    byId.set(list.id, list);
    byName.set(listNameKey(list.name), list);
    return [list];
  });
  const listShift = shiftAfter(
    current.lists.map((l) => l.order),
    newLists.map((l) => l.order),
  );
  const listsToPut = newLists.map((list) => ({ ...list, order: list.order + listShift }));
  summary.listsAdded = listsToPut.length;

  // Entries: new papers go after the list's stored entries; papers already there merge by mergeEntry.
  const working = new Map(current.entries.map((e) => [e.id, e]));
  const storedIds = new Set(working.keys());
  const mapped = incoming.entries.map((entry) => {
    const listId = targetOf.get(entry.listId);
    if (listId === undefined)
      throw new Error(`merge: entry "${entry.id}" refers to list "${entry.listId}" not in the backup`);
    return { ...entry, listId, id: entryId(listId, entry.paperId) };
  });
  const shiftFor = new Map<string, number>();
  for (const listId of new Set(mapped.map((e) => e.listId))) {
    const stored = current.entries.filter((e) => e.listId === listId).map((e) => e.order);
    const added = mapped.filter((e) => e.listId === listId && !storedIds.has(e.id)).map((e) => e.order);
    shiftFor.set(listId, shiftAfter(stored, added));
  }
  const changed = new Set<string>();
  for (const entry of mapped) {
    const existing = working.get(entry.id);
    if (existing === undefined) {
      working.set(entry.id, { ...entry, order: entry.order + (shiftFor.get(entry.listId) ?? 0) });
      changed.add(entry.id);
      continue;
    }
    const merged = mergeEntry(existing, entry);
    if (!sameEntry(merged, existing)) {
      working.set(entry.id, merged);
      changed.add(entry.id);
    }
  }
  const entriesToPut = [...changed].map((id) => working.get(id)).filter((e): e is ListEntry => e !== undefined);
  for (const id of changed) {
    if (storedIds.has(id)) summary.entriesUpdated++;
    else summary.entriesAdded++;
  }

  // Dismissals carry no state beyond existing: add the ones not stored yet.
  const dismissed = new Set(current.dismissals.map((d) => d.id));
  const dismissalsToPut = incoming.dismissals.filter((d) => !dismissed.has(d.id) && dismissed.add(d.id));
  summary.dismissalsAdded = dismissalsToPut.length;

  if (incoming.settings && current.settings) {
    const { settings, rulesAdded } = mergeSettings(current.settings, incoming.settings);
    summary.settingsRestored = true;
    summary.siteRulesAdded = rulesAdded;
    return { listsToPut, entriesToPut, dismissalsToPut, settingsToPut: settings, summary };
  }
  return { listsToPut, entriesToPut, dismissalsToPut, summary };
}
