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
  submission number figure table appendix section methodology one way`.split(/\s+/),
);

/** Is the name, between `before` and `after`, an attribute of the plain noun after it? */
export function attributeOfNoun(before: string, after: string): boolean {
  if (!DETERMINED.test(before)) return false;
  const noun = NOUN_AFTER.exec(after)?.[1];
  return noun !== undefined && !noun.endsWith('s') && !RESEARCH_NOUNS.has(noun);
}
