// Where an import puts what it adds: a list among the stored lists, a paper within its list.

export interface Ordered {
  id: string;
  order: number;
}

/**
 * The orders of the incoming items that are not stored yet. An item goes back after the one it
 * follows in the backup, when that one is stored (or placed before it): importing an older backup
 * of the same profile puts a deleted list, or a removed paper, back in its old place, not last.
 * Items that follow nothing stored, or whose stored predecessor is the last one, go after every
 * stored item, keeping their order and gaps. Stored items keep their orders: a run of new items
 * between two stored ones is spread over the gap between them (orders are numbers, not ranks).
 *
 * @param stored the stored items' orders, by id (ids in the same space as `incoming`'s).
 * @param incoming the backup's items, in any order; ids already stored are anchors, not placed.
 */
export function placeNew(stored: ReadonlyMap<string, number>, incoming: readonly Ordered[]): Map<string, number> {
  const sequence = [...incoming].sort((a, b) => a.order - b.order);
  const storedOrders = [...new Set(stored.values())].sort((a, b) => a - b);
  const placed = new Map<string, number>();
  const tail: Ordered[] = [];
  let anchor: number | undefined;
  let run: Ordered[] = [];
  const seen = new Set<string>();
  const endRun = () => {
    const next = anchor === undefined ? undefined : storedOrders.find((o) => o > (anchor as number));
    if (anchor === undefined || next === undefined) for (const item of run) tail.push(item);
    else {
      const step = (next - anchor) / (run.length + 1);
      for (const [i, item] of run.entries()) placed.set(item.id, (anchor as number) + step * (i + 1));
    }
    run = [];
  };
  for (const item of sequence) {
    const at = stored.get(item.id);
    if (at === undefined) {
      if (!seen.has(item.id)) run.push(item);
      seen.add(item.id);
      continue;
    }
    endRun();
    anchor = at;
  }
  endRun();
  const last = storedOrders.at(-1);
  const shift = last === undefined || tail.length === 0 ? 0 : last + 1 - (tail[0] as Ordered).order;
  for (const item of tail) placed.set(item.id, item.order + shift);
  return placed;
}
