import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../../lib/detect';

const s = (start: number, end: number, id = '') => ({ start, end, id });

describe('resolveOverlaps', () => {
  it.each([
    ['empty', [], []],
    ['disjoint kept in order', [s(10, 12), s(0, 5)], [s(0, 5), s(10, 12)]],
    ['contained dropped', [s(0, 7, 'short'), s(0, 40, 'title')], [s(0, 40, 'title')]],
    ['partial overlap: longer wins', [s(0, 10), s(8, 30)], [s(8, 30)]],
    ['touching spans both kept', [s(0, 5), s(5, 9)], [s(0, 5), s(5, 9)]],
    ['equal length: earlier wins', [s(4, 9), s(2, 7)], [s(2, 7)]],
    ['same span: first wins (stable)', [s(0, 5, 'a'), s(0, 5, 'b')], [s(0, 5, 'a')]],
    ['empty span dropped', [s(3, 3)], []],
    ['chain', [s(0, 4), s(3, 12), s(11, 15), s(14, 30)], [s(3, 12), s(14, 30)]],
  ])('%s', (_name, input, out) => {
    const copy = JSON.parse(JSON.stringify(input));
    expect(resolveOverlaps(input)).toEqual(out);
    expect(input).toEqual(copy);
  });
});
