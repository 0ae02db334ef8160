import type { PaperLensDB } from '../db/database';
import { backupToJson, parseBackup, planMerge, toBackup } from '../export';
import type { ImportResult } from '../messages/contract';
import { SETTINGS_KEY } from './settings-store';
import { fingerprint, snapshotOf, userData } from './undo-import';

export async function exportBackup(db: PaperLensDB, now = new Date()): Promise<string> {
  return backupToJson(toBackup(await userData(db), now));
}

/**
 * Validate the whole file first, then merge it in one transaction: a bad file throws before
 * anything is written, and a failure while writing rolls everything back. The result carries
 * what was there before, for an undo (undo-import.ts).
 */
export async function importBackup(db: PaperLensDB, json: string): Promise<ImportResult> {
  const backup = parseBackup(json);
  return db.transaction('rw', [db.lists, db.entries, db.dismissals, db.settings, db.papers], async () => {
    // Read once: what the merge starts from is what its undo puts back.
    const current = await userData(db);
    const before = snapshotOf(current);
    const ids = [...new Set(backup.entries.map((e) => e.paperId))];
    const known = new Set(await db.papers.where(':id').anyOf(ids).primaryKeys());
    const plan = planMerge(current, backup, (paperId) => known.has(paperId));
    await db.lists.bulkPut(plan.listsToPut);
    await db.entries.bulkPut(plan.entriesToPut);
    await db.dismissals.bulkPut(plan.dismissalsToPut);
    if (plan.settingsToPut) await db.settings.put({ key: SETTINGS_KEY, value: plan.settingsToPut });
    // A file imported again changes nothing: nothing to undo.
    const after = fingerprint(snapshotOf(await userData(db)));
    return { ...plan.summary, undo: after === fingerprint(before) ? null : { before, after } };
  });
}
