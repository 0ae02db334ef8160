import { combineEntries } from '../lib/db/merge-entries';
import type { ListEntry } from '../lib/db/types';

/**
 * What the entry of a paper saved to a list again lacks of the one removed from it before, which
 * Undo of that removal still brings back (entries/restore combines the two: combineEntries).
 * Empty when only its date would come back. Notes too long to combine count as a note to bring
 * back: Undo then fails and says why, which is better than a note dropped without a word.
 */
export function resavedLacks(removed: ListEntry, resaved: ListEntry): Array<'note' | 'status'> {
  const combined = combineEntries(resaved, removed);
  const lacks: Array<'note' | 'status'> = [];
  if (!combined || combined.note !== resaved.note) lacks.push('note');
  if (combined && combined.status !== resaved.status) lacks.push('status');
  return lacks;
}
