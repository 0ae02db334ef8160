// The prefilter: hash sets of title prefixes and short-name keys (~1 MB for 100,000 titles),
// scanned in time linear in the text and independent of the catalog size. It only proposes
// candidates; confirmCandidates checks them against the real keys.

import { caseKey, JOINED, type NormalizedText, SEAM, SOFT, titleKey, WORD_START } from '../text/normalize';
import { caseFits, caseMask } from './case-mask';
import { basePowers, hashFinal, hashKey, prefixHashes } from './hash';
import { buildHashSet, type HashSet, has, hasFitting, hashSetSize } from './hash-set';
import type { Candidate, PatternEntry } from './types';

/** Title prefix length hashed by the prefilter (in stream chars). Long enough that common
 * openings ("asurveyof") rarely hit, short enough that most titles are longer. */
export const PREFIX_K = 16;
/** The short name and the aliases of an entry: every name matched as a 'short' mention. */
export function namesOf(e: PatternEntry): string[] {
  const names = e.aliases ? [...e.aliases] : [];
  if (e.shortName) names.unshift(e.shortName);
  return names;
}

/** Keys shorter than this are noise ("a", "x"). Longer short names are not "short". */
const MIN_KEY = 2;
const MAX_SHORT_KEY = 32;

/** The prefilter's lookup structure (built by buildPrefilter). */
export interface PrefilterIndex {
  k: number;
  titleTable: HashSet;
  shortTable: HashSet;
  /** Per length: bit 1 = a short-name length, bit 2 = a short-title length. */
  lenFlags: Uint8Array;
  maxLen: number;
  maxTitleKeyLength: number;
  /** BASE^0 .. BASE^maxLen, computed once instead of per scanned block. */
  pow: Int32Array;
  /** Bitmap over headOf values (see headOf), or null to check every word start. */
  heads: Uint8Array | null;
  shortsUpper: boolean;
}

/** Is the source char at `offset` a capital letter? (The stream itself is lower-cased.) */
export function isUpperAt(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCodePoint(text.codePointAt(offset) ?? c);
  return ch !== ch.toLowerCase();
}

/** 16-bit digest of a key's first two chars. Short-name lengths cover most word lengths, so
 * without this the scanner hashed 3-4 spans at every word start; with it, only the word starts
 * that begin like some short name or short title do. */
function headOf(s: string, i: number): number {
  return (s.charCodeAt(i) * 31 + s.charCodeAt(i + 1)) & 0xffff;
}

const SHORT_LEN = 1;
const SHORT_TITLE_LEN = 2;

export function buildPrefilter(entries: readonly PatternEntry[], k = PREFIX_K): PrefilterIndex {
  const titleHashes: number[] = [];
  const shortHashes: number[] = [];
  const shortMasks: number[] = [];
  const shortLens = new Set<number>();
  const shortTitleLens = new Set<number>();
  const heads = new Set<number>();
  let maxTitleKeyLength = 0;
  let shortsUpper = true;
  for (const e of entries) {
    const key = titleKey(e.title);
    if (key.length >= MIN_KEY) {
      const len = Math.min(key.length, k);
      titleHashes.push(hashKey(key, len));
      if (key.length < k) {
        shortTitleLens.add(key.length);
        heads.add(headOf(key, 0));
      }
      maxTitleKeyLength = Math.max(maxTitleKeyLength, key.length);
    }
    for (const name of namesOf(e)) {
      const sk = titleKey(name);
      if (sk.length < MIN_KEY || sk.length > MAX_SHORT_KEY) continue;
      shortHashes.push(hashKey(sk));
      const ck = caseKey(name);
      shortMasks.push(caseMask(ck, 0, ck.length));
      if (!/^\p{Lu}/u.test(ck)) shortsUpper = false;
      shortLens.add(sk.length);
      heads.add(headOf(sk, 0));
    }
  }
  const shortLenList = [...shortLens];
  const shortTitleLenList = [...shortTitleLens];
  const maxLen = Math.max(titleHashes.length > 0 ? k : 0, ...shortLenList, ...shortTitleLenList);
  const lenFlags = new Uint8Array(maxLen + 1);
  for (const l of shortLenList) lenFlags[l] = (lenFlags[l] ?? 0) | SHORT_LEN;
  for (const l of shortTitleLenList) lenFlags[l] = (lenFlags[l] ?? 0) | SHORT_TITLE_LEN;
  return {
    k,
    titleTable: buildHashSet(titleHashes),
    shortTable: buildHashSet(shortHashes, shortMasks),
    lenFlags,
    maxLen,
    maxTitleKeyLength,
    pow: basePowers(maxLen),
    heads: headBitmap(heads),
    shortsUpper,
  };
}

function headBitmap(heads: Iterable<number>): Uint8Array {
  const bits = new Uint8Array(8192);
  for (const h of heads) bits[h >> 3] = (bits[h >> 3] ?? 0) | (1 << (h & 7));
  return bits;
}

/**
 * Proposes candidates at each word start (and seam, when `nt` marks them). With prefix hashes of
 * the stream, each lookup is O(1): one for the k-char title prefix, plus one per word end within
 * maxLen chars whose length is a known short-name or short-title length. Time is linear in the
 * text, independent of the catalog size; memory is one Int32Array of prefix hashes per call.
 */
export function scanCandidates(ix: PrefilterIndex, nt: NormalizedText, text?: string): Candidate[] {
  const { chars, wordStart } = nt;
  const { k, lenFlags, maxLen, titleTable, shortTable, pow, heads } = ix;
  const n = chars.length;
  const out: Candidate[] = [];
  if (maxLen === 0 || n === 0) return out;
  const P = prefixHashes(chars);
  // Positions where a match may end: word starts, seams, apostrophe joins and the stream end.
  const ends = new Int32Array(n + 1);
  let endCount = 0;
  for (let p = 1; p < n; p++) if (wordStart[p] !== JOINED) ends[endCount++] = p;
  ends[endCount++] = n;
  const hashAt = (i: number, len: number): number =>
    hashFinal(((P[i + len] as number) - Math.imul(P[i] as number, pow[len] as number)) | 0, len);

  let e = 0; // first entry of `ends` after the current word start
  for (let i = 0; i < n; i++) {
    if (wordStart[i] !== WORD_START && wordStart[i] !== SEAM) continue;
    while ((ends[e] as number) <= i) e++;
    let titleHit = n - i >= k && hashSetSize(titleTable) > 0 && has(titleTable, hashAt(i, k));
    // With the source text at hand, a lower-case word start cannot begin an exact-case short name.
    const shortsHere = !(ix.shortsUpper && text !== undefined && !isUpperAt(text, nt.offsets[i] as number));
    if (heads && i + 1 < n) {
      const head = headOf(chars, i);
      if (((heads[head >> 3] as number) & (1 << (head & 7))) === 0) {
        if (titleHit) out.push({ start: i, kind: 'title', probe: titleProbe(nt, i, ix.maxTitleKeyLength + 1) });
        continue;
      }
    }
    for (let j = e; j < endCount; j++) {
      const len = (ends[j] as number) - i;
      if (len > maxLen) break;
      const flags = lenFlags[len] ?? 0;
      if (flags === 0) continue;
      const h = hashAt(i, len);
      if (!titleHit && flags & SHORT_TITLE_LEN) titleHit = has(titleTable, h);
      if (shortsHere && flags & SHORT_LEN && has(shortTable, h) && caseCouldFit(ix, nt, text, i, len, h))
        out.push({ start: i, kind: 'short', probe: chars.slice(i, i + len) });
    }
    if (titleHit) out.push({ start: i, kind: 'title', probe: titleProbe(nt, i, ix.maxTitleKeyLength + 1) });
  }
  return out;
}

/** With the source text at hand, can stream chars [i, i + len) be a short name with hash h, casing
 * included? (lib/detect/case-mask: the background checks exact casing too.) */
function caseCouldFit(
  ix: PrefilterIndex,
  nt: NormalizedText,
  text: string | undefined,
  i: number,
  len: number,
  h: number,
) {
  if (text === undefined) return true;
  const found = caseMask(text, nt.offsets[i] as number, (nt.offsets[i + len - 1] as number) + 1);
  return hasFitting(ix.shortTable, h, (wanted) => caseFits(found, wanted));
}

/** Stream chars from `start` with boundary marks: ' ' before a word start, "'" before SOFT. */
export function titleProbe(nt: NormalizedText, start: number, maxChars: number): string {
  const end = Math.min(nt.chars.length, start + maxChars);
  const parts: string[] = [];
  let from = start;
  for (let p = start + 1; p < end; p++) {
    const w = nt.wordStart[p];
    if (w === JOINED) continue;
    parts.push(nt.chars.slice(from, p), w === SOFT ? "'" : ' ');
    from = p;
  }
  parts.push(nt.chars.slice(from, end));
  return parts.join('');
}
