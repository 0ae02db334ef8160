// Paper references written in prose rather than linked: "arXiv:2210.04457", DBLP's "CoRR
// abs/2103.10385", DOIs, and paper addresses typed out as text (arXiv, ar5iv, alphaXiv, Hugging
// Face Papers, OpenReview, the ACL Anthology). Exact identifiers, like links, so they need no
// evidence.

import { type PaperRef, parsePaperRef } from './links';

const ID_IN_TEXT = String.raw`(\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?`;
// "arXiv:2210.04457", and paper URLs written out as text rather than linked ("see
// arxiv.org/abs/2306.13643", a tweet's "huggingface.co/papers/…" behind a t.co link).
// Also DBLP's "CoRR abs/2103.10385" and "arXiv 2306.13643" without the colon.
const ARXIV_IN_TEXT = new RegExp(
  // "arXiv:" or "arXiv " then the id. Written so that no run of spaces can be split two ways:
  // `\s*[:\s]\s*` backtracked quadratically on "arXiv" and a long run of spaces (40,000 took 1.7 s).
  // A digit may come right before it: Hugging Face's chips of ids, links side by side with no
  // space, read "arxiv:2210.04457arxiv:2103.10385".
  String.raw`(?<![a-z_])arXiv(?:\s*:\s*|\s+)${ID_IN_TEXT}(?![\d/])` +
    String.raw`|(?<![\w.@/-])(?:https?:\/\/)?(?:www\.|export\.)?(?:arxiv\.org\/(?:abs|pdf|html)|ar5iv(?:\.labs\.arxiv)?\.org\/(?:abs|html)|alphaxiv\.org\/(?:abs|overview)|huggingface\.co\/papers)\/${ID_IN_TEXT}(?:\.pdf)?(?![\w/])` +
    String.raw`|\bCoRR,?\s+(?:vol\.\s*)?abs\/(\d{4}\.\d{4,5})(?![\d/])`,
  'gi',
);

// An OpenReview forum or PDF address written as text, as reference lists give it ("URL
// https://openreview.net/forum?id=SylzhkBtDB").
const OPENREVIEW_IN_TEXT =
  /(?<![\w.@/-])(?:https?:\/\/)?(?:www\.)?openreview\.net\/(?:forum|pdf)\?id=([A-Za-z0-9_-]{5,})(?![\w-])/gi;

// A DOI as a reference list gives it: "https://doi.org/10.18653/v1/…" (or without its scheme,
// "doi.org/10.1145/…"), "doi:10.1145/…" or bare "10.1162/tacl_a_00727" (not inside another
// address or number). It ends at the first space or bar (a Markdown table's cell); a period, comma, closing bracket or brace after
// it ends the sentence, the reference or a BibTeX field (see trimEnd).
const DOI_PREFIX = /^(?:https?:\/\/)?(?:dx\.)?(?:www\.)?doi\.org\/|^doi:\s*/i;
const DOI_IN_TEXT =
  /(?:(?<![\w.@/-])(?:https?:\/\/)?(?:dx\.)?(?:www\.)?doi\.org\/|\bdoi:\s*|(?<![\w./-]))10\.\d{4,9}\/[^\s"<>|]+/gi;
// An ACL Anthology page or PDF written as text ("aclanthology.org/2022.emnlp-main.758.pdf").
const ACL_IN_TEXT =
  /(?<![\w.@/-])(?:https?:\/\/)?(?:(?:www\.|preview\.)?aclanthology\.org|(?:www\.)?aclweb\.org\/anthology)\/[^\s"<>|]+/gi;
// A new-style arXiv id on its own, as threads and slides give it ("task vectors are cross-modal
// (2410.22330)"): a year and month (07-12 with four digits after the dot, from 15 with five) and not
// part of a longer number, version, address or date ("v1.2410.22330", "10.2410/…", "2410.22330.1").
// Only ids of catalog papers count (the caller looks them up), so a number of that shape elsewhere
// marks nothing.
const BARE_ARXIV_ID =
  /(?<![\w./:@#-])((?:0[7-9]|1[0-4])(?:0[1-9]|1[0-2])\.\d{4}|(?:1[5-9]|[2-9]\d)(?:0[1-9]|1[0-2])\.\d{5})(?:v\d+)?(?![\w/-]|\.\d)/g;
const MAY_HOLD_BARE_ID = /\d{4}\.\d{4}/;

// What ends a sentence, a reference or a BibTeX field ("url = {https://aclanthology.org/…},"), or
// closes a quote (a straight one or a backtick too: code's "doi='10.1162/…'"). A loop, not
// /[…]+$/: that expression tried every start in a long run of these characters ("10.1234/" then
// 100,000 periods took 9 s), and the background reads whole pages.
const TRAILING = new Set(".,;:)]}”’'`");
export const trimEnd = (raw: string): string => {
  let end = raw.length;
  while (end > 0 && TRAILING.has(raw[end - 1] as string)) end--;
  return raw.slice(0, end);
};

// Every form findPaperRefsInText finds holds one of these (its expressions ignore case too).
const MAY_HOLD_PAPER_REF =
  /arxiv|ar5iv|alphaxiv|huggingface\.co\/papers|corr|openreview\.net|aclanthology|aclweb|10\.\d{4}/i;

/** Could this block hold an "arXiv:<id>" or a paper URL written as text (with `bareIds`, an id on
 * its own)? A cheap, native filter; findPaperRefsInText decides. */
export function mayHoldPaperRef(text: string, { bareIds = false } = {}): boolean {
  return MAY_HOLD_PAPER_REF.test(text) || (bareIds && MAY_HOLD_BARE_ID.test(text));
}

/** "arXiv:2210.04457", "arXiv:2210.04457v2", "arXiv: math/0502036" and paper URLs written as
 * text ("arxiv.org/abs/2306.13643v2", "https://huggingface.co/papers/2306.13643") in prose;
 * id without version. */
export function findArxivIdsInText(text: string): Array<{ start: number; end: number; id: string }> {
  const out: Array<{ start: number; end: number; id: string }> = [];
  for (const m of text.matchAll(ARXIV_IN_TEXT)) {
    const id = m[1] ?? m[2] ?? m[3];
    if (id !== undefined) out.push({ start: m.index, end: m.index + m[0].length, id });
  }
  return out;
}

export interface RefInText {
  start: number;
  end: number;
  ref: PaperRef;
}

/** findArxivIdsInText's forms, DOIs, and OpenReview and ACL Anthology addresses written as text,
 * in the order they appear; with `bareIds`, new-style arXiv ids on their own too (the detector
 * looks them up in the catalog; a search box has its own reading of a pasted id). */
export function findPaperRefsInText(text: string, { bareIds = false } = {}): RefInText[] {
  const out: RefInText[] = findArxivIdsInText(text).map(({ start, end, id }) => ({
    start,
    end,
    ref: { kind: 'arxiv', id },
  }));
  if (bareIds && MAY_HOLD_BARE_ID.test(text)) {
    for (const m of text.matchAll(BARE_ARXIV_ID)) {
      out.push({ start: m.index, end: m.index + m[0].length, ref: { kind: 'arxiv', id: m[1] as string } });
    }
  }
  for (const m of text.matchAll(OPENREVIEW_IN_TEXT)) {
    if (m[1] !== undefined)
      out.push({ start: m.index, end: m.index + m[0].length, ref: { kind: 'openreview', id: m[1] } });
  }
  const addresses = (re: RegExp, url: (raw: string) => string) => {
    for (const m of text.matchAll(re)) {
      const raw = trimEnd(m[0]);
      const ref = parsePaperRef(url(raw));
      if (ref) out.push({ start: m.index, end: m.index + raw.length, ref });
    }
  };
  addresses(DOI_IN_TEXT, (raw) => `https://doi.org/${raw.replace(DOI_PREFIX, '')}`);
  addresses(ACL_IN_TEXT, (raw) => (/^https?:/i.test(raw) ? raw : `https://${raw}`));
  // One span per place: an address that holds another form ("doi.org/10.48550/arXiv.…") once.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  let end = 0;
  return out.filter((r) => {
    if (r.start < end) return false;
    end = r.end;
    return true;
  });
}
