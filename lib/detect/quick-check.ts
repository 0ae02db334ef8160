// The content script's fast path. Most blocks of page text mention no paper, and folding them
// into a NormalizedText (three arrays and a string) just to find nothing was half of the
// detector's time. QuickCheck folds exactly as normalizeText does (same tables, same rules) but
// keeps only the last 64 stream positions in ring buffers and probes the prefilter as it goes:
// no allocation, and it stops at the first hit. It answers "would scanCandidates (given the
// source text) propose anything?"; only blocks where it says yes take the full path.
//
// It is fed one text node at a time (a block of prose is split across <em>, <a>...), so the
// page walk never builds a block's string unless the block may mention a paper. Fed in pieces it
// may say yes where the joined text would not (a hyphen at the very end of a piece might be a
// line-end hyphenation that joins the next piece), never the reverse. Property tests check both.

import {
  ASCII,
  DASH,
  DROP,
  foldWide,
  hyphenationEnd,
  JOINED,
  LOWER,
  normalizeText,
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
const CAPITAL = 4; // added to a wordStart value when the source char is a capital

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

/** Does a short char run after `i` reach the end of `s` with nothing but spaces? */
function onlySpacesAfter(s: string, i: number): boolean {
  for (let j = i + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (!(c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12 || c === 11)) return false;
  }
  return true;
}

export class QuickCheck {
  private readonly prefix = new Int32Array(RING); // prefix[p & MASK] = hash of stream[0, p)
  private readonly starts = new Uint8Array(RING); // wordStart of stream char p, +CAPITAL
  private p = 0; // stream length
  private h = 0; // hash of the whole stream
  private lastCap = -RING; // stream position of the last capital word start
  private pending = WORD_START;
  private readonly lens: Int32Array;
  /** True when only short names can end a match and they all start with a capital. */
  private readonly capOnly: boolean;

  constructor(readonly ix: PrefilterIndex) {
    this.lens = lengthsOf(ix);
    this.capOnly = ix.shortsUpper && !ix.lenFlags.some((f) => (f & 2) !== 0);
  }

  /** Starts a new block of text. */
  begin(): void {
    this.p = 0;
    this.h = 0;
    this.lastCap = -RING;
    this.pending = WORD_START;
    this.prefix[0] = 0;
  }

  /** A line break between two pieces of one block (a <br>): the next char starts a word. */
  breakLine(): void {
    this.pending = WORD_START;
  }

  /** True when some key of a short length ends at stream position `end` (a match boundary). */
  private endsAt(end: number): boolean {
    const { ix, lens, prefix, starts } = this;
    // Short names start with a capital: without a capital word start close enough, none ends here.
    if (this.capOnly && end - this.lastCap > ix.maxLen) return false;
    const { lenFlags, shortTable, titleTable, pow, shortsUpper } = ix;
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

  /** Appends one stream char; true when the prefilter hits. Used for non-ASCII folds; the ASCII
   * path in feed() does the same inline, with the state in locals. */
  private push(code: number, w: number): boolean {
    const p = this.p;
    if ((w & 3) !== JOINED && p > 0 && this.endsAt(p)) return true;
    this.starts[p & MASK] = w;
    if (w & CAPITAL) this.lastCap = p;
    const h = (Math.imul(this.h, BASE) + code) | 0;
    this.h = h;
    this.p = p + 1;
    this.prefix[(p + 1) & MASK] = h;
    const { k, titleTable, pow } = this.ix;
    if (p + 1 >= k && titleTable.length > 0) {
      const start = p + 1 - k;
      if (((this.starts[start & MASK] as number) & 3) === WORD_START) {
        return has(
          titleTable,
          hashFinal((h - Math.imul(this.prefix[start & MASK] as number, pow[k] as number)) | 0, k),
        );
      }
    }
    return false;
  }

  /**
   * Folds `s` onto the stream; true when the prefilter hits. With `last` false, a hyphen or a
   * surrogate at the end of `s` that the next piece could complete also answers true.
   */
  feed(s: string, last = false): boolean {
    if (this.ix.maxLen === 0) return false;
    const { prefix, starts, ix, capOnly } = this;
    const { k, titleTable, maxLen } = ix;
    const powK = ix.pow[k] as number;
    const titles = titleTable.length > 0;
    let p = this.p;
    let h = this.h;
    let lastCap = this.lastCap;
    let pending = this.pending;
    const n = s.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 128) {
        const cls = ASCII[c];
        if (cls === LOWER || cls === UPPER) {
          const w = cls === UPPER && pending === WORD_START ? WORD_START | CAPITAL : pending;
          // Inlined push(): this is the loop every character of the page goes through.
          if (w !== JOINED && p > 0 && !(capOnly && p - lastCap > maxLen)) {
            this.p = p;
            this.lastCap = lastCap;
            if (this.endsAt(p)) return true;
          }
          starts[p & MASK] = w;
          if (w & CAPITAL) lastCap = p;
          h = (Math.imul(h, BASE) + (cls === UPPER ? c + 32 : c)) | 0;
          p++;
          prefix[p & MASK] = h;
          if (titles && p >= k) {
            const start = p - k;
            if (((starts[start & MASK] as number) & 3) === WORD_START) {
              const hv = hashFinal((h - Math.imul(prefix[start & MASK] as number, powK)) | 0, k);
              if (has(titleTable, hv)) return true;
            }
          }
          pending = JOINED;
        } else if (cls === DROP) {
          if (c === 39 || c === 96) pending = pending === JOINED ? SOFT : pending;
        } else if (cls === DASH) {
          // "Effi-" then "\ncient" in the next piece is one word: only the joined text can tell.
          if (!last && onlySpacesAfter(s, i)) return true;
          const j = hyphenationEnd(s, i);
          if (j < 0) pending = WORD_START;
          else i = j - 1;
        } else pending = WORD_START;
        continue;
      }
      // A surrogate pair or a line-end hyphenation (U+2010) the next piece may complete.
      if (!last && ((c >= 0xd800 && c <= 0xdbff && i === n - 1) || (c === 0x2010 && onlySpacesAfter(s, i)))) {
        return true;
      }
      const src = i;
      foldWide(s, i, pending);
      i = wide.next;
      pending = wide.pending;
      const f = wide.letters;
      if (f !== '') {
        this.p = p;
        this.h = h;
        this.lastCap = lastCap;
        for (let x = 0; x < f.length; x++) {
          const w = x === 0 && pending === WORD_START && isUpperAt(s, src) ? WORD_START | CAPITAL : pending;
          if (this.push(f.charCodeAt(x), w)) return true;
          pending = JOINED;
        }
        p = this.p;
        h = this.h;
        lastCap = this.lastCap;
      }
    }
    this.p = p;
    this.h = h;
    this.lastCap = lastCap;
    this.pending = pending;
    return false;
  }

  /** Ends the block: true when a key ends at its end. */
  end(): boolean {
    return this.p > 0 && this.endsAt(this.p);
  }
}

const checks = new WeakMap<PrefilterIndex, QuickCheck>();

/** Would scanCandidates propose anything in `s`? (One block of text, whole.) */
export function mayHaveCandidates(ix: PrefilterIndex, s: string): boolean {
  let qc = checks.get(ix);
  if (!qc) {
    qc = new QuickCheck(ix);
    checks.set(ix, qc);
  }
  qc.begin();
  return qc.feed(s, true) || qc.end();
}

// One piece for every branch of the fold: ASCII letters, capitals, quotes, TeX markup, dashes,
// a line-end hyphenation, accents, compatibility forms, surrogate pairs, separators.
const WARM_UP = [
  'Mixture-of-Experts',
  'GLUE’s',
  "it's `x`",
  'Effi-\ncient',
  'Café Ａ ﬁ',
  'Co$^4$',
  'x\u2010\ny',
  '😀 𝐀',
  'a — b',
  '(2021) [3].',
];

/**
 * Runs the fold once over every kind of character, so V8 has type feedback for every branch
 * before it optimises feed() and normalizeText(). Without it, the first accent or hyphen of a
 * page deoptimised both (seen with --trace-deopt), and the page's text was folded by slower
 * code while they were recompiled. Costs a fraction of a millisecond, once per content script.
 */
export function warmUp(qc: QuickCheck): void {
  for (let round = 0; round < 2; round++) {
    for (const piece of WARM_UP) {
      qc.begin();
      if (!qc.feed(piece, round === 1)) qc.end();
      normalizeText(piece);
    }
  }
}
