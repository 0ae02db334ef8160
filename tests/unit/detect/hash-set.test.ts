import { afterEach, describe, expect, it } from 'vitest';
import { decodeHashes, encodeHashes, fromBase64 } from '../../../lib/detect/codec';
import { bucketStarts, decodeHashSet, encodeHashSet, has, hashSet, indexBits } from '../../../lib/detect/hash-set';
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

  it('round-trips through the prefilter encoding and rejects an index that does not fit', () => {
    const next = rng(5);
    const hashes = Array.from({ length: 1_000 }, () => next());
    const encoded = encodeHashSet(hashes);
    const set = decodeHashSet(encoded);
    for (const h of hashes) expect(has(set, h)).toBe(true);
    expect(() => decodeHashSet({ ...encoded, bits: 40 })).toThrow('detect: prefilter index bits out of range: 40');
    expect(() => decodeHashSet({ ...encoded, bits: encoded.bits + 1 })).toThrow('expected');
    expect(() => decodeHashSet({ ...encoded, index: encodeHashSet([1, 2]).index })).toThrow('expected');
  });
});

describe('prefilter hash codec', () => {
  const U8 = Uint8Array as unknown as { fromBase64?: unknown };
  const original = U8.fromBase64;
  afterEach(() => {
    U8.fromBase64 = original;
  });

  it('round-trips sorted hashes through the portable decoder', () => {
    const next = rng(9);
    const hashes = Array.from({ length: 3_000 }, () => next());
    const { data, count } = encodeHashes(hashes);
    U8.fromBase64 = undefined;
    expect([...decodeHashes(data, count)]).toEqual([...new Set(hashes)].sort((a, b) => a - b));
  });

  it('decodes base64 exactly as Node does, with and without padding', () => {
    for (const bytes of [[], [1], [1, 2], [1, 2, 3], [255, 0, 128, 7, 9]]) {
      const b64 = Buffer.from(bytes).toString('base64');
      expect([...fromBase64(b64)]).toEqual(bytes);
    }
  });

  it('uses the browser decoder when there is one, with the same result', () => {
    const { data, count } = encodeHashes([3, 1, 4_000_000_000, 159]);
    let calls = 0;
    U8.fromBase64 = (s: string) => {
      calls++;
      return new Uint8Array(Buffer.from(s, 'base64'));
    };
    expect([...decodeHashes(data, count)]).toEqual([1, 3, 159, 4_000_000_000]);
    expect(calls).toBe(1);
  });

  it('names bad data', () => {
    U8.fromBase64 = undefined;
    expect(() => decodeHashes('@@@@', 1)).toThrow('detect: invalid base64 in prefilter');
    expect(() => decodeHashes('', 1)).toThrow('detect: prefilter data holds 0 bytes, expected 4');
  });
});
