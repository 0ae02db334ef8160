// 32-bit polynomial hashing shared by the prefilter builder and the scanner. The scanner keeps
// prefix hashes P of the whole stream, so the hash of any substring is O(1):
// h(i, L) = P[i + L] - P[i] * B^L (mod 2^32). The builder hashes keys the same way from 0.

const BASE = 0x01000193;

/** Polynomial hash of key[0, length), before finalisation. */
export function rawHash(key: string, length = key.length): number {
  let h = 0;
  for (let i = 0; i < length; i++) h = (Math.imul(h, BASE) + key.charCodeAt(i)) | 0;
  return h;
}

/** Prefix hashes: out[j] = rawHash(s, j). */
export function prefixHashes(s: string): Int32Array {
  const out = new Int32Array(s.length + 1);
  let h = 0;
  for (let i = 0; i < s.length; i++) {
    h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
    out[i + 1] = h;
  }
  return out;
}

/** BASE^0 .. BASE^max (mod 2^32). */
export function basePowers(max: number): Int32Array {
  const out = new Int32Array(max + 1);
  let p = 1;
  for (let i = 0; i <= max; i++) {
    out[i] = p;
    p = Math.imul(p, BASE);
  }
  return out;
}

/** Mixes the length in and avalanches the bits (murmur3 fmix32) so the low bits index a hash
 * table well. Never returns 0: 0 marks an empty slot. */
export function hashFinal(h: number, length: number): number {
  let x = h ^ Math.imul(length, 0x9e3779b1);
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  x >>>= 0;
  return x === 0 ? 1 : x;
}

/** Finalised hash of key[0, length), as stored in the prefilter. */
export function hashKey(key: string, length = key.length): number {
  return hashFinal(rawHash(key, length), length);
}
