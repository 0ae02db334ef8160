import { describe, expect, it } from 'vitest';
import { bucketStarts, buildHashSet, has, hasFitting, hashSet, indexBits } from '../../../lib/detect/hash-set';
import { mulberry32 } from './helpers';

const rng = mulberry32;

describe('hashSet / has', () => {
  it.each([0, 1, 2, 3, 100, 5_000, 100_000])('finds every member and no other value (%i hashes)', (count) => {
    const next = rng(count + 1);
    const members = new Set<number>();
    while (members.size < count) members.add(next() || 1);
    const sorted = Uint32Array.from(members).sort();
    const set = hashSet(sorted, indexBits(count));
    for (const h of members) expect(has(set, h)).toBe(true);
    let falsePositives = 0;
    for (let i = 0; i < 20_000; i++) {
      const h = next();
      if (!members.has(h) && has(set, h)) falsePositives++;
    }
    expect(falsePositives).toBe(0);
    expect(has(set, 0)).toBe(members.has(0));
    expect(has(set, 0xffffffff)).toBe(members.has(0xffffffff));
  });

  it('handles the extremes of the hash range in one bucket', () => {
    const set = hashSet(Uint32Array.from([1, 2, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff]), 1);
    for (const h of [1, 2, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff]) expect(has(set, h)).toBe(true);
    for (const h of [0, 3, 0x7ffffffe, 0x80000001, 0xfffffffd]) expect(has(set, h)).toBe(false);
  });

  it('rejects hashes that are not sorted, naming the position', () => {
    expect(() => bucketStarts(Uint32Array.from([5, 9, 7]), 2)).toThrow('detect: prefilter hashes are not sorted at 2');
  });

  it('builds from unsorted hashes with repeats, keeping distinct (hash, value) pairs', () => {
    const next = rng(5);
    const hashes = Array.from({ length: 1_000 }, () => next());
    const set = buildHashSet([...hashes, ...hashes.slice(0, 10)]);
    expect(set.hashes.length).toBe(new Set(hashes).size);
    for (const h of hashes) expect(has(set, h)).toBe(true);
    const masked = buildHashSet([7, 7, 7, 3], [1, 2, 1, 0]);
    expect([...masked.hashes]).toEqual([3, 7, 7]);
    expect(hasFitting(masked, 7, (v) => v === 2)).toBe(true);
    expect(hasFitting(masked, 7, (v) => v === 4)).toBe(false);
    expect(() => hashSet(Uint32Array.from([1, 2]), 2, Uint32Array.from([0, 0, 0]))).toThrow(
      'detect: prefilter index does not match its 2 hashes',
    );
  });
});
