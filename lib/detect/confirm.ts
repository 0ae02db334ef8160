// Background confirmation of prefilter candidates against the full catalog keys. Exact string
// comparison here removes prefilter hash collisions and enforces the end-of-match boundary.

import { caseKey, normalizeText, titleKey, WORD_START } from '../text/normalize';
import { isShortTitle } from './casual-titles';
import { namesOf, PREFIX_K } from './prefilter';
import type { Confirmed, PatternEntry, Probe } from './types';

interface TitleRec {
  paperId: string;
  key: string;
  /** The title's closing "?", "!" or ")" ("… adaptive weights (CLAW)"), which the key (letters and
   * digits) leaves out. */
  closing?: string;
  /** A naming subtitle (subtitles.ts): as the catalog writes it. */
  subtitle?: string;
  /** A short title, as the catalog writes it (casual-titles.ts). */
  written?: string;
}

interface ShortRec {
  paperId: string;
  /** The name as the paper writes it: its short name or one of its aliases. */
  shortName: string;
  caseKey: string;
  breaks: string;
  year?: number;
  author?: string;
}

/** Where a name's words start inside it ("ST-MoE" -> "2", "LightGlue" -> ""): a page's "Super
 * Glue" (the adhesive) has the letters and casing of SuperGlue but a break SuperGlue lacks. */
function wordBreaks(s: string): string {
  const { wordStart } = normalizeText(s);
  const at: number[] = [];
  for (let i = 1; i < wordStart.length; i++) if (wordStart[i] === WORD_START) at.push(i);
  return at.join(',');
}

export interface ConfirmIndex {
  k: number;
  /** First k key chars (or the whole key when shorter) -> titles, longest key first. */
  titles: Map<string, TitleRec[]>;
  /** Distinct lengths of keys shorter than k, longest first. */
  shortTitleLens: number[];
  /** Folded short-name key -> every paper using it, in any casing. */
  shorts: Map<string, ShortRec[]>;
}

export function buildConfirmIndex(entries: readonly PatternEntry[], k = PREFIX_K): ConfirmIndex {
  const titles = new Map<string, TitleRec[]>();
  const shorts = new Map<string, ShortRec[]>();
  const lens = new Set<number>();
  for (const e of entries) {
    const key = titleKey(e.title);
    if (key.length >= 2) {
      const bucketKey = key.slice(0, k);
      const bucket = titles.get(bucketKey) ?? [];
      const closing = /[?!)]+$/.exec(e.title)?.[0];
      bucket.push({
        paperId: e.id,
        key,
        ...(closing && { closing }),
        ...(e.subtitle && { subtitle: e.title }),
        ...(!e.subtitle && isShortTitle(e.title) && { written: e.title }),
      });
      titles.set(bucketKey, bucket);
      if (key.length < k) lens.add(key.length);
    }
    for (const name of namesOf(e)) {
      const sk = titleKey(name);
      if (sk.length < 2) continue;
      const bucket = shorts.get(sk) ?? [];
      bucket.push({
        paperId: e.id,
        shortName: name,
        caseKey: caseKey(name),
        breaks: wordBreaks(name),
        ...(e.year !== undefined && { year: e.year }),
        ...(e.author !== undefined && { author: e.author }),
      });
      shorts.set(sk, bucket);
    }
  }
  // Longest first: "ERNIE 3.0 Titan: ..." must win over "ERNIE 3.0: ..." when both match.
  for (const bucket of titles.values()) bucket.sort((a, b) => b.key.length - a.key.length);
  return { k, titles, shortTitleLens: [...lens].sort((a, b) => b - a), shorts };
}

/** Splits a title probe into stream chars and "may a match end before char p" flags. */
function parseProbe(probe: string): { s: string; boundary: Uint8Array } {
  let s = '';
  const boundary = new Uint8Array(probe.length + 1);
  let mark = 0;
  for (const ch of probe) {
    if (ch === ' ' || ch === "'") {
      mark = 1;
      continue;
    }
    boundary[s.length] = mark;
    mark = 0;
    s += ch;
  }
  // The probe is cut at maxTitleKeyLength + 1 chars, so no title can end at its last char
  // unless the stream itself ended there: its end is always a boundary.
  boundary[s.length] = 1;
  return { s, boundary };
}

const titleHit = (rec: TitleRec, length: number): Confirmed => ({
  paperId: rec.paperId,
  length,
  kind: 'title',
  ...(rec.closing && { closing: rec.closing }),
  ...(rec.subtitle !== undefined && { subtitle: rec.subtitle }),
  ...(rec.written !== undefined && { written: rec.written }),
});

function confirmTitle(ix: ConfirmIndex, probe: string): Confirmed | null {
  const { s, boundary } = parseProbe(probe);
  if (s.length >= ix.k) {
    const bucket = ix.titles.get(s.slice(0, ix.k)) ?? [];
    for (const rec of bucket) {
      if (boundary[rec.key.length] === 1 && s.startsWith(rec.key)) {
        return titleHit(rec, rec.key.length);
      }
    }
    // A long title run into the next word with no space: a chip after a card's title ("… Language
    // Modelscs.CR"). Only where no title ends on a word boundary; the page checks the seam.
    const glued = bucket.find((rec) => s.startsWith(rec.key));
    if (glued) return { ...titleHit(glued, glued.key.length), glued: true };
    const cut = cutTitle(bucket, s);
    if (cut) return { ...titleHit(cut.rec, cut.length), cut: true };
  }
  for (const len of ix.shortTitleLens) {
    if (len > s.length || boundary[len] !== 1) continue;
    const rec = ix.titles.get(s.slice(0, len))?.find((r) => r.key.length === len);
    if (rec) return titleHit(rec, len);
  }
  return null;
}

/** A title cut short needs this much of its key, and at least CUT_SHARE of it. */
const MIN_CUT = 24;
const CUT_SHARE = 0.6;

/**
 * The one title of `bucket` that `s` starts with most of, where a link card or a result list cut
 * it short ("… Self-Evolution: A Case Study…", "… for Building Autono…"): the probe has no "…"
 * (letters only), so toMentions keeps the match only where the text has one right there. Two
 * titles that share the part shown name neither.
 */
function cutTitle(bucket: readonly TitleRec[], s: string): { rec: TitleRec; length: number } | null {
  let best: { rec: TitleRec; length: number } | null = null;
  let tie = false;
  for (const rec of bucket) {
    let n = 0;
    const max = Math.min(rec.key.length - 1, s.length);
    while (n < max && s.charCodeAt(n) === rec.key.charCodeAt(n)) n++;
    if (n < MIN_CUT || n < CUT_SHARE * rec.key.length) continue;
    if (best && n === best.length) tie = true;
    else if (!best || n > best.length) {
      best = { rec, length: n };
      tie = false;
    }
  }
  return tie ? null : best;
}

function confirmShort(ix: ConfirmIndex, probe: string, original: string | undefined): Confirmed | null {
  const recs = ix.shorts.get(probe);
  if (!recs) return null;
  // Short names match with exact casing ("superglue the handle" is not SuperGlue) and as written:
  // a hyphen may stand for a space ("ST MoE"), but words may not be split or joined ("Super Glue").
  const fits =
    original === undefined
      ? recs
      : recs.filter((r) => r.caseKey === caseKey(original) && r.breaks === wordBreaks(original));
  const [first, ...rest] = fits;
  if (!first) return null;
  const out: Confirmed = { paperId: first.paperId, length: probe.length, kind: 'short', shortName: first.shortName };
  if (first.year !== undefined) out.year = first.year;
  if (first.author !== undefined) out.author = first.author;
  if (rest.length > 0) out.alternatives = rest.map((r) => ({ paperId: r.paperId, shortName: r.shortName }));
  return out;
}

/**
 * Confirms probes in order. Titles: the longest catalog title that is a prefix of the probe and
 * ends on a word boundary. Short names: pass `original` (the source text of the span) to get
 * only exact-case matches; without it every paper sharing the folded key is returned
 * (first + alternatives) and the caller must compare casing itself.
 */
export function confirmCandidates(ix: ConfirmIndex, probes: readonly Probe[]): Array<Confirmed | null> {
  return probes.map((p) => (p.kind === 'title' ? confirmTitle(ix, p.probe) : confirmShort(ix, p.probe, p.original)));
}
