// Text folding into the "match stream": letters and digits only, case- and accent-folded,
// with word-boundary flags and a map back to the original string. Everything the detector
// compares (titles, short names, page text) goes through here, so both sides fold identically.

import { isCjk } from './cjk';
import { SEAM, seamBefore } from './seam';
import { ZERO_WIDTH } from './zero-width';

/** wordStart values. SOFT marks a char joined across an apostrophe ("GLUE’s"): not a word start,
 * but acceptable as the end of a match so possessives still match. */
export const JOINED = 0;
export const WORD_START = 1;
export const SOFT = 2;
export { SEAM, seamBefore } from './seam';

export interface NormalizedText {
  /** Folded letters and digits only. */
  chars: string;
  /** Per char of `chars`: WORD_START when a separator preceded it in the original (or it is first),
   * SEAM at a seam (only with the `seams` option), SOFT after an apostrophe, else JOINED. */
  wordStart: Uint8Array;
  /** Per char of `chars`: index in the original string of the code unit that produced it. */
  offsets: Int32Array;
}

// ASCII classes, looked up per code unit so the common case never touches Unicode tables.
// 0: separator (the default of the table).
export const LOWER = 1; // a-z, 0-9: copied as is
export const UPPER = 2; // A-Z: +32
export const DROP = 3; // dropped without a boundary: quotes, TeX markup
export const DASH = 4; // separator unless it is a line-end hyphenation
/** Per ASCII code unit: 0 separator, or LOWER / UPPER / DROP / DASH. Shared with lib/detect/quick-check. */
export const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = LOWER;
for (let c = 97; c <= 122; c++) ASCII[c] = LOWER;
for (let c = 65; c <= 90; c++) ASCII[c] = UPPER;
for (const ch of "'`$^\\{}") ASCII[ch.charCodeAt(0)] = DROP;
ASCII[45] = DASH;

// Non-ASCII chars dropped without a boundary: apostrophes, soft hyphen, zero-width chars.
const DROP_CHARS = new Set([0x2019, 0x2018, 0x00b4, 0x02bc, 0x2032, ...ZERO_WIDTH]);
export const HYPHEN = 0x2010;

// Folded form per non-ASCII code point: '' = drop, SEP_MARK = separator, else letters/digits.
// Cached so a page of Greek or CJK text pays for normalize() once per distinct code point.
export const SEP_MARK = ' ';
const foldCache = new Map<number, string>();
const MARK = /\p{M}/u;
const NOT_ALNUM = /[^\p{L}\p{N}]/gu;

export function foldCodePoint(cp: number): string {
  let f = foldCache.get(cp);
  if (f !== undefined) return f;
  if (DROP_CHARS.has(cp)) f = '';
  else if (isCjk(cp)) f = SEP_MARK;
  else {
    const ch = String.fromCodePoint(cp);
    // Combining marks (decomposed accents) belong to the previous letter: drop, no boundary.
    if (MARK.test(ch)) f = '';
    else {
      // NFKD twice around lower-casing: compatibility forms (⁴, ﬁ, Ａ) first, then lower-case
      // results that decompose again (İ -> i + dot).
      const folded = ch.normalize('NFKD').toLowerCase().normalize('NFKD').replace(NOT_ALNUM, '');
      f = folded === '' ? SEP_MARK : folded;
    }
  }
  if (foldCache.size < 65536) foldCache.set(cp, f);
  return f;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12 || c === 11;
}

/** Index after a line-end hyphenation's whitespace ("Effi-\ncient"), or -1 if `i` is not one. */
export function hyphenationEnd(s: string, i: number): number {
  let j = i + 1;
  let sawBreak = false;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (!isSpace(c)) break;
    if (c === 10 || c === 13) sawBreak = true;
    j++;
  }
  return sawBreak && j < s.length ? j : -1;
}

/** Result of foldWide, reused so the per-character loops allocate nothing. */
export const wide = { next: 0, pending: WORD_START as number, letters: '' };

/**
 * Folds the non-ASCII character at s[i] (a surrogate pair reads as one): sets `wide.next` to the
 * index of its last code unit (or of a line-end hyphenation's whitespace), `wide.pending` to the
 * wordStart state for what follows, and `wide.letters` to what it yields ('' for none). Shared
 * by normalizeText and the detector's fast path (lib/detect/quick-check) so both fold alike.
 */
export function foldWide(s: string, i: number, pending: number): void {
  const c = s.charCodeAt(i);
  wide.letters = '';
  wide.pending = pending;
  wide.next = i;
  if (c === HYPHEN) {
    const j = hyphenationEnd(s, i);
    if (j < 0) wide.pending = WORD_START;
    else wide.next = j - 1;
    return;
  }
  let cp = c;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const lo = s.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) {
      cp = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
      wide.next = i + 1;
    }
  }
  const f = foldCodePoint(cp);
  if (f === SEP_MARK) wide.pending = WORD_START;
  else if (f === '') {
    if ((cp === 0x2019 || cp === 0x2018 || cp === 0x02bc) && pending === JOINED) wide.pending = SOFT;
  } else wide.letters = f;
}

/** Folds `s` into the match stream in one pass; `seams`: mark seams (see SEAM). */
export function normalizeText(s: string, seams = false): NormalizedText {
  const n = s.length;
  let cap = n + 16;
  let codes = new Uint16Array(cap);
  let starts = new Uint8Array(cap);
  let offs = new Int32Array(cap);
  let len = 0;
  // What the next emitted char gets: a boundary before the first char, SOFT after an apostrophe.
  let pending = WORD_START;

  // No emit() closure: a closure that reassigns these variables forces them into a heap context,
  // and every access in this per-character loop paid for it. Capacity instead keeps an
  // invariant: cap >= len + (chars left) + 16, so an ASCII char (at most one out per one in)
  // never needs a check; only a multi-char fold ("ﬁ" -> "fi") may grow the buffers.
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const cls = ASCII[c];
      if (cls === LOWER || cls === UPPER) {
        codes[len] = cls === UPPER ? c + 32 : c;
        if (c < 97 && seams && pending === JOINED && seamBefore(s, i, c)) pending = SEAM;
        starts[len] = pending;
        offs[len] = i;
        len++;
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
      const need = len + f.length + (n - i) + 16;
      if (need > cap) {
        cap = Math.max(cap * 2, need);
        const c2 = new Uint16Array(cap);
        c2.set(codes.subarray(0, len));
        codes = c2;
        const s2 = new Uint8Array(cap);
        s2.set(starts.subarray(0, len));
        starts = s2;
        const o2 = new Int32Array(cap);
        o2.set(offs.subarray(0, len));
        offs = o2;
      }
      for (let k = 0; k < f.length; k++) {
        codes[len] = f.charCodeAt(k);
        starts[len] = pending;
        offs[len] = src;
        len++;
        pending = JOINED;
      }
    }
  }

  // Views, not copies: this runs once per block of page text, and copying was measurable.
  return {
    chars: codesToString(codes, len),
    wordStart: starts.subarray(0, len),
    offsets: offs.subarray(0, len),
  };
}

function codesToString(codes: Uint16Array, len: number): string {
  if (len <= 8192) return String.fromCharCode.apply(null, codes.subarray(0, len) as unknown as number[]);
  const parts: string[] = [];
  // Chunked: fromCharCode.apply has an argument-count limit. Typed subarrays go straight to
  // apply (array-likes); Array.from here was a third of normalizeText's time on large pages.
  for (let i = 0; i < len; i += 8192) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(len, i + 8192)) as unknown as number[]));
  }
  return parts.join('');
}

/** The folded alnum key of a title or name: what the prefilter and confirmation compare. */
export function titleKey(s: string): string {
  return normalizeText(s).chars;
}

/** Letters and digits with case kept (accents and compatibility forms still folded). Used to
 * check short names with exact casing: caseKey('ST‑MoE') === caseKey('ST-MoE'). */
export function caseKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Span in the original string of stream chars [start, start + length). The end is extended over
 * the rest of a surrogate pair and any combining marks, so the slice shows whole characters.
 */
export function sourceSpan(text: string, nt: NormalizedText, start: number, length: number): [number, number] {
  const from = nt.offsets[start] ?? 0;
  let end = (nt.offsets[start + length - 1] ?? from) + 1;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if ((c >= 0xdc00 && c <= 0xdfff) || MARK.test(text[end] ?? '')) end++;
    else break;
  }
  return [from, end];
}
