// Plans how an imported backup merges into what is stored. Pure: the DB layer applies the plan in one transaction.

import { combineEntries } from '../db/merge-entries';
import {
  type Dismissal,
  entryId,
  type ListEntry,
  listNameKey,
  MAX_NOTE,
  type ReadingList,
  tidyListName,
} from '../db/types';
import type { Settings } from '../settings/settings';
import { normalizePattern } from '../settings/site-rules';
import type { Backup, BackupData } from './backup';
import { ImportError } from './parse-backup';
import { placeNew } from './placement';

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
  /** New entries of papers the catalog does not have (a backup from a larger catalog, or edited):
   * kept, shown by the title saved with them or by their id. */
  unknownPapers: number;
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

const sameEntry = (a: ListEntry, b: ListEntry): boolean =>
  a.status === b.status && a.note === b.note && a.addedAt === b.addedAt;

/** What an import that brought nothing did: the counts a merge starts from. */
export function emptySummary(): MergeSummary {
  return {
    listsAdded: 0,
    entriesAdded: 0,
    entriesUpdated: 0,
    dismissalsAdded: 0,
    settingsRestored: false,
    siteRulesAdded: 0,
    unknownPapers: 0,
  };
}

/** `inCatalog` says which papers the catalog has (every one, unless told). */
export function planMerge(
  current: BackupData,
  incoming: Backup,
  inCatalog: (paperId: string) => boolean = () => true,
): MergePlan {
  const summary = emptySummary();

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
  // A list the backup has and the store lacks goes back after the list it follows there, if that
  // one is stored under the same id (an older backup of this profile: ids are random); anything
  // else goes after the stored lists (placeNew). A list joined by its name is not an anchor: a
  // colleague's "Reading list" says nothing of where theirs go among ours.
  const fresh = new Set(newLists.map((l) => l.id));
  const listOrders = placeNew(
    new Map(current.lists.map((l) => [l.id, l.order])),
    incoming.lists.filter((l) => fresh.has(l.id) || targetOf.get(l.id) === l.id),
  );
  const listsToPut = newLists.map((list) => ({ ...list, order: listOrders.get(list.id) ?? list.order }));
  summary.listsAdded = listsToPut.length;

  // Entries, one list of the backup at a time: a new paper goes after the paper it follows in the
  // backup's list if the same list holds that one, else after all the target list holds by then
  // (its stored entries, and those of a backup list joined to it before; placeNew); a paper already
  // there is combined with it (combineEntries: nothing of either is lost).
  const working = new Map(current.entries.map((e) => [e.id, e]));
  const storedIds = new Set(working.keys());
  const orders = new Map<string, Map<string, number>>();
  for (const e of current.entries) orders.set(e.listId, (orders.get(e.listId) ?? new Map()).set(e.id, e.order));
  const bySource = new Map<string, ListEntry[]>(incoming.lists.map((l) => [l.id, []]));
  for (const entry of incoming.entries) {
    const group = bySource.get(entry.listId);
    if (!group) throw new Error(`merge: entry "${entry.id}" refers to list "${entry.listId}" not in the backup`);
    group.push(entry);
  }
  const changed = new Set<string>();
  for (const [source, group] of bySource) {
    const listId = targetOf.get(source) as string;
    const mapped = group.map((entry) => ({ ...entry, listId, id: entryId(listId, entry.paperId) }));
    const held = orders.get(listId) ?? new Map<string, number>();
    // Papers anchor only within the same list: into a list joined by name, new ones go last.
    const placed = placeNew(held, listId === source ? mapped : mapped.filter((e) => !working.has(e.id)));
    for (const entry of mapped) {
      const existing = working.get(entry.id);
      if (existing === undefined) {
        const added = { ...entry, order: placed.get(entry.id) ?? entry.order };
        working.set(added.id, added);
        held.set(added.id, added.order);
        changed.add(added.id);
        continue;
      }
      const merged = combineEntries(existing, entry);
      if (!merged) {
        throw new ImportError(
          `import: the notes of ${entry.paperId} would be over ${MAX_NOTE} characters together with the ones already there; shorten one and import again`,
        );
      }
      if (!sameEntry(merged, existing)) {
        working.set(entry.id, merged);
        changed.add(entry.id);
      }
    }
    orders.set(listId, held);
  }
  const entriesToPut = [...changed].map((id) => working.get(id)).filter((e): e is ListEntry => e !== undefined);
  for (const entry of entriesToPut) {
    if (storedIds.has(entry.id)) summary.entriesUpdated++;
    else {
      summary.entriesAdded++;
      if (!inCatalog(entry.paperId)) summary.unknownPapers++;
    }
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
