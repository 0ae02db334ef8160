import type { ImportSummary } from '../lib/messages/contract';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an import did, in one sentence (the popup and the options page say it alike). */
export function importSummaryText(fileName: string, s: ImportSummary): string {
  const settings = s.settingsRestored
    ? `; settings restored${s.siteRulesAdded ? ` with ${count(s.siteRulesAdded, 'new site rule', 'new site rules')}` : ''}`
    : '';
  // A file imported again: four zeros would read as a failure; say that it was all here already.
  const nothingNew = s.listsAdded + s.entriesAdded + s.entriesUpdated + s.dismissalsAdded === 0;
  const changes = nothingNew
    ? 'no new lists, entries or hidden papers (all were here already)'
    : `${count(s.listsAdded, 'new list', 'new lists')}, ${count(s.entriesAdded, 'new entry', 'new entries')}, ${count(s.entriesUpdated, 'updated entry', 'updated entries')}, ${count(s.dismissalsAdded, 'hidden paper', 'hidden papers')}`;
  // Kept, since nothing of a backup is dropped, but said: their titles may be only their ids.
  const unknown = s.unknownPapers
    ? ` ${count(s.unknownPapers, 'entry is of a paper', 'entries are of papers')} not in this catalog, kept under the title saved with ${s.unknownPapers === 1 ? 'it' : 'them'} or ${s.unknownPapers === 1 ? 'its' : 'their'} id.`
    : '';
  return `Imported ${fileName}: ${changes}${settings}.${unknown}`;
}

/** Extension messages carry at most 64 MiB; a backup of tens of thousands of entries is a few MB. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** The text of a chosen backup file, or an error that says why it is not read at all. */
export async function readBackupFile(file: File): Promise<string> {
  if (file.size > MAX_BACKUP_BYTES) {
    throw new Error(
      `the file is ${megabytes(file.size)}; a PaperLens backup is at most ${megabytes(MAX_BACKUP_BYTES)}`,
    );
  }
  return file.text();
}

/** Shown while an import runs (a large backup takes seconds). */
export const importingText = (file: File) => `Importing ${file.name} (${megabytes(file.size)})…`;
