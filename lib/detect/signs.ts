// Local signs around a short-name mention, for the evidence policy (evidence.ts): what is in the
// mention's sentence, and whether it names the paper as a work of the field, cites something, or
// says nothing. The background runs these; the content script never loads them.

export const EVIDENCE_WINDOW = 60;
export const YEAR = /\b(?:19[5-9]\d|20[0-4]\d)(?![\d])/g;
// A sentence's end: signs, and the company of other papers (evidence.ts), count within the name's
// sentence ("aka P-tuning. I use WARP terminal btw." is two remarks). Not after an initial or an
// abbreviation: "XPrompt (B. Lester)", "et al. Then", "cf. Table", "Fig. 2".
export const SENTENCE_END =
  /(?<![\s(]\p{Lu}|\bal|\b[a-z]\.[a-z]|\bcf|\bvs|\bFig|\bEq|\bSec)[.!?…]["”’)]?\s+["“‘(]?\p{Lu}|[。！？]/u;

// Why each sign: these are the shapes citations take in papers, blogs and READMEs, and they are
// rare next to the ordinary-word meaning ("warp drive", "glue code", "a clue").

// Signs that name the paper as a work of the field, so that it vouches for its name across the
// page (LocalEvidence 'named'): research vocabulary right next to the name ("the GLUE benchmark",
// "GLUE leaderboard", "fine-tuned on SPT", "benchmarks such as CLUE"), or after the names of its
// parts ("the GLUE RTE task", "the CLUE AFQMC dev set"), or arXiv in its sentence.
// The same words further off in the sentence say nothing of the name: "H3 ChIP-seq datasets from
// ENCODE" is biology, "In our benchmark tests, 30 GLUE sticks" a shop, "collaborators from UWE
// Bristol on the new imaging dataset" a university. (They counted as a citation sign until a
// trial on such pages: every one was marked.)
const NAMED_AFTER =
  /^[\s-]*(?:(?:and|or)\s+(?:other\s+)?)?(?:benchmarks?|leaderboards?|datasets?|baselines?|tasks|[Tt]ask\b(?!\s+[Ff]orce)|scores?|papers?\b(?!\s+(?:towels?|cups?|plates?|bags?|clips?|mills?))|(?:dev|test|validation)\s+(?:sets?|server))\b/i;
// Its parts' names, acronyms or coined ("RTE", "SST-2", "MNLI-m", "CoLA"), case-sensitive: "the
// GLUE Task Force" is not, nor a mutation or a test's grade ("H3 K27M-altered tasks", "SPT N60").
const PARTS_AFTER =
  /^\s+(?:(?:\p{Lu}{2,}[\p{Lu}\d]*|\p{Lu}\p{Ll}\p{Lu}+)(?:-[\p{L}\d]+)?(?:,?\s+(?:and\s+|or\s+)?|\s*\/\s*))+(?:tasks?|(?:dev|test|validation)\s+sets?)\b/u;
// A score on it: "within 0.4 points on GLUE", "SOTA on CLUE", "F1 on SPT". A bare "benchmark"
// before the name is the verb as often ("We benchmark H3 against S2"), and "a dataset of SPT
// N-values" is geotechnics: the noun counts after an article or before "such as".
const NAMED_BEFORE =
  /(?:\b(?:benchmarks?|datasets?|leaderboards?|baselines)\s+(?:such\s+as|like|including)|\b(?:the|a|an|our|this|popular|standard)\s+(?:[\p{L}-]+\s+)?(?:benchmarks?|datasets?|leaderboards?)|\b(?:fine-?tun\w*|pre-?train\w*|evaluat\w*|trained|tested)\s+(?:[\p{L}\d-]+\s+){0,4}(?:on|with)(?:\s+the)?|\b(?:points|accuracy|F1|scores?|sota|state[- ]of[- ]the[- ]art)\s+on(?:\s+the)?|\b(?:state[- ]of[- ]the[- ]art|sota)\s+(?:results|performance)\s+on(?:\s+the)?|\d(?:\.\d+)?%?\s+on(?:\s+the)?)\s*$/iu;
// Results on it ("Results on GLUE are shown in Table 2", "experiments on CLUE show"): what any
// field says of what it tested ("results on SPT and CPT soundings", "performance on H3 indexes",
// "experiments on GLUE likelihood thresholds"), so only where the name ends its phrase (the
// sentence, a clause or a verb follows), and as a citation is: shown, vouching for nothing else.
// "Our numbers on GLUE are in Table 1", "it was surprisingly strong on GLUE." (a trial's GitHub issue).
const RESULTS_BEFORE =
  /\b(?:(?:results|experiments|evaluations?|performance|improvements|gains|numbers|scores)\s+(?:on|for)|(?:strong|well|best|better|worse|competitive|poorly)\s+on)(?:\s+the)?\s*$/i;
// The sentence opens with it and says what was measured there: "On GLUE, our T5-base numbers are …".
const ON_OPENS = /^\s*On\s+(?:the\s+)?$/;
const ON_RESULTS_AFTER =
  /^\s*,?\s+(?:our|the|their|its|all|most|both)\s+(?:[\p{L}\d-]+\s+){0,2}(?:numbers|results|scores|accuracy|performance|gains)\b/iu;
const PHRASE_ENDS_AFTER =
  /^(?:\s*(?:[.,;:!?)\]]|$)|\s+(?:are|is|was|were|show\w*|see|in|with|using|by|across|than|when|while|where|which|that|after|before|from|improv\w*|drop\w*|increas\w*|decreas\w*|reach\w*|remain\w*)\b|\s*[([])/;
// A benchmark reported on: "why does everyone still report GLUE?", "it only reports GLUE numbers".
// Shown, vouching for nothing else, as results are: a lab reports its soundings too.
// The verb, not the noun: "the report GLUE numbers are wrong".
const REPORTED_BEFORE =
  /(?<!\b(?:the|a|an|this|that|each|every|our|their|its|his|her|my|your)\s+)\breport(?:s|ed|ing)?\s+(?:the\s+|its\s+|their\s+|our\s+)?$/i;
const REPORTED_AFTER = /^\s+(?:numbers|scores|results|figures)\b/i;
// The model trained or tuned, when the data follows: "We fine-tuned UWE on our own job titles".
const TUNED_BEFORE = /\b(?:fine-?tun\w*|pre-?train\w*|trained)\s+$/i;
const ON_AFTER = /^\s+on\b/;
const POINTER = /\barxiv\b/i;
// "benchmarks such as GLUE and CLUE": earlier items of the list the name ends.
const LIST_TAIL = /(?<=\b(?:such\s+as|like|including)\s)(?:\p{Lu}[\p{L}\d-]*,?\s+){1,3}(?:and|or)\s+$/u;
// A noun right after the name that makes it another thing: a product, a vehicle, an instrument,
// a web page's part, a molecule, a soil test's reading or a company ("WARP terminal", "warp drive",
// "the ARES mission", "the SPT collaboration", "an H3 heading", "SPT blow counts", "SPT N-values",
// "ARES Robotics", "the ARES lab meeting"). No paper
// of the catalog is any of these. Nouns that are verbs too count only in the singular ("WARP
// drives accuracy up", "WARP speeds up training", "ARES tags each answer" name the paper). A
// histone's name after "histone" is the protein, whatever follows ("this is not histone H3", an
// eighth trial's comment on H3's own page); a variant or a mutation is another thing only of a
// histone ("histone H3 variants"): "an H3 variant", "a WARP variant" are the papers' own models.
const ANOTHER_THING_AFTER =
  /^\s+(?:(?:terminal|client|vpn|app|gun|rocket|launcher|mission|rover|telescope|collaboration|satellite|heading|element|histone|protein|gene|receptor|antibody)s?|drive|speed(?![-\s]?ups?\b)|factor|stick|board\s+game|tag|blow\s*counts?|N[\s-]?(?:\d\d[\s-]?)?values?|N\d\d|hammer|sampler|borings?|boreholes?|wheals?|clusters?|cells?|hexagons?|hex(?:agonal)?|grids?|res(?:olution)?\s+\d+|labs?|robotics|inc|ltd|corp|llc|gmbh)\b|^\s+\(N1?\)\d\d/i;
const HISTONE_BEFORE = /\bhistones?\s+$/i;
// A histone's own name: H1, H2A, H2B, H3, H4.
const HISTONE_NAME = /^H[1-4][AB]?$/u;
const VARIANT_AFTER = /^\s+(?:variant|mutation)s?\b/i;
// A vendor's name right before it makes it the vendor's product: "AWS GLUE job bookmarks",
// "Cloudflare WARP", "NVIDIA Warp" (not Google's: the WARP of the catalog is Google DeepMind's).
// "Uber's H3", "Uber 的 H3" (Uber's hexagonal grid) too.
const VENDOR_BEFORE =
  /\b(?:AWS|Amazon|Azure|Cloudflare|NVIDIA|Nvidia|Oracle|IBM|Apple|Adobe|Intel|Uber)(?:\s+|['’]s\s+|\s*的\s*)$/;
// A place's number: "Room H3", "move to room H3", "Gate SPT"… a room, a hall, a gate or a seat.
const PLACE_BEFORE = /\b(?:room|hall|h[öo]rsaal|raum|saal|gate|seat|platform|building|floor|bay|row)\s+$/i;
// "lol not my H3 — though …" (a chat's reply to someone who meant the paper): the speaker's other
// thing of that name. Only where nothing follows it: "not my GLUE score" speaks of the benchmark.
const NOT_MINE_BEFORE = /\bnot\s+(?:my|our)\s+$/i;
const NOTHING_AFTER = /^\s*(?:[—–-]|[.,;:!?)]|$)/u;

/** Does the word after a weak name make it something other than a paper ("WARP terminal",
 * "histone H3 variants")? */
// The same nouns in Chinese and Japanese, without a space: "H3 六边形网格索引", "H3 网格".
const ANOTHER_THING_AFTER_CJK = /^\s*(?:六边形|六角形|网格|網格|グリッド)/u;
export const namesAnotherThing = (before: string, after: string, name = ''): boolean =>
  ANOTHER_THING_AFTER.test(after) ||
  ANOTHER_THING_AFTER_CJK.test(after) ||
  VENDOR_BEFORE.test(before) ||
  PLACE_BEFORE.test(before) ||
  (HISTONE_BEFORE.test(before) && HISTONE_NAME.test(name)) ||
  (VARIANT_AFTER.test(after) && HISTONE_BEFORE.test(before)) ||
  (NOT_MINE_BEFORE.test(before) && NOTHING_AFTER.test(after));
// A DOI in the sentence points at a published work, as arXiv does, though of any field: a sign.
const DOI = /\bdoi\s*:|\bdoi\.org\//i;
// Research words in Spanish, Portuguese, French, German and Italian ("el conjunto de datos CLUE"),
// and in Chinese (simplified and traditional), Japanese and Korean, where a Latin name often sits
// in CJK text without spaces ("在GLUE基准上", "GLUEベンチマーク", "GLUE 벤치마크"; results, evaluation
// and tasks too: "在CLUE上取得了最好的成绩", "GLUEで評価"): rare enough off the field's pages to name
// the work wherever they are in its sentence.
const FOREIGN_NAMING: readonly RegExp[] = [
  /\b(?:conjuntos? de dat[oa]s|jeux? de données|Datensatz|Datensätze|insieme di dati|referencias? de evaluación|Bestenliste|classement)\b/iu,
  /基准|基準|排行榜|数据集|數據集|資料集|データセット|ベンチマーク|微调|微調|ファインチューニング|预训练|預訓練|事前学習|벤치마크|데이터셋|리더보드|미세\s?조정|사전\s?학습|成绩|成績|评测|評測|评估|評估|評価|个任务|個任務|タスク|スコア|점수|평가/,
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
 * citation sign, which any scholarly page has (a biology paper's "histone H3 (Zhou et al.,
 * 2022)"); 'numbered': a numeric citation ("[12]") and nothing else, which any page with
 * footnotes has, of any field (a physics blog's "The SPT collaboration [12]"). */
export type LocalEvidence = 'named' | 'cited' | 'numbered' | null;

/** Signs in the ~60 chars before or after a mention of a paper of `year` (`after` may be given
 * longer: a DOI there is read to its end). None in capitals-only
 * text ("BEST GLUE FOR WOOD (2024)", "WARP SPEED, MR. SULU!"), where an all-caps word is no name;
 * a citation's year-bearing signs only when some year there fits the paper. */
export function localEvidence(before: string, after: string, year?: number, author?: string): LocalEvidence {
  // Signs count in the mention's own sentence: "H2A, H2B and H4 [1]. Trimethylation of histone H3"
  // cites nothing about H3.
  const b = sentenceBefore(before.slice(-EVIDENCE_WINDOW));
  const a = sentenceAfter(after.slice(0, EVIDENCE_WINDOW));
  if (isShouting(b, a)) return null;
  const window = `${b} \u0000 ${a}`;
  if (
    // Without a list's earlier items, which leaves the text as it was where there is no list.
    NAMED_BEFORE.test(b.replace(LIST_TAIL, '')) ||
    NAMED_AFTER.test(a) ||
    PARTS_AFTER.test(a) ||
    (TUNED_BEFORE.test(b) && ON_AFTER.test(a)) ||
    POINTER.test(window)
  )
    return 'named';
  if (FOREIGN_NAMING.some((re) => re.test(window))) return 'named';
  // A DOI of a citation whose years or authors are another paper's says nothing of this one.
  // A citation's year or DOI may lie past the window ("… by Jones K, et al. Mol Cell 2019;74:1-12"):
  // the whole sentence's years are read.
  const whole = `${b} ${sentenceAfter(after)}`;
  if (DOI.test(window) && !yearsMiss(whole, year) && !doiYearsMiss(whole, year) && !citesOthers(window, author)) {
    return 'cited';
  }
  if (!yearsMiss(whole, year) && !citesOthers(window, author) && DATED_SIGNS.some((re) => re.test(window))) {
    return 'cited';
  }
  if (RESULTS_BEFORE.test(b) && PHRASE_ENDS_AFTER.test(a)) return 'cited';
  if (ON_OPENS.test(b) && ON_RESULTS_AFTER.test(a)) return 'cited';
  if (REPORTED_BEFORE.test(b) && (PHRASE_ENDS_AFTER.test(a) || REPORTED_AFTER.test(a))) return 'cited';
  return NUMERIC_CITATION.test(window) ? 'numbered' : null;
}

const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'gu');

/** The part of `before` in the mention's sentence (which may start with the mention: "… [1]. H3
 * is", so a capital stands in for it). */
export function sentenceBefore(before: string): string {
  let from = 0;
  for (const end of `${before}X`.matchAll(SENTENCE_ENDS)) {
    const last = end[0].at(-1) as string;
    // The match ends with the next sentence's capital, or is a full stop of CJK text.
    from = end.index + end[0].length - (/\p{Lu}|["“‘(]/u.test(last) ? last.length : 0);
  }
  return before.slice(Math.min(from, before.length));
}

/** The part of `after` in the mention's sentence. */
export function sentenceAfter(after: string): string {
  const end = SENTENCE_END.exec(after);
  return end ? after.slice(0, end.index + 1) : after;
}

export const hasLocalEvidence = (before: string, after: string, year?: number): boolean =>
  localEvidence(before, after, year) !== null;

// The years of citations: in brackets, after a name and a comma, after "et al.", or before a
// volume as medicine's references give it ("Mol Cell 2019;74:1-12", "Mol Cell. 2019 Mar 7;73(5):…"). Not any number of that size:
// "2048 tokens", "for 2000 steps", "In 2025 we reran it".
const CITATION_YEARS =
  /[(（][^()（）]{0,50}\b(?:19[5-9]\d|20[0-4]\d)[a-z]?\s*[)）]|\b\p{Lu}[\p{L}-]+,\s*(?:19[5-9]\d|20[0-4]\d)[a-z]?\b|\bet\s+al\.?,?\s*[(（]?(?:19[5-9]\d|20[0-4]\d)|\b(?:19[5-9]\d|20[0-4]\d)(?:\s+\p{Lu}\p{Ll}{2}(?:\s+\d{1,2})?)?\s*;\s*\d+(?:\(\d+\))?:/gu;

/** Do the citations in `text` give years, all more than one away from `year` (arXiv and venue
 * years differ by one at most)? */
function yearsMiss(text: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  const years = (text.match(CITATION_YEARS) ?? []).flatMap((c) => c.match(YEAR) ?? []).map(Number);
  return years.length > 0 && years.every((y) => Math.abs(y - year) > 1);
}

// A year a DOI carries ("10.1016/j.molcel.2019.01.001", "10.18653/v1/2020.acl-main.1"), between
// dots, slashes or hyphens; not an arXiv id's first digits ("10.48550/arXiv.2010.15925").
const DOI_IN_WINDOW = /\b10\.\d{4,9}\/[^\s"<>|]+/g;
const DOI_YEAR = /(?<=[./-])(?:19[5-9]\d|20[0-4]\d)(?=[./-]|$)(?!\.\d{4,5}(?!\d))/g;

/** Do the DOIs in `text` carry years, all more than one away from `year`? A DOI of another field
 * that says when its paper came out ("GLUE sticks … (doi:10.1016/j.ijadhadh.2020.102530)") cites
 * that paper, not this one. */
function doiYearsMiss(text: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  const years = (text.match(DOI_IN_WINDOW) ?? []).flatMap((doi) => doi.match(DOI_YEAR) ?? []).map(Number);
  return years.length > 0 && years.every((y) => Math.abs(y - year) > 1);
}

const ET_AL = /(\p{Lu}[\p{L}'’-]+)\s+et\s+al\b/gu;

/** Does `text` cite works by "et al." and none by the paper's first author? "The SPT collaboration
 * released data (Dutcher et al., 2021)" cites a telescope's paper, not SPT (Bari et al., 2022). */
function citesOthers(text: string, author: string | undefined): boolean {
  if (!author) return false;
  const names = [...text.matchAll(ET_AL)].map((m) => (m[1] as string).toLocaleLowerCase());
  return names.length > 0 && !names.includes(author.toLocaleLowerCase());
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
