// Compact, JSON-safe encoding of a set of 32-bit hashes: sorted, delta-encoded as LEB128
// varints, then base64. 100,000 random hashes take ~3 bytes each (~400 kB of base64) instead
// of ~11 bytes each as a JSON number array.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

export function encodeHashes(hashes: Iterable<number>): { data: string; count: number } {
  const sorted = Uint32Array.from(new Set(hashes)).sort();
  const bytes = new Uint8Array(sorted.length * 5);
  let n = 0;
  let prev = 0;
  for (const h of sorted) {
    let d = h - prev;
    prev = h;
    while (d >= 0x80) {
      bytes[n++] = (d & 0x7f) | 0x80;
      d = Math.floor(d / 128);
    }
    bytes[n++] = d;
  }
  return { data: toBase64(bytes.subarray(0, n)), count: sorted.length };
}

export function decodeHashes(data: string, count: number): Uint32Array {
  const bytes = fromBase64(data);
  const out = new Uint32Array(count);
  let pos = 0;
  let prev = 0;
  for (let i = 0; i < count; i++) {
    let d = 0;
    let mul = 1;
    for (;;) {
      const b = bytes[pos++];
      if (b === undefined) throw new Error('detect: truncated prefilter hash data');
      d += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 128;
    }
    prev += d;
    out[i] = prev;
  }
  return out;
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

function fromBase64(s: string): Uint8Array {
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
