// The prefilter's set of 32-bit hashes: the sorted array itself plus a bucket index on the top
// bits, in typed arrays (4 bytes per hash, nothing per entry for the garbage collector). A
// lookup scans one bucket: about four entries, since there is a bucket per four hashes and the
// hashes are uniform (murmur-finalised).

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

/** A set of distinct (hash, value) pairs, or of distinct hashes without values. */
export function buildHashSet(hashes: readonly number[], values?: readonly number[]): HashSet {
  const pairs = hashes.map((h, i) => [h >>> 0, (values?.[i] ?? 0) >>> 0] as const);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const kept = pairs.filter((p, i) => i === 0 || p[0] !== pairs[i - 1]?.[0] || p[1] !== pairs[i - 1]?.[1]);
  const sorted = Uint32Array.from(kept, (p) => p[0]);
  const bits = indexBits(sorted.length);
  return hashSet(sorted, bits, bucketStarts(sorted, bits), values ? Uint32Array.from(kept, (p) => p[1]) : null);
}
