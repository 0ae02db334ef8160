// The detector's fast path (run in the background by findInBlocks). Most blocks of page text
// mention no paper, and folding them
// into a NormalizedText (three arrays and a string) just to find nothing was half of the
// detector's time. QuickCheck folds exactly as normalizeText does (same tables, same rules) but
// keeps only the last 64 stream positions in ring buffers and probes the prefilter as it goes:
// no allocation, and it stops at the first hit. It answers "would scanCandidates (given the
// source text) propose anything?"; only blocks where it says yes take the full path.
//
// It reads one whole block at a time: findInBlocks has the block's text joined across inline
// elements, so a word split by markup ("Light<b>Glue</b>") or a line-end hyphenation is whole.
// Seams ("#402ARES", see SEAM in lib/text/normalize) count as word starts, as in the full path.

import {
  ASCII,
  DASH,
  DROP,
  foldWide,
  hyphenationEnd,
  JOINED,
  LOWER,
  SOFT,
  seamBefore,
  UPPER,
  WORD_START,
  wide,
} from '../text/normalize';
import { caseFits, caseMask } from './case-mask';
import { hashFinal } from './hash';
import { has, hasFitting, hashSetSize } from './hash-set';
import { isUpperAt, type PrefilterIndex } from './prefilter';

const BASE = 0x01000193;
const RING = 64; // more word starts than fit in the longest key the prefilter probes (32 chars)
const MASK = RING - 1;
const NEVER = -1;

// ASCII letters and digits folded (A-Z lower-cased), 0 for every other ASCII char.
const FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (ASCII[c] === LOWER) FOLD[c] = c;
  else if (ASCII[c] === UPPER) FOLD[c] = c + 32;
}

// Per character, the loop only folds and updates the running hash. Word starts (a key can only
// begin at one) are kept in a ring with the hash of the stream before them, so everything
// else runs once per word: the title prefix probe k chars after each word start, and at each
// word end the probes of the short lengths that reach back to a recent word start. (The hash
// of stream[a, b) is H(b) - H(a) * B^(b-a); H(b) is the running hash when b is reached.)
export class QuickCheck {
  private readonly wordPos = new Int32Array(RING); // stream positions of the last word starts
  private readonly wordHash = new Int32Array(RING); // hash of the stream before each of them
  private readonly wordCap = new Uint8Array(RING); // 1 when that word start is a capital
  private readonly wordSrc = new Int32Array(RING); // index in the text of each word start
  private text = ''; // the block being checked
  private lastEnd = 0; // index in it just after the last letter or digit appended
  private words = 0; // word starts so far (ring index = words & MASK)
  private probeWord = 0; // the first word start whose title prefix is not probed yet
  private probeAt = NEVER; // stream length at which to probe it
  private p = 0; // stream length
  private h = 0; // hash of the whole stream
  private lastCap = -RING; // stream position of the last capital word start
  /** True when only short names can end a match and they all start with a capital. */
  private readonly capOnly: boolean;
  private readonly titles: boolean;

  constructor(readonly ix: PrefilterIndex) {
    this.capOnly = ix.shortsUpper && !ix.lenFlags.some((f) => (f & 2) !== 0);
    this.titles = hashSetSize(ix.titleTable) > 0;
  }

  /** Would scanCandidates propose anything in the block `s`? */
  check(s: string): boolean {
    this.p = 0;
    this.h = 0;
    this.lastCap = -RING;
    this.words = 0;
    this.probeWord = 0;
    this.probeAt = NEVER;
    this.lastEnd = 0;
    // A key may end at the end of the block.
    return this.fold(s) || (this.p > 0 && this.endsAt(this.p, this.h));
  }

  /** True when some key of a short length ends at stream position `end` (a match boundary);
   * `hEnd` is the hash of the stream up to there. */
  private endsAt(end: number, hEnd: number): boolean {
    const { ix, wordPos, wordHash, wordCap } = this;
    const { lenFlags, shortTable, titleTable, pow, shortsUpper, maxLen } = ix;
    // Short names start with a capital: without a capital word start close enough, none ends here.
    if (this.capOnly && end - this.lastCap > maxLen) return false;
    const last = this.words - 1;
    for (let x = last; x >= 0 && x > last - RING; x--) {
      const len = end - (wordPos[x & MASK] as number);
      if (len > maxLen) break;
      const f = lenFlags[len] as number;
      const shortHere = f & 1 && (!shortsUpper || wordCap[x & MASK] === 1);
      if (!shortHere && !(f & 2)) continue;
      const hv = hashFinal((hEnd - Math.imul(wordHash[x & MASK] as number, pow[len] as number)) | 0, len);
      if (shortHere && has(shortTable, hv) && this.caseCouldFit(x, hv)) return true;
      if (f & 2 && has(titleTable, hv)) return true;
    }
    return false;
  }

  /** Can the span from word start x to the last letter be a short name with hash hv, casing
   * included? */
  private caseCouldFit(x: number, hv: number): boolean {
    const found = caseMask(this.text, this.wordSrc[x & MASK] as number, this.lastEnd);
    return hasFitting(this.ix.shortTable, hv, (wanted) => caseFits(found, wanted));
  }

  /** Records a word start at stream position p, where the stream's hash is h, from index src of
   * the text. */
  private startWord(p: number, h: number, capital: boolean, src: number): void {
    const x = this.words++;
    this.wordPos[x & MASK] = p;
    this.wordSrc[x & MASK] = src;
    this.wordHash[x & MASK] = h;
    this.wordCap[x & MASK] = capital ? 1 : 0;
    if (capital) this.lastCap = p;
    if (this.probeAt === NEVER && this.titles) {
      this.probeWord = x;
      this.probeAt = p + this.ix.k;
    }
  }

  /** Probes the title prefix of the word start due now (stream length p, hash h); true on a hit. */
  private probeTitle(h: number): boolean {
    const { ix, wordHash } = this;
    const k = ix.k;
    const x = this.probeWord;
    const hv = hashFinal((h - Math.imul(wordHash[x & MASK] as number, ix.pow[k] as number)) | 0, k);
    const next = x + 1;
    this.probeWord = next;
    this.probeAt = next < this.words ? (this.wordPos[next & MASK] as number) + k : NEVER;
    return has(ix.titleTable, hv);
  }

  /** Appends one stream char (w: its wordStart value); true when the prefilter hits. Used for
   * non-ASCII folds; the ASCII path in fold() does the same inline, with the state in locals. */
  private push(code: number, w: number, capital: boolean, src: number): boolean {
    const p = this.p;
    if (w !== JOINED && p > 0 && this.endsAt(p, this.h)) return true;
    if (w === WORD_START) this.startWord(p, this.h, capital, src);
    this.h = (Math.imul(this.h, BASE) + code) | 0;
    this.p = p + 1;
    return this.p === this.probeAt && this.probeTitle(this.h);
  }

  /** Folds `s` onto the stream; true when the prefilter hits. */
  private fold(s: string): boolean {
    const { ix, capOnly } = this;
    const maxLen = ix.maxLen;
    if (maxLen === 0) return false;
    let p = this.p;
    let h = this.h;
    let pending = WORD_START;
    let probeAt = this.probeAt;
    let lastEnd = 0;
    this.text = s;
    const n = s.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 128) {
        const f = FOLD[c] as number;
        if (f !== 0) {
          // A seam may start or end a key, as a word start does (see SEAM).
          if (c < 97 && pending === JOINED && seamBefore(s, i, c)) pending = WORD_START;
          // Inlined push(): this is the loop every character of the page goes through.
          if (pending !== JOINED) {
            if (p > 0 && !(capOnly && p - this.lastCap > maxLen)) {
              this.p = p;
              this.lastEnd = lastEnd;
              if (this.endsAt(p, h)) return true;
            }
            if (pending === WORD_START) {
              this.startWord(p, h, f !== c, i);
              probeAt = this.probeAt;
            }
            pending = JOINED;
          }
          h = (Math.imul(h, BASE) + f) | 0;
          p++;
          lastEnd = i + 1;
          if (p === probeAt) {
            if (this.probeTitle(h)) return true;
            probeAt = this.probeAt;
          }
          continue;
        }
        const cls = ASCII[c];
        if (cls === DROP) {
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
        this.p = p;
        this.h = h;
        this.lastEnd = lastEnd;
        for (let x = 0; x < f.length; x++) {
          const capital = x === 0 && pending === WORD_START && isUpperAt(s, src);
          if (this.push(f.charCodeAt(x), pending, capital, src)) return true;
          pending = JOINED;
        }
        lastEnd = i + 1;
        p = this.p;
        h = this.h;
        probeAt = this.probeAt;
      }
    }
    this.p = p;
    this.h = h;
    this.lastEnd = lastEnd;
    return false;
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
  return qc.check(s);
}
