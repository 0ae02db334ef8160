// Tags are the benchmarks and methods a paper names in its title or abstract. A fixed vocabulary
// keeps them consistent across papers, so `tag:moe` in search finds every mixture-of-experts paper.

interface TagRule {
  tag: string;
  pattern: RegExp;
}

// Benchmarks: matched case-sensitively on word boundaries, since "GLUE" is not "glue".
const BENCHMARKS: TagRule[] = [
  ['SuperGLUE', /\bSuperGLUE\b/],
  ['GLUE', /(?<![\w-])GLUE\b/],
  ['SWE-bench', /\bSWE-?[Bb]ench\b/],
  ['BLiMP', /\bBLiMP\b/],
  ['WebArena', /\bWebArena\b/],
  ['MMLU', /\bMMLU\b/],
  ['BIG-bench', /\bBIG-[Bb]ench\b/],
  ['CLUE', /(?<![\w-])CLUE\b/],
  ['XGLUE', /\bXGLUE\b/],
  ['BabyLM', /\bBabyLMs?\b/],
].map(([tag, pattern]) => ({ tag: tag as string, pattern: pattern as RegExp }));

// Methods and topics: case-insensitive, tolerant of hyphens and plurals.
const METHODS: TagRule[] = [
  ['prompt tuning', /\bprompt[- ]tuning\b/i],
  ['mixture-of-experts', /\bmixture[- ]of[- ]experts?\b|\bMoE\b/i],
  ['model merging', /\bmodel merging\b|\bmerg(e|ing) (multiple )?models\b/i],
  ['task arithmetic', /\btask arithmetic\b|\btask vectors?\b/i],
  ['parameter-efficient fine-tuning', /\bparameter[- ]efficient\b|\bPEFT\b|\badapters?\b|\bLoRA\b/i],
  ['instruction tuning', /\binstruction[- ]tun(ing|ed)\b/i],
  ['in-context learning', /\bin[- ]context learn(ing|ers?)\b|\bICL\b/],
  ['knowledge distillation', /\b(knowledge )?distill(ation|ing)\b/i],
  ['multi-task learning', /\bmulti[- ]?task\b/i],
  ['continual learning', /\bcontinual(ly)? learn/i],
  ['transfer learning', /\btransfer learning\b/i],
  ['retrieval-augmented generation', /\bretrieval[- ]augmented\b|\bRAG\b/],
  ['LLM agents', /\bagents?\b|\bagentic\b/i],
  ['feature matching', /\bfeature matching\b|\bmatch(es)? (two sets of )?local features\b/i],
  ['graph neural networks', /\bgraph neural networks?\b|\bGNNs?\b/i],
  ['state space models', /\bstate space models?\b|\bSSMs?\b/i],
  ['reinforcement learning', /\breinforcement learning\b/i],
  ['code', /\b(software engineering|coding|code agents?|repositor(y|ies))\b/i],
  ['cybersecurity', /\bcyber ?security\b/i],
  ['chemistry', /\bchemi(stry|cal)\b/i],
  ['multimodal', /\bmulti-?modal\b|\bvision-and-language\b|\bvisual\b/i],
].map(([tag, pattern]) => ({ tag: tag as string, pattern: pattern as RegExp }));

// "benchmark" says what the paper is: one that makes a benchmark (its title names one, or its
// abstract says it introduces one), not every paper that reports scores on one. Tagged from any
// mention it covered half the catalog.
// Within one sentence: "." ends it unless a digit follows ("Russian SuperGLUE 1.1, an updated
// benchmark"); a few words may come between the subject and the verb ("we first introduce", "we
// develop … and introduce").
const SAME_SENTENCE = '(?:[^.]|\\.(?=\\d))';
const MAKES_BENCHMARK = {
  title: /bench(mark)?s?\b/i,
  abstract: new RegExp(
    `(\\b(we|this (paper|work)|here we)\\b${SAME_SENTENCE}{0,160}?|\\bby )` +
      `(introduc|present|propos|releas|build|construct|creat|curat|provid|develop)(e|es|ed|ing|s)?\\b` +
      // What is made is "a (new, large-scale, …) benchmark", not "the GLUE benchmark" it is tested on.
      `${SAME_SENTENCE}{0,160}?\\ban?\\b(\\s+[\\w-]+){0,5}?\\s+benchmark`,
    'i',
  ),
};

const MAX_TAGS = 6;

/** Tags in order of importance: named benchmarks first, then "benchmark" for a paper that makes
 * one, then methods, at most six. */
export function extractTags(title: string, abstract: string): string[] {
  const text = `${title}\n${abstract}`;
  const tagsOf = (rules: TagRule[]) => rules.filter((rule) => rule.pattern.test(text)).map((rule) => rule.tag);
  // Right after the named benchmarks: what the paper is comes before its methods, and within the six.
  const makes = MAKES_BENCHMARK.title.test(title) || MAKES_BENCHMARK.abstract.test(abstract);
  // "GLUE" inside "(Super)GLUE" is still GLUE; "SuperGLUE" alone is not.
  return [...tagsOf(BENCHMARKS), ...(makes ? ['benchmark'] : []), ...tagsOf(METHODS)].slice(0, MAX_TAGS);
}
