// The content script's set of 32-bit prefilter hashes: the sorted array itself plus a bucket
// index on the top bits. Both are built in the background and arrive as raw words, so a content
// script starts with no per-hash work at all (filling an open-addressing table cost ~12 ms
// with 100,000 titles, on every page). A lookup scans one bucket: about four entries, since
// there is a bucket per four hashes and the hashes are uniform (murmur-finalised).

import { decodeWords, encodeWords } from './codec';

export interface HashSet {
  /** Ascending. */
  readonly hashes: Uint32Array;
  /** Bucket b holds hashes[starts[b] .. starts[b + 1]). */
  readonly starts: Uint32Array;
  /** Bucket of h: h >>> shift. */
  readonly shift: number;
  /** A value per hash (short names: their case mask), or null. Equal hashes may repeat with
   * different values. */
  readonly values: Uint32Array | null;
}

/** Index bits for `count` hashes: about four hashes per bucket. */
export function indexBits(count: number): number {
  let bits = 1;
  while (1 << (bits + 2) < count && bits < 24) bits++;
  return bits;
}

/** The bucket index of sorted hashes. */
export function bucketStarts(hashes: Uint32Array, bits: number): Uint32Array {
  const buckets = 1 << bits;
  const shift = 32 - bits;
  const starts = new Uint32Array(buckets + 1);
  let b = 0;
  let prev = 0;
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i] as number;
    if (h < prev) throw new Error(`detect: prefilter hashes are not sorted at ${i}`);
    prev = h;
    const hb = h >>> shift;
    while (b <= hb) starts[b++] = i;
  }
  while (b <= buckets) starts[b++] = hashes.length;
  return starts;
}

export function hashSet(
  hashes: Uint32Array,
  bits: number,
  starts = bucketStarts(hashes, bits),
  values: Uint32Array | null = null,
): HashSet {
  if (starts.length !== (1 << bits) + 1 || starts[starts.length - 1] !== hashes.length) {
    throw new Error(`detect: prefilter index does not match its ${hashes.length} hashes`);
  }
  if (values && values.length !== hashes.length) {
    throw new Error(`detect: prefilter holds ${values.length} values for ${hashes.length} hashes`);
  }
  return { hashes, starts, shift: 32 - bits, values };
}

export function has(set: HashSet, h: number): boolean {
  const { hashes, starts } = set;
  const b = h >>> set.shift;
  const end = starts[b + 1] as number;
  for (let i = starts[b] as number; i < end; i++) {
    const v = hashes[i] as number;
    if (v >= h) return v === h;
  }
  return false;
}

/** Is h in the set with a value that `fits` accepts? (Without values: is h in the set?) */
export function hasFitting(set: HashSet, h: number, fits: (value: number) => boolean): boolean {
  const { hashes, starts, values } = set;
  if (!values) return has(set, h);
  const b = h >>> set.shift;
  const end = starts[b + 1] as number;
  for (let i = starts[b] as number; i < end; i++) {
    const v = hashes[i] as number;
    if (v > h) return false;
    if (v === h && fits(values[i] as number)) return true;
  }
  return false;
}

export function hashSetSize(set: HashSet): number {
  return set.hashes.length;
}

/** Sorted hashes and their bucket index (lib/detect/hash-set), as raw words in base64, with a
 * value per hash when the set has values. */
export interface EncodedHashSet {
  data: string;
  count: number;
  bits: number;
  index: string;
  values?: string;
}

/** Sorted by hash, then value; distinct (hash, value) pairs, or distinct hashes without values. */
export function encodeHashSet(hashes: readonly number[], values?: readonly number[]): EncodedHashSet {
  const pairs = hashes.map((h, i) => [h >>> 0, (values?.[i] ?? 0) >>> 0] as const);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const kept = pairs.filter((p, i) => i === 0 || p[0] !== pairs[i - 1]?.[0] || p[1] !== pairs[i - 1]?.[1]);
  const sorted = Uint32Array.from(kept, (p) => p[0]);
  const bits = indexBits(sorted.length);
  const out: EncodedHashSet = {
    data: encodeWords(sorted),
    count: sorted.length,
    bits,
    index: encodeWords(bucketStarts(sorted, bits)),
  };
  if (values) out.values = encodeWords(Uint32Array.from(kept, (p) => p[1]));
  return out;
}

export function decodeHashSet(e: EncodedHashSet): HashSet {
  if (!Number.isInteger(e.bits) || e.bits < 1 || e.bits > 24) {
    throw new Error(`detect: prefilter index bits out of range: ${String(e.bits)}`);
  }
  const values = e.values === undefined ? null : decodeWords(e.values, e.count);
  return hashSet(decodeWords(e.data, e.count), e.bits, decodeWords(e.index, (1 << e.bits) + 1), values);
}
