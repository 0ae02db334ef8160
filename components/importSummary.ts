import type { ImportSummary } from '../lib/messages/contract';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an import did, in one sentence (the popup and the options page say it alike). */
export function importSummaryText(fileName: string, s: ImportSummary): string {
  return `Imported ${fileName}: ${count(s.listsAdded, 'new list', 'new lists')}, ${count(s.entriesAdded, 'new entry', 'new entries')}, ${count(s.entriesUpdated, 'updated entry', 'updated entries')}, ${count(s.dismissalsAdded, 'hidden paper', 'hidden papers')}.`;
}
