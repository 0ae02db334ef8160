// Glue between the two halves, for the page side: candidates -> probes to send, and confirmed
// results -> mentions located in the original text.

import { JOINED, type NormalizedText, SEAM, sourceSpan } from '../text/normalize';
import { writtenCasually } from './casual-titles';
import { standsAsTitle } from './subtitles';
import type { Candidate, Confirmed, Mention, Probe } from './types';

/** Probes for confirmCandidates; short candidates carry their original text for exact casing. */
export function toProbes(text: string, nt: NormalizedText, candidates: readonly Candidate[]): Probe[] {
  return candidates.map((c) => {
    if (c.kind === 'title') return { kind: c.kind, probe: c.probe };
    const [from, to] = sourceSpan(text, nt, c.start, c.probe.length);
    return { kind: c.kind, probe: c.probe, original: text.slice(from, to) };
  });
}

/** Where a title was cut short: "…" or "...". */
const ELLIPSIS = /…|\.\.\./u;

/** The end of the ellipsis in a cut title's span (or just after it), if it has one. */
function endOfCut(text: string, start: number, spanEnd: number): number | undefined {
  const found = ELLIPSIS.exec(text.slice(start, spanEnd + 4));
  return found ? start + found.index + found[0].length : undefined;
}

/** Mentions (original-text offsets) for the candidates that were confirmed. */
export function toMentions(
  text: string,
  nt: NormalizedText,
  candidates: readonly Candidate[],
  confirmed: ReadonlyArray<Confirmed | null>,
): Mention[] {
  if (candidates.length !== confirmed.length) throw new Error('detect: candidates and confirmations differ in length');
  const out: Mention[] = [];
  const subtitles = new Set<Mention>();
  candidates.forEach((c, i) => {
    const hit = confirmed[i];
    if (!hit) return;
    const [start, spanEnd] = sourceSpan(text, nt, c.start, hit.length);
    // A title cut short counts where the text says it was cut, and its mark ends with the "…".
    // (The letters after it may go on like the title: "Autono... more" shares "autonom".)
    const cutEnd = hit.cut ? endOfCut(text, start, spanEnd) : undefined;
    if (hit.cut && cutEnd === undefined) return;
    // "SWE-bench Goes Live!": the key ends at the last letter; the mark ends where the title does.
    const closed = hit.closing && text.startsWith(hit.closing, spanEnd) ? spanEnd + hit.closing.length : spanEnd;
    const end = cutEnd ?? closed;
    if (hit.subtitle !== undefined && !standsAsTitle(text, start, end, hit.subtitle)) return;
    const m: Mention = { paperId: hit.paperId, kind: hit.kind, start, end };
    if (hit.shortName !== undefined) m.shortName = hit.shortName;
    if (hit.year !== undefined) m.year = hit.year;
    if (hit.author !== undefined) m.author = hit.author;
    const seams = seamsOf(nt, c.start, c.start + hit.length, hit.glued);
    if (seams.length > 0) m.seams = seams;
    if (hit.glued) m.glued = true;
    if (hit.written !== undefined && writtenCasually(text.slice(start, end), hit.written)) m.casual = true;
    if (hit.subtitle !== undefined) subtitles.add(m);
    out.push(m);
  });
  // A subtitle inside its paper's whole title is that title's ("2024Cybench: A Framework …", the
  // whole title at a seam the page checks): it must not stand in for it where the seam is not.
  return subtitles.size === 0 ? out : out.filter((m) => !subtitles.has(m) || !withinItsTitle(m, out, subtitles));
}

function withinItsTitle(m: Mention, all: readonly Mention[], subtitles: ReadonlySet<Mention>): boolean {
  return all.some(
    (t) => t.kind === 'title' && !subtitles.has(t) && t.paperId === m.paperId && t.start <= m.start && m.end <= t.end,
  );
}

/** The text offsets of the seams at which stream chars [from, to) start or end (`glued`: a title
 * that ends inside a word), where a text node of the page must begin for the match to count. */
function seamsOf(nt: NormalizedText, from: number, to: number, glued = false): number[] {
  const { wordStart, offsets } = nt;
  const seams: number[] = [];
  for (const at of [from, to]) {
    const inside = at === to && glued && wordStart[at] === JOINED;
    if (at > 0 && at < wordStart.length && (wordStart[at] === SEAM || inside)) seams.push(offsets[at] as number);
  }
  return seams;
}
