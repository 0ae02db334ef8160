// Pure reordering helpers for drag and drop and the keyboard.

/** Move the item at `from` so it ends up at index `to` (clamped). Returns a new array. */
export function moveIndex<T>(items: T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length) return [...items];
  const target = Math.max(0, Math.min(items.length - 1, to));
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined) return [...items];
  next.splice(target, 0, item);
  return next;
}

/** Move `id` one step up (-1) or down (+1); unchanged at the ends. */
export const moveBy = (ids: string[], id: string, delta: number): string[] =>
  moveIndex(ids, ids.indexOf(id), ids.indexOf(id) + delta);

/**
 * Drop `dragged` on `target`, before it or after it. The result is the order the user saw while dropping:
 * dropping after the item just above the dragged one leaves the order unchanged.
 */
export function dropOn(ids: string[], dragged: string, target: string, after: boolean): string[] {
  if (dragged === target || !ids.includes(dragged) || !ids.includes(target)) return [...ids];
  const rest = ids.filter((id) => id !== dragged);
  const at = rest.indexOf(target) + (after ? 1 : 0);
  rest.splice(at, 0, dragged);
  return rest;
}

export const sameOrder = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
