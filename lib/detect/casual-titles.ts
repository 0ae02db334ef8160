// Short titles written as a sentence. A title of a few words reads like a remark of its own: "GPT
// Understands, Too" is also what someone says of a chatbot ("my kid says GPT understands too",
// "GPT understands too much of my code"), and "Task Vectors are Cross-Modal" a finding anyone may
// state. Written in the paper's own capitals (or all caps, a heading's title case) it is the title,
// as a long title in any casing is; written in small letters where the paper has capitals, it is
// the paper's only with a sign around it that a work is meant: quotes, a citation, another paper
// next to it, or the paper named elsewhere on the page (evidence.ts, shown.ts).
import { sentenceAfter, sentenceBefore } from './signs';
import type { Evidence } from './types';

/** Titles of at most this many words are short enough to be said as a sentence. */
export const CASUAL_MAX_WORDS = 4;

const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const LINE_END_HYPHEN = /[-‐\u00ad]\s*\n\s*|\u00ad/gu;

/** Is `title` short enough that its words may be a sentence? */
export function isShortTitle(title: string): boolean {
  return title.trim().split(/\s+/).length <= CASUAL_MAX_WORDS;
}

const isLower = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/**
 * Is `written` (a page's text of the title `title`) in small letters where the title has a
 * capital, past its first word? "GPT understands too" and a reference list's sentence case "GPT
 * understands, too" are (a reference has its citation around it); "GPT Understands Too" and "GPT
 * UNDERSTANDS, TOO" are not.
 */
export function writtenCasually(written: string, title: string): boolean {
  const ours = title.normalize('NFKC').match(WORDS) ?? [];
  // A word broken at a line's end ("Effi-\ncient") is one word; a ligature ("ﬃ") its letters.
  const theirs = written.normalize('NFKC').replace(LINE_END_HYPHEN, '').match(WORDS) ?? [];
  // Words split or joined differently ("Cross-Modal" against "crossmodal"): judged by the letters
  // of each, in order, as far as both go.
  const n = Math.min(ours.length, theirs.length);
  for (let i = 1; i < n; i++) {
    const a = (ours[i] as string)[0] as string;
    const b = (theirs[i] as string)[0] as string;
    if (isUpper(a) && isLower(b)) return true;
  }
  return false;
}

// Around the title: an opening quote just before it (after a space, a bracket or the block's
// start: not a possessive's "students' task vectors …"), a closing one just after it (not an
// elision's "too 'cause"), or a BibTeX field's braces ("title={GPT understands, too}").
const QUOTED_BEFORE = /(?:^|[\s([{:=])["“‘«„'`]\s*$|\btitle\s*=\s*[{"]+\s*$/iu;
const QUOTED_AFTER = /^[,.?!]?\s*["”’»'`}](?![\p{L}\p{N}])/u;
// The clause goes on in small letters ("GPT understands too much of my code"): a sentence that
// holds the words, not the title. Not past the title's own "!" or "?" ("SWE-bench goes live!
// arXiv").
const CLAUSE_GOES_ON = /^[ \t\u00a0]+\p{Ll}/u;
const OWN_END = /[!?]$/u;
// Signs of a work cited in the title's sentence: "et al.", a numeric citation, words that name a
// work's kind, a year in brackets that is not a date ("(March 2024)"); or the word for a work
// just before it ("in the paper GPT understands too").
const CITED =
  /\bet\s+al\b|\[\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\]|\b(?:titled|entitled|preprint|arxiv|proceedings)\b/iu;
const BRACKET_YEAR = /[(（[]([^()（）[\]]{0,50}\b(?:19[5-9]\d|20[0-4]\d)[a-z]?)\s*[)）\]]/gu;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/iu;
const NAMED_BEFORE = /\b(?:paper|preprint|article)\s*[:,]?\s*$/iu;
// A reference's parts: its authors and year just before the title ("Ilharco et al. 2024. Task
// vectors are cross-modal."), its venue or year just after ("… . In ICLR", "…; 2024."), a venue
// and its year further on ("… . G. Luo, T. Darrell. NeurIPS 2025", "… . AI Open 5: 208-215
// (2024)"), or its authors' names ("… . Grace Luo, Trevor Darrell, …").
const REFERENCE_BEFORE = /(?:\bet\s+al\.?|\b(?:19|20)\d\d[a-z]?\)?)[.,]\s*$/u;
const REFERENCE_AFTER = /^[.,;]\s*(?:In[:\s]|arXiv|CoRR|Proc|Advances\s|Transactions\s|Journal\s|(?:19|20)\d\d\b)/u;
// (The venue opens a part: "… on GPT-4 in 2024" in a sentence after it is no venue.)
const VENUE_AFTER =
  /^[.,;]\s*(?:[^!?\n]{0,120}?[.,]\s+)?(?:In:?\s+)?(?:\p{Lu}\p{Ll}*\p{Lu}\p{L}*|arXiv)\b[^.!?\n]{0,24}?\b(?:19|20)\d\d\b/u;
const AUTHORS_AFTER = /^[.,]\s*\p{Lu}[\p{L}.'’-]*\s+\p{Lu}[\p{L}'’-]+,/u;
const WINDOW = 160;

// Nothing but the title in its block (a heading, a link, a search result's title line with its
// kind before it: "[PDF] GPT understands, too", "[CITATION][C] task vectors are cross-modal").
const NOTHING_BEFORE = /^(?:\s*\[[A-Z]{1,12}\])*[\s"“‘«„'`([]*$/u;
const NOTHING_AFTER = /^[\s"”’»'`)\].,;:?!]*$/u;

/**
 * What a short title written casually (writtenCasually) needs to be shown: nothing when it is its
 * block's whole text; 'block' with quotes or in a reference; 'none' when its clause goes on;
 * 'block' with a citation in its sentence, or another paper's mention (`near`) in it; otherwise
 * 'page': shown only where the page names its paper otherwise.
 */
export function casualTitleEvidence(text: string, start: number, end: number, near: boolean): Evidence | undefined {
  if (NOTHING_BEFORE.test(text.slice(0, start)) && NOTHING_AFTER.test(text.slice(end))) return undefined;
  const after = text.slice(end, end + WINDOW);
  const before = text.slice(Math.max(0, start - WINDOW), start);
  if (QUOTED_BEFORE.test(before) || QUOTED_AFTER.test(after)) return 'block';
  if (REFERENCE_BEFORE.test(before) || REFERENCE_AFTER.test(after)) return 'block';
  if (VENUE_AFTER.test(after) || AUTHORS_AFTER.test(after)) return 'block';
  if (CLAUSE_GOES_ON.test(after) && !OWN_END.test(text.slice(start, end))) return 'none';
  const sentence = `${sentenceBefore(before)} ${sentenceAfter(after)}`;
  if (CITED.test(sentence) || NAMED_BEFORE.test(before) || near || citedYear(sentence)) return 'block';
  return 'page';
}

/** Does the sentence give a year in brackets that is not a date ("(Liu et al., 2021)", "(2021)")? */
function citedYear(sentence: string): boolean {
  for (const m of sentence.matchAll(BRACKET_YEAR)) if (!MONTH.test(m[1] as string)) return true;
  return false;
}
