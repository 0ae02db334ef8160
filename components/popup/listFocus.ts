import type { ListEntry } from '../../lib/db/types';

// Where focus goes in the Lists view as papers and lists leave and come back.

/** Focus the first control of a list row, or the list's heading when there is no such row. */
export function focusRow(entryId: string | undefined): void {
  const row = entryId ? document.querySelector(`[data-entry-id="${CSS.escape(entryId)}"]`) : null;
  const target = (row?.querySelector('button, select') ?? document.querySelector('.pp-lists h2')) as HTMLElement | null;
  target?.focus();
}

const ROW_CONTROLS = 'button, select, textarea, a[href]';

/**
 * Where focus goes when the row of `entryId` leaves the list: to the same control of the row that
 * takes its place (the next, or the one before at the end), so a keyboard reader moving or
 * removing papers one after another goes on down the list (a trial: Undo took the focus each time,
 * and each next paper was a Tab from the top away). Null when no row is left: Undo takes it.
 */
export function focusAfterLeaving(shown: readonly ListEntry[], entryId: string): (() => void) | null {
  const i = shown.findIndex((e) => e.id === entryId);
  const neighbour = shown[i + 1] ?? shown[i - 1];
  if (i < 0 || !neighbour) return null;
  const rowOf = (id: string) => document.querySelector(`[data-entry-id="${CSS.escape(id)}"]`);
  const controls = [...(rowOf(entryId)?.querySelectorAll<HTMLElement>(ROW_CONTROLS) ?? [])];
  const focused = document.activeElement as HTMLElement;
  const at = Math.max(0, controls.indexOf(focused));
  // The same control by what it does ("Remove “…” from this list"), as a row may have one fewer
  // (a paper the catalog no longer has opens nothing); else by its place.
  const kind = kindOf(focused);
  return () => {
    const theirs = [...(rowOf(neighbour.id)?.querySelectorAll<HTMLElement>(ROW_CONTROLS) ?? [])];
    const target =
      (kind ? theirs.find((c) => kindOf(c) === kind) : undefined) ??
      theirs[at] ??
      theirs[0] ??
      document.querySelector<HTMLElement>('.pp-undo button');
    target?.focus();
  };
}

/** Focus the chip of the list shown (after a list is deleted, its Delete button is gone), or the
 * first chip ("New list" when no list is left). */
export function focusChip(): void {
  const chip = document.querySelector('.pp-chip[aria-pressed="true"]') ?? document.querySelector('.pp-chip');
  (chip as HTMLElement | null)?.focus();
}

/** What a row's control does, from its label without the paper's title: "Remove “X” from this
 * list" -> "Remove | from this list". */
function kindOf(el: Element | null): string | null {
  const label = el?.getAttribute('aria-label');
  return label ? label.replace(/“[^”]*”/u, '|') : null;
}
