// "The ARES soundtrack", "a soft CLAW gripper", "the SPT scheduler", "a GLUE stick": after an
// article or a possessive, a weak name followed by a plain noun is that noun's kind, a thing of its
// own. On a page that cites the paper, page evidence made each such use a mention (a realistic-pages
// trial: a film's soundtrack under a post citing ARES, a lab page's gripper under a CLAW title).
// Research's own nouns ("the WARP paper", "the GLUE score", "our H3 layer") and words that may be a
// verb or a plural ("the SPT outperforms", "the ARES judges": ending in -s) say nothing, and are
// left to the rest of the policy. Only where nothing in the block names the paper (evidence.ts).

/** An article, a possessive or a demonstrative, and at most one adjective, before the name. */
const DETERMINED = /\b(?:the|a|an|our|my|your|their|this|that|its|his|her)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$/iu;
/** A plain lower-case word after it. */
const NOUN_AFTER = /^\s+(\p{Ll}{3,})(?![\p{L}\d-])/u;

/** Nouns research uses after a work's name: its parts, results, code and kin. */
const RESEARCH_NOUNS = new Set(
  `paper work method model approach framework benchmark dataset data task suite score leaderboard
  baseline code repo repository implementation evaluation setup setting prompt training objective
  loss architecture variant version metric split test dev validation style family line idea trick
  technique algorithm encoder decoder layer module matcher pipeline system agent environment
  embedding token recipe checkpoint release preprint talk poster author team lab group result
  analysis study experiment ablation authors finetuning tuning fine pretraining paradigm formulation
  objective scheme strategy protocol standard corpus collection challenge competition track
  submission number figure table appendix section methodology one way verbalizer tokenizer adapter
  classifier head regularizer optimizer retriever reranker generator discriminator critic policy
  reward judge scorer estimator backbone template initialization schedule projection decoding
  inference ranking retrieval attention gate gating router routing`.split(/\s+/),
);

/** Words that join or relate, not nouns: "an H3 and an S4 layer", "an H3 for the header". */
const FUNCTION_WORDS = new Set(
  `and but nor for with from into onto upon via per than that which who whose when where while the
  this these those its their our your his her not also then yet both either neither each every any
  all some are was were has had have can could will would may might must should does did`.split(/\s+/),
);

/** "a" or "an" right before the name: a paper is "WARP" or "the WARP paper", seldom "a WARP". */
const INDEFINITE = /\b(?:a|an)\s+$/i;

/** Is the name, between `before` and `after`, an attribute of the plain noun after it, or, after
 * "a", a common noun ("when a WARP diverges": a GPU's warp, on a page citing WARP)? */
export function attributeOfNoun(before: string, after: string): boolean {
  if (!DETERMINED.test(before)) return false;
  const word = NOUN_AFTER.exec(after)?.[1];
  if (word === undefined || RESEARCH_NOUNS.has(word) || FUNCTION_WORDS.has(word)) return false;
  // After "a", a verb too ("diverges", "stalls"); after "the", one ending in -s may be the
  // paper's verb ("the SPT outperforms").
  return INDEFINITE.test(before) ? !RESEARCH_NOUNS.has(word.replace(/s$/, '')) : !word.endsWith('s');
}

// "Collaborators from UWE Bristol", "a grant from ARES Capital": in running prose, a weak name
// followed by a capitalised word is the first word of a proper name, a place's or a company's. On a
// page that cites the paper, page evidence made it a mention (a realistic-pages trial: a lab page
// citing UWE). Not where the capital is research's ("the GLUE Benchmark", "WARP Figure 2"), a
// model's size ("UWE Large") or a language ("CLUE Chinese"), nor in a title-case heading, whose
// every word is capitalised ("Experiments with ARES Judges"): the sentence before the name must
// hold a lower-case word other than title case's small words.

/** A capitalised word after the name, not all capitals nor a coined name ("SuperGLUE"). */
const CAPITALISED_AFTER = /^\s+(\p{Lu}\p{Ll}{2,})(?![\p{L}\d-])/u;
const NOT_A_NAME = new Set(
  `base large small tiny mini medium huge giant plus pro lite ultra english chinese german french
  spanish japanese korean russian arabic hindi italian portuguese dutch multilingual`.split(/\s+/),
);
const LOWER_WORD = /(?<![\p{L}\d'’-])\p{Ll}[\p{Ll}'’-]*/gu;
const SMALL_WORDS = new Set('a an the of with for on in to from and or by at via vs as into over nor but'.split(' '));

/** Is the name, in `before`'s sentence and before `after`, the first word of a proper name? */
export function partOfProperName(sentenceBefore: string, after: string): boolean {
  const word = CAPITALISED_AFTER.exec(after)?.[1]?.toLowerCase();
  if (word === undefined || NOT_A_NAME.has(word)) return false;
  if (RESEARCH_NOUNS.has(word) || (word.endsWith('s') && RESEARCH_NOUNS.has(word.slice(0, -1)))) return false;
  return (sentenceBefore.match(LOWER_WORD) ?? []).some((w) => !SMALL_WORDS.has(w));
}
