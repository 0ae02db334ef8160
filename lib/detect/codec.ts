// JSON-safe encoding of a set of 32-bit hashes for the prefilter message: sorted, as raw
// little-endian 32-bit words, in base64. The content script decodes it with the browser's own
// base64 decoder and views the bytes as a Uint32Array: no JavaScript runs per hash. (A varint
// encoding was 25% smaller but its decoding loop, run cold on every page, cost ~9 ms with
// 100,000 titles on a 2-core machine.)

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** Sorted, distinct hashes as base64 of little-endian words. */
export function encodeHashes(hashes: Iterable<number>): { data: string; count: number } {
  const sorted = Uint32Array.from(new Set(hashes)).sort();
  return { data: encodeWords(sorted), count: sorted.length };
}

/** 32-bit words as base64 of their little-endian bytes. */
export function encodeWords(words: Uint32Array): string {
  const bytes = new Uint8Array(words.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < words.length; i++) view.setUint32(i * 4, words[i] as number, true);
  return toBase64(bytes);
}

/** The inverse of encodeWords; `count` words are expected. */
export function decodeWords(data: string, count: number): Uint32Array {
  const bytes = decodeBase64(data);
  if (bytes.length !== count * 4) {
    throw new Error(`detect: prefilter data holds ${bytes.length} bytes, expected ${count * 4}`);
  }
  if (LITTLE_ENDIAN) return new Uint32Array(bytes.buffer, bytes.byteOffset, count);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return Uint32Array.from({ length: count }, (_, i) => view.getUint32(i * 4, true));
}

export const decodeHashes = decodeWords;

type NativeBase64 = { fromBase64?: (s: string) => Uint8Array };

// Chromium 140+ and Firefox 133+ decode base64 natively.
function decodeBase64(s: string): Uint8Array {
  const U8 = Uint8Array as unknown as NativeBase64;
  if (typeof U8.fromBase64 === 'function') {
    try {
      return U8.fromBase64(s);
    } catch {
      throw new Error('detect: invalid base64 in prefilter');
    }
  }
  return fromBase64(s);
}

function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const left = bytes.length - i;
    chunk += B64[a >> 2];
    chunk += B64[((a & 3) << 4) | (b >> 4)];
    chunk += left > 1 ? B64[((b & 15) << 2) | (c >> 6)] : '=';
    chunk += left > 2 ? B64[c & 63] : '=';
    if (chunk.length >= 4096) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** The portable decoder, for browsers without Uint8Array.fromBase64 (and Node 20 in tests). */
export function fromBase64(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = B64_INDEX[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error('detect: invalid base64 in prefilter');
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
