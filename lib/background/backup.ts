import type { PaperLensDB } from '../db/database';
import { backupToJson, parseBackup, planMerge, toBackup } from '../export';
import type { ImportResult } from '../messages/contract';
import { loadSettings, SETTINGS_KEY } from './settings-store';
import { fingerprint, snapshot } from './undo-import';

export async function exportBackup(db: PaperLensDB, now = new Date()): Promise<string> {
  const [lists, entries, dismissals, settings] = await Promise.all([
    db.lists.toArray(),
    db.entries.toArray(),
    db.dismissals.toArray(),
    loadSettings(db),
  ]);
  return backupToJson(toBackup({ lists, entries, dismissals, settings }, now));
}

/**
 * Validate the whole file first, then merge it in one transaction: a bad file throws before
 * anything is written, and a failure while writing rolls everything back. The result carries
 * what was there before, for an undo (undo-import.ts).
 */
export async function importBackup(db: PaperLensDB, json: string): Promise<ImportResult> {
  const backup = parseBackup(json);
  return db.transaction('rw', [db.lists, db.entries, db.dismissals, db.settings, db.papers], async () => {
    const before = await snapshot(db);
    const current = {
      lists: await db.lists.toArray(),
      entries: await db.entries.toArray(),
      dismissals: await db.dismissals.toArray(),
      settings: await loadSettings(db),
    };
    const ids = [...new Set(backup.entries.map((e) => e.paperId))];
    const known = new Set(await db.papers.where(':id').anyOf(ids).primaryKeys());
    const plan = planMerge(current, backup, (paperId) => known.has(paperId));
    await db.lists.bulkPut(plan.listsToPut);
    await db.entries.bulkPut(plan.entriesToPut);
    await db.dismissals.bulkPut(plan.dismissalsToPut);
    if (plan.settingsToPut) await db.settings.put({ key: SETTINGS_KEY, value: plan.settingsToPut });
    // A file imported again changes nothing: nothing to undo.
    const after = fingerprint(await snapshot(db));
    return { ...plan.summary, undo: after === fingerprint(before) ? null : { before, after } };
  });
}
