// Undo of an import. An import merges a backup into what is stored: an older backup of the same
// profile brings back removed papers, deleted lists, old statuses and preferences (a month-of-use
// trial), and merging cannot tell which side is newer. So an import hands back what was there
// before it, and undoing puts that back whole, in one transaction: unless the data changed since
// the import, when putting it back would lose those changes, and the undo is refused.
import type { PaperLensDB } from '../db/database';
import { rawHash } from '../detect/hash';
import { type BackupData, backupToJson, parseBackup, toBackup } from '../export';
import type { ImportUndo } from '../messages/contract';
import { loadSettings, SETTINGS_KEY } from './settings-store';

/** Everything the user made: what a backup holds. */
export async function userData(db: PaperLensDB): Promise<BackupData> {
  const [lists, entries, dismissals, settings] = await Promise.all([
    db.lists.toArray(),
    db.entries.toArray(),
    db.dismissals.toArray(),
    loadSettings(db),
  ]);
  return { lists, entries, dismissals, settings };
}

/** The user's data as a backup's text, dated alike every time so the same data reads the same. */
export const snapshotOf = (data: BackupData): string => backupToJson(toBackup(data, new Date(0)));

/** Two 32-bit polynomial hashes and the length: a change of the data changes it (synchronous, as
 * a Dexie transaction cannot wait on crypto.subtle). */
export function fingerprint(text: string): string {
  // The detector's polynomial hash, and a second one with another multiplier and xor.
  let b = 0;
  for (let i = 0; i < text.length; i++) b = (Math.imul(b, 0x5bd1e995) ^ text.charCodeAt(i)) | 0;
  return `${text.length}:${(rawHash(text) >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/** Puts back the data an import found (`undo.before`), if nothing changed since it (`undo.after`). */
export async function undoImport(db: PaperLensDB, undo: ImportUndo): Promise<void> {
  if (typeof undo?.before !== 'string' || typeof undo.after !== 'string')
    throw new Error('import: nothing to undo (the undo carries no data from before the import)');
  const before = parseBackup(undo.before);
  await db.transaction('rw', [db.lists, db.entries, db.dismissals, db.settings], async () => {
    if (fingerprint(snapshotOf(await userData(db))) !== undo.after)
      throw new Error(
        'import: your lists or settings changed since the import, so undoing it would lose those changes; nothing was undone',
      );
    await Promise.all([db.lists.clear(), db.entries.clear(), db.dismissals.clear(), db.settings.clear()]);
    await db.lists.bulkPut(before.lists);
    await db.entries.bulkPut(before.entries);
    await db.dismissals.bulkPut(before.dismissals);
    if (before.settings) await db.settings.put({ key: SETTINGS_KEY, value: before.settings });
  });
}
