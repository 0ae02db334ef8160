import { describe, expect, it } from 'vitest';
import { type Ordered, placeNew } from '../../../lib/export/placement';

const items = (spec: string): Ordered[] => spec.split(' ').map((id, order) => ({ id, order }));
const stored = (spec: string): Map<string, number> =>
  new Map(
    spec
      .split(' ')
      .map((pair) => pair.split('=') as [string, string])
      .map(([id, o]) => [id, Number(o)]),
  );
/** The ids stored and placed, sorted by order: where each new one landed. */
const sequence = (held: Map<string, number>, placed: Map<string, number>): string =>
  [...held, ...placed]
    .sort((a, b) => a[1] - b[1])
    .map(([id]) => id)
    .join(' ');

describe('placeNew', () => {
  const cases: Array<[string, string, string, string]> = [
    // [what, stored (id=order), backup (in order), expected sequence]
    ['a deleted item goes back between its old neighbours', 'a=0 c=1', 'a b c', 'a b c'],
    ['a run of them keeps its order inside the gap', 'a=0 d=1', 'a b c d', 'a b c d'],
    ['one whose predecessor is the last stored goes last', 'a=0 b=1', 'a b c', 'a b c'],
    ['one that follows nothing stored goes last, not first', 'b=0 c=1', 'a b c', 'b c a'],
    ['items from elsewhere all go last, in their order', 'x=0 y=1', 'a b c', 'x y a b c'],
    ['the stored order wins where the backup’s differs', 'c=0 a=1', 'a b c', 'c a b'],
    ['into nothing stored, the backup’s order', '', 'a b c', 'a b c'],
    ['anchors and tail together', 'a=0 c=5', 'z a b c d', 'a b c z d'],
  ];
  it.each(cases)('%s', (_what, held, backup, expected) => {
    const map = held ? stored(held) : new Map<string, number>();
    const placed = placeNew(map, items(backup));
    expect(sequence(map, placed)).toBe(expected);
    for (const id of map.keys()) expect(placed.has(id)).toBe(false);
  });

  it('spreads a run over the gap without touching the stored orders', () => {
    expect(placeNew(stored('a=0 d=3'), items('a b c d'))).toEqual(
      new Map([
        ['b', 1],
        ['c', 2],
      ]),
    );
  });

  it('keeps the gaps of what goes last, after the last stored item', () => {
    const placed = placeNew(stored('x=4'), [
      { id: 'a', order: 10 },
      { id: 'b', order: 12 },
    ]);
    expect(placed).toEqual(
      new Map([
        ['a', 5],
        ['b', 7],
      ]),
    );
  });
});
