// The content script's fast path. Most blocks of page text mention no paper, and folding them
// into a NormalizedText (three arrays and a string) just to find nothing was half of the
// detector's time. This pass folds exactly as normalizeText does (same tables, same rules) but
// keeps only the last 64 stream positions in ring buffers and probes the prefilter as it goes:
// no allocation, and it stops at the first hit. It answers "would scanCandidates (given the
// source text) propose anything?"; only blocks where it says yes take the full path. A property
// test checks that both always agree.

import {
  ASCII,
  DASH,
  DROP,
  foldWide,
  hyphenationEnd,
  JOINED,
  LOWER,
  SOFT,
  UPPER,
  WORD_START,
  wide,
} from '../text/normalize';
import { hashFinal } from './hash';
import { has, isUpperAt, type PrefilterIndex } from './prefilter';

const BASE = 0x01000193;
const RING = 64; // > the longest key the prefilter probes (32)
const MASK = RING - 1;

// Reused across calls (the content script scans thousands of blocks), and kept in typed arrays
// rather than variables captured by closures, which the per-character loop pays for.
const prefix = new Int32Array(RING); // prefix[p & MASK] = hash of stream[0, p)
const starts = new Uint8Array(RING); // wordStart of stream char p, +4 when its source char is a capital
// [stream length, hash of the whole stream, last capital word start, 1 when short matches need a capital start]
const state = new Int32Array(4);
const CAPITAL = 4;

/** True when some key of a short length ends at stream position `end` (a match boundary). */
function endsAt(ix: PrefilterIndex, lens: Int32Array, end: number): boolean {
  const { lenFlags, shortTable, titleTable, pow, shortsUpper } = ix;
  // The common case: no short titles, and no capitalised word start close enough to begin a
  // short name that ends here (short names start with a capital). Nothing can end here.
  if (state[3] === 1 && end - (state[2] as number) > ix.maxLen) return false;
  for (let x = 0; x < lens.length; x++) {
    const len = lens[x] as number;
    if (len > end) break;
    const start = end - len;
    const w = starts[start & MASK] as number;
    if ((w & 3) !== WORD_START) continue;
    const f = lenFlags[len] as number;
    const shortHere = f & 1 && (!shortsUpper || w & CAPITAL);
    if (!shortHere && !(f & 2)) continue;
    const hv = hashFinal(
      ((prefix[end & MASK] as number) - Math.imul(prefix[start & MASK] as number, pow[len] as number)) | 0,
      len,
    );
    if (shortHere && has(shortTable, hv)) return true;
    if (f & 2 && has(titleTable, hv)) return true;
  }
  return false;
}

/** Append one stream char; true when the prefilter hits. */
function push(ix: PrefilterIndex, lens: Int32Array, code: number, w: number): boolean {
  const p = state[0] as number;
  if ((w & 3) !== JOINED && p > 0 && endsAt(ix, lens, p)) return true;
  starts[p & MASK] = w;
  if (w & CAPITAL) state[2] = p;
  const h = (Math.imul(state[1] as number, BASE) + code) | 0;
  state[1] = h;
  state[0] = p + 1;
  prefix[(p + 1) & MASK] = h;
  const k = ix.k;
  if (p + 1 >= k && ix.titleTable.length > 0) {
    const start = p + 1 - k;
    if (((starts[start & MASK] as number) & 3) === WORD_START) {
      const hv = hashFinal((h - Math.imul(prefix[start & MASK] as number, ix.pow[k] as number)) | 0, k);
      if (has(ix.titleTable, hv)) return true;
    }
  }
  return false;
}

const shortTitleCache = new WeakMap<PrefilterIndex, boolean>();
function hasShortTitles(ix: PrefilterIndex): boolean {
  let yes = shortTitleCache.get(ix);
  if (yes === undefined) {
    yes = ix.lenFlags.some((f) => (f & 2) !== 0);
    shortTitleCache.set(ix, yes);
  }
  return yes;
}

const lensCache = new WeakMap<PrefilterIndex, Int32Array>();
function lengthsOf(ix: PrefilterIndex): Int32Array {
  let lens = lensCache.get(ix);
  if (!lens) {
    const list: number[] = [];
    for (let l = 1; l <= ix.maxLen; l++) if (ix.lenFlags[l]) list.push(l);
    lens = Int32Array.from(list);
    lensCache.set(ix, lens);
  }
  return lens;
}

export function mayHaveCandidates(ix: PrefilterIndex, s: string): boolean {
  if (ix.maxLen === 0) return false;
  const lens = lengthsOf(ix);
  state[0] = 0;
  state[1] = 0;
  state[2] = -RING;
  state[3] = ix.shortsUpper && !hasShortTitles(ix) ? 1 : 0;
  prefix[0] = 0;
  let pending = WORD_START;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const cls = ASCII[c];
      if (cls === LOWER || cls === UPPER) {
        const w = cls === UPPER && pending === WORD_START ? WORD_START | CAPITAL : pending;
        if (push(ix, lens, cls === UPPER ? c + 32 : c, w)) return true;
        pending = JOINED;
      } else if (cls === DROP) {
        if (c === 39 || c === 96) pending = pending === JOINED ? SOFT : pending;
      } else if (cls === DASH) {
        const j = hyphenationEnd(s, i);
        if (j < 0) pending = WORD_START;
        else i = j - 1;
      } else pending = WORD_START;
      continue;
    }
    const src = i;
    foldWide(s, i, pending);
    i = wide.next;
    pending = wide.pending;
    const f = wide.letters;
    if (f !== '') {
      for (let x = 0; x < f.length; x++) {
        const w = x === 0 && pending === WORD_START && isUpperAt(s, src) ? WORD_START | CAPITAL : pending;
        if (push(ix, lens, f.charCodeAt(x), w)) return true;
        pending = JOINED;
      }
    }
  }
  const p = state[0] as number;
  return p > 0 && endsAt(ix, lens, p);
}
