// Undo of an import. An import merges a backup into what is stored: an older backup of the same
// profile brings back removed papers, deleted lists, old statuses and preferences (a month-of-use
// trial), and merging cannot tell which side is newer. So an import hands back what was there
// before it, and undoing puts that back whole, in one transaction: unless the data changed since
// the import, when putting it back would lose those changes, and the undo is refused.
import type { PaperLensDB } from '../db/database';
import { backupToJson, parseBackup, toBackup } from '../export';
import type { ImportUndo } from '../messages/contract';
import { loadSettings, SETTINGS_KEY } from './settings-store';

/** The user's data as a backup's text, dated alike every time so the same data reads the same.
 * Run inside a transaction over the tables it reads. */
export async function snapshot(db: PaperLensDB): Promise<string> {
  const [lists, entries, dismissals, settings] = await Promise.all([
    db.lists.toArray(),
    db.entries.toArray(),
    db.dismissals.toArray(),
    loadSettings(db),
  ]);
  return backupToJson(toBackup({ lists, entries, dismissals, settings }, new Date(0)));
}

/** Two 32-bit polynomial hashes and the length: a change of the data changes it (synchronous, as
 * a Dexie transaction cannot wait on crypto.subtle). */
export function fingerprint(text: string): string {
  let a = 0;
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = (Math.imul(a, 0x01000193) + c) | 0;
    b = (Math.imul(b, 0x5bd1e995) ^ c) | 0;
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/** Puts back the data an import found (`undo.before`), if nothing changed since it (`undo.after`). */
export async function undoImport(db: PaperLensDB, undo: ImportUndo): Promise<void> {
  if (typeof undo?.before !== 'string' || typeof undo.after !== 'string')
    throw new Error('import: nothing to undo (the undo carries no data from before the import)');
  const before = parseBackup(undo.before);
  await db.transaction('rw', [db.lists, db.entries, db.dismissals, db.settings], async () => {
    if (fingerprint(await snapshot(db)) !== undo.after)
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
