// One rule for two entries of one paper in one list, wherever they meet: a move into a list that
// has the paper, an import of a list that has it, two lists of a backup that become one.
import { type ListEntry, MAX_NOTE, READING_STATUSES } from './types';

const progress = (status: ListEntry['status']): number => READING_STATUSES.indexOf(status);

/** Is `b` one of the paragraphs of `a` (or several in a row), as joinNotes puts it there? */
const holds = (a: string, b: string): boolean =>
  a === b || a.startsWith(`${b}\n\n`) || a.endsWith(`\n\n${b}`) || a.includes(`\n\n${b}\n\n`);

/** Both notes, the kept one first, unless one is empty or already holds the other (then that one). */
export function joinNotes(kept: string, other: string): string {
  const a = kept.trim();
  const b = other.trim();
  if (!b || holds(a, b)) return kept;
  if (!a || holds(b, a)) return other;
  return `${a}\n\n${b}`;
}

/**
 * The entry `kept` and `other` become, the same whichever is "newer" (devices' clocks disagree):
 * the status further along (to-read < reading < read), both notes (joinNotes), the earlier
 * addedAt; id, list, order and snapshot stay as kept. Nothing of either is lost, and combining
 * with the same entry again changes nothing. Returns null when the notes together would be
 * longer than a note may be: the caller says so and changes nothing.
 */
export function combineEntries(kept: ListEntry, other: ListEntry): ListEntry | null {
  const note = joinNotes(kept.note, other.note);
  if (note.length > MAX_NOTE) return null;
  return {
    ...kept,
    status: progress(other.status) > progress(kept.status) ? other.status : kept.status,
    note,
    addedAt: Math.min(kept.addedAt, other.addedAt),
  };
}
