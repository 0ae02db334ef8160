/**
 * Short-name evidence policy.
 *
 * A title match is specific enough on its own. A short name is not always: "WARP", "GLUE",
 * "CLUE", "Ares" and 2-4 letter acronyms ("SPT", "T5") occur in ordinary prose. Such "weak"
 * names count as a paper mention only with evidence:
 *   1. local evidence: a citation sign within ~60 chars either side (see hasLocalEvidence), or
 *   2. page evidence: the same paper was identified on the page by its full title, a link
 *      (arXiv, DOI, ACL Anthology), a distinctive name of its own, or its weak name named as a
 *      research work ("the GLUE benchmark [3]" above a table headed "GLUE"), so the page is
 *      clearly talking about it. A weak name shown for a citation sign alone is not: any
 *      scholarly page cites, and on a biology page one "histone H3 … [12]" would otherwise mark
 *      every H3 as the Hungry Hungry Hippos paper.
 *   3. company: another paper's mention (a title, a link, a distinctive name) within ~60 chars
 *      of it in the same sentence: "GLUE, SuperGLUE and CLUE" is a list of benchmarks.
 * A weak name continued by a hyphen and a capital or digit ("GLUE-X"), or by a dot and a digit
 * ("H3.3", a histone variant), is part of another name. Signs count within the name's sentence.
 * Local evidence does not count in capitals-only text (headlines, shouting), where casing says
 * nothing. And neither counts when a citation attached to the name gives another year than the
 * paper's: "WARP (Ramé et al., 2024)" is a later paper called WARP, not this one. A citation
 * nearby whose years are all another paper's ("histone H3 at lysine 27 (Smith et al., 2019)")
 * is no local evidence either.
 * Distinctive names ("SuperGLUE", "XPrompt", "LightGlue", "ST-MoE", "WebArena") need none:
 * they are matched with exact casing, so "superglue the handle" is never SuperGlue anyway.
 */

import { caseKey } from '../text/normalize';
import { isShown } from './shown';
import type { Evidence, Mention } from './types';

/** Ordinary English words that are also paper short names. Matched when the short name is
 * written as a word could be: lower case, Capitalised or ALL CAPS. */
// biome-ignore format: a word list reads better packed
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set([
  'warp', 'clue', 'glue', 'ares', 'spt', 'atlas', 'alpaca', 'llama', 'falcon', 'orca', 'koala',
  'vicuna', 'dolly', 'bloom', 'palm', 'gemini', 'mistral', 'phoenix', 'sparrow', 'gopher',
  'chinchilla', 'flamingo', 'retro', 'pythia', 'galactica', 'minerva', 'muse', 'imagen',
  'parti', 'elmo', 'ernie', 'bert', 'marian', 'mass', 'unicorn', 'pegasus', 'electra',
  'lamda', 'sage', 'spider', 'cosmos', 'echo', 'nova', 'aurora', 'zephyr', 'jais', 'dino',
  'clip', 'blip', 'align', 'swag', 'race', 'squad', 'coco', 'piqa', 'hellaswag', 'storm',
  'tulu', 'self', 'react', 'reflexion', 'voyager', 'toolformer', 'codex', 'chain', 'tree', 'button',
  // Not English, as ordinary: a mountain range (travel pages), Polish for "glue".
  'dolomites', 'lepiszcze',
]);

const WORDLIKE = /^(?:\p{Ll}+|\p{Lu}\p{Ll}*|\p{Lu}+)$/u;

/** True when a mention of `shortName` needs evidence (see the policy above). */
export function needsEvidence(shortName: string): boolean {
  const key = caseKey(shortName);
  const letters = key.replace(/\P{L}/gu, '');
  // Short names are weak when they could be a word or an acronym (GLUE, SPT, Ares, T5); one with a
  // capital after a small letter (ExT5, MuLD, HaT5) is coined, and matched with exact casing.
  if (letters.length <= 4) return !/\p{Ll}.*\p{Lu}/u.test(key);
  return WORDLIKE.test(key) && COMMON_WORD_NAMES.has(key.toLowerCase());
}

export const EVIDENCE_WINDOW = 60;
const YEAR = /\b(?:19[5-9]\d|20[0-4]\d)(?![\d])/g;
// Company counts within a sentence: "aka P-tuning. I use WARP terminal btw." is two remarks. Not
// after an initial or an abbreviation: "XPrompt (B. Lester)", "et al. Then", "cf. Table", "Fig. 2".
const SENTENCE_END =
  /(?<![\s(]\p{Lu}|\bal|\b[a-z]\.[a-z]|\bcf|\bvs|\bFig|\bEq|\bSec)[.!?…]["”’)]?\s+["“‘(]?\p{Lu}|[。！？]/u;

// Why each sign: these are the shapes citations take in papers, blogs and READMEs, and they are
// rare next to the ordinary-word meaning ("warp drive", "glue code", "a clue").

// Signs that name the paper as a work of the field, so that it vouches for its name across the
// page (LocalEvidence 'named'): research vocabulary right next to the name ("the GLUE benchmark",
// "GLUE leaderboard", "fine-tuned on SPT", "benchmarks such as CLUE"), or arXiv in its sentence.
// The same words further off in the sentence are a sign, no more ('cited'): "H3 ChIP-seq datasets
// from ENCODE" is biology, "30 GLUE sticks in our benchmark tests" a shop.
const NAMED_AFTER = /^[\s-]*(?:(?:and|or)\s+(?:other\s+)?)?(?:benchmarks?|leaderboards?|datasets?|baselines?|tasks)\b/i;
const NAMED_BEFORE =
  /(?:\b(?:benchmarks?|datasets?|leaderboards?|baselines)(?:\s+(?:such\s+as|like|including|of|from|on))?|\b(?:fine-?tun\w*|pre-?train\w*|evaluat\w*|trained|tested)\s+(?:[\p{L}\d-]+\s+){0,2}(?:on|with)(?:\s+the)?)\s*$/iu;
const POINTER = /\barxiv\b/i;
// Vocabulary of benchmarks and training ("baselines", "baseline model": not a clinical "at
// baseline"). Narrow on purpose: no "model" or "score".
const RESEARCH_WORDS =
  /\b(?:benchmarks?|leaderboards?|datasets?|fine-?tun\w*|pre-?train\w*|baselines|baseline\s+(?:models?|methods?|systems?|results?)|state-of-the-art|sota)\b|\bdoi\s*:|\bdoi\.org\//i;
// The same in Spanish, Portuguese, French, German and Italian ("el conjunto de datos CLUE"), and in
// Chinese (simplified and traditional), Japanese and Korean, where a Latin name often sits in CJK
// text without spaces ("在GLUE基准上", "GLUEベンチマーク", "GLUE 벤치마크"): rare enough off the
// field's pages to name the work wherever they are in its sentence.
const FOREIGN_NAMING: readonly RegExp[] = [
  /\b(?:conjuntos? de dat[oa]s|jeux? de données|Datensatz|Datensätze|insieme di dati|referencias? de evaluación|Bestenliste|classement)\b/iu,
  /基准|基準|排行榜|数据集|數據集|資料集|データセット|ベンチマーク|微调|微調|ファインチューニング|预训练|預訓練|事前学習|벤치마크|데이터셋|리더보드|미세\s?조정|사전\s?학습/,
];

// Numeric citation "[3]", "[3, 12]", "[3-5]": a citation, of whatever field.
const NUMERIC_CITATION = /\[\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\]/;

// Signs of a citation that carries a year: they count only when a citation's year near the name
// fits the paper (or none gives one). "Trimethylation of histone H3 at lysine 27 (Smith et al., 2019)"
// cites a biology paper, not H3 (2022).
const DATED_SIGNS: readonly RegExp[] = [
  // "Hambardzumyan et al." (author-year citations, reference lists).
  /\bet\s+al\b/i,
  // Parenthetical with a year: "(Xu et al., 2020)", "(2021)", "(Wang 2019a)", also in full-width
  // brackets. A bare year in prose ("In 2021 ...") is not enough: dates are common everywhere.
  /[(（][^()（）]{0,50}\b(?:19[5-9]\d|20[0-4]\d)[a-z]?\s*[)）]/,
  // "Smith, 2020" / "Smith and Lee, 2020" inside a citation list without parentheses.
  /\b\p{Lu}[\p{L}-]+,\s*(?:19[5-9]\d|20[0-4]\d)[a-z]?\b/u,
];

/** 'named': the name is named as a research work (a pointer, research vocabulary); 'cited': a
 * citation sign only, which any scholarly page has (a biology paper's "histone H3 [12]"). */
export type LocalEvidence = 'named' | 'cited' | null;

/** Signs in the ~60 chars before or after a mention of a paper of `year`. None in capitals-only
 * text ("BEST GLUE FOR WOOD (2024)", "WARP SPEED, MR. SULU!"), where an all-caps word is no name;
 * a citation's year-bearing signs only when some year there fits the paper. */
export function localEvidence(before: string, after: string, year?: number): LocalEvidence {
  // Signs count in the mention's own sentence: "H2A, H2B and H4 [1]. Trimethylation of histone H3"
  // cites nothing about H3.
  const b = sentenceBefore(before.slice(-EVIDENCE_WINDOW));
  const a = sentenceAfter(after.slice(0, EVIDENCE_WINDOW));
  if (isShouting(b, a)) return null;
  const window = `${b} \u0000 ${a}`;
  if (NAMED_BEFORE.test(b) || NAMED_AFTER.test(a) || POINTER.test(window)) return 'named';
  if (FOREIGN_NAMING.some((re) => re.test(window))) return 'named';
  if (RESEARCH_WORDS.test(window) || NUMERIC_CITATION.test(window)) return 'cited';
  return !yearsMiss(window, year) && DATED_SIGNS.some((re) => re.test(window)) ? 'cited' : null;
}

const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'gu');

/** The part of `before` in the mention's sentence (which may start with the mention: "… [1]. H3
 * is", so a capital stands in for it). */
function sentenceBefore(before: string): string {
  let from = 0;
  for (const end of `${before}X`.matchAll(SENTENCE_ENDS)) {
    const last = end[0].at(-1) as string;
    // The match ends with the next sentence's capital, or is a full stop of CJK text.
    from = end.index + end[0].length - (/\p{Lu}|["“‘(]/u.test(last) ? last.length : 0);
  }
  return before.slice(Math.min(from, before.length));
}

/** The part of `after` in the mention's sentence. */
function sentenceAfter(after: string): string {
  const end = SENTENCE_END.exec(after);
  return end ? after.slice(0, end.index + 1) : after;
}

export const hasLocalEvidence = (before: string, after: string, year?: number): boolean =>
  localEvidence(before, after, year) !== null;

// The years of citations: in brackets, after a name and a comma, after "et al.". Not any number
// of that size: "2048 tokens", "for 2000 steps", "In 2025 we reran it".
const CITATION_YEARS =
  /[(（][^()（）]{0,50}\b(?:19[5-9]\d|20[0-4]\d)[a-z]?\s*[)）]|\b\p{Lu}[\p{L}-]+,\s*(?:19[5-9]\d|20[0-4]\d)[a-z]?\b|\bet\s+al\.?,?\s*[(（]?(?:19[5-9]\d|20[0-4]\d)/gu;

/** Do the citations in `text` give years, all more than one away from `year` (arXiv and venue
 * years differ by one at most)? */
function yearsMiss(text: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  const years = (text.match(CITATION_YEARS) ?? []).flatMap((c) => c.match(YEAR) ?? []).map(Number);
  return years.length > 0 && years.every((y) => Math.abs(y - year) > 1);
}

const LETTER_WORDS = /\p{L}{2,}/gu;

/** Are the two words before and after a mention (those that exist, at least two) all capitals? */
export function isShouting(before: string, after: string): boolean {
  const words = [
    ...(before.slice(-30).match(LETTER_WORDS) ?? []).slice(-2),
    ...(after.slice(0, 30).match(LETTER_WORDS) ?? []).slice(0, 2),
  ];
  return words.length >= 2 && words.every((w) => w === w.toUpperCase() && w !== w.toLowerCase());
}

// A citation right after the name: "WARP (Ramé et al., 2024)", "CLUE (Hasbro, 2023)", "(2024)",
// in ASCII or full-width brackets. "(2024 leaderboard snapshot)" is a note, not a citation.
const ATTACHED_CITATION =
  /^\s*[([（【]\s*(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:et\s+al\.?|and|&|\p{Lu}[\p{L}'’.-]*))*[,，]?\s*)?(?:19[5-9]\d|20[0-4]\d)[a-z]?(?:\s*[;,]\s*(?:19[5-9]\d|20[0-4]\d)[a-z]?)*\s*[)\]）】]/u;

/** Does a citation attached to the mention give only years more than one away from the paper's
 * (arXiv and venue years differ by one at most)? Then it cites another work of that name. */
export function citesOtherWork(after: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  const citation = ATTACHED_CITATION.exec(after)?.[0];
  return citation !== undefined && yearsOff(citation, year);
}

/** Does the mention's sentence cite the paper's first author with a year that fits it: "WARP
 * (Hambardzumyan et al., 2021)", "Hambardzumyan et al. (2021) introduced WARP", "WARP (Hambardzumyan,
 * Khachatrian, and May, ACL 2021)"? That names this paper as surely as its title would. */
export function citesThisWork(
  before: string,
  after: string,
  year: number | undefined,
  author: string | undefined,
): boolean {
  if (year === undefined || !author) return false;
  // The name itself stands between: "Hambardzumyan's WARP (2021)" cites across it.
  const window = `${sentenceBefore(before)} ${sentenceAfter(after)}`;
  const lower = window.toLocaleLowerCase();
  const name = author.toLocaleLowerCase();
  for (let i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
    const end = i + name.length;
    if (/\p{L}/u.test(lower[i - 1] ?? '') || /\p{L}/u.test(lower[end] ?? '')) continue;
    const cited = /^.{0,40}?\b(19[5-9]\d|20[0-4]\d)(?!\d)/s.exec(window.slice(end))?.[1];
    if (cited !== undefined && Math.abs(Number(cited) - year) <= 1) return true;
  }
  return false;
}

/** Every year in an attached citation more than one away from `year`. */
function yearsOff(citation: string, year: number): boolean {
  const years = citation.match(YEAR)?.map(Number) ?? [];
  return years.length > 0 && years.every((y) => Math.abs(y - year) > 1);
}

/**
 * What each mention needs to be shown, judged from its block alone (the background does this, so
 * the page runs none of these expressions): undefined for mentions that stand on their own
 * (titles, links, distinctive names); for a weak short name, 'none' when it names another work
 * ("GLUE-X", a citation of another year), 'named' when its block names it as a research work
 * ("the GLUE benchmark", arXiv: shown, and it vouches for the paper across the page), 'block'
 * when its block gives other evidence (a citation sign, another paper's mention next to it:
 * shown, and vouching for nothing else), and 'page' when only its own paper found elsewhere on
 * the page can vouch for it (see isShown).
 */
export function judgeEvidence(mentions: readonly Mention[], text: string): Array<Evidence | undefined> {
  const weak = (m: Mention) => m.kind !== 'title' && m.shortName !== undefined && needsEvidence(m.shortName);
  // Mentions that stand on their own: titles, links and distinctive names.
  const strong = mentions.filter((m) => !weak(m));
  return mentions.map((m) => {
    if (!weak(m)) return undefined;
    const after = text.slice(m.end, m.end + EVIDENCE_WINDOW);
    // "GLUE-X", "CLUE-2", "H3.3": a hyphen and a capital or digit, or a dot and a digit, make a
    // longer name: another benchmark, a histone variant.
    if (/^(?:[-‐‑][\p{Lu}\d]|\.\d)/u.test(after)) return 'none';
    if (citesOtherWork(after, m.year)) return 'none';
    const before = text.slice(Math.max(0, m.start - EVIDENCE_WINDOW), m.start);
    if (citesThisWork(before, after, m.year, m.author)) return 'named';
    if (isShouting(before, after)) return 'page';
    const near = strong.some(
      (n) =>
        n.paperId !== m.paperId &&
        n.start - m.end <= EVIDENCE_WINDOW &&
        m.start - n.end <= EVIDENCE_WINDOW &&
        // The text between them and the first letter after it (a sentence may start with a name).
        !SENTENCE_END.test(text.slice(Math.min(m.end, n.end), Math.max(m.start, n.start) + 1)),
    );
    const local = localEvidence(before, after, m.year);
    if (local === 'named') return 'named';
    return near || local === 'cited' ? 'block' : 'page';
  });
}

/**
 * Drops weak short-name mentions without evidence. `text` is the block the mention offsets
 * refer to; `pagePaperIds` are papers found on the page by title, link or a name that vouches.
 */
export function applyEvidencePolicy<T extends Mention>(
  mentions: readonly T[],
  pagePaperIds: ReadonlySet<string>,
  text: string,
): T[] {
  const evidence = judgeEvidence(mentions, text);
  return mentions.filter((m, i) => isShown(evidence[i], m.paperId, pagePaperIds));
}
