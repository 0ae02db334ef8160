// Tags are the benchmarks and methods a paper names in its title or abstract. A fixed vocabulary
// keeps them consistent across papers, so `tag:moe` in search finds every mixture-of-experts paper.

interface TagRule {
  tag: string;
  /** Tested on the title and abstract together; a function when one pattern cannot say it. */
  pattern: RegExp | ((title: string, text: string) => boolean);
}

const matches = (rule: TagRule, title: string, text: string): boolean =>
  typeof rule.pattern === 'function' ? rule.pattern(title, text) : rule.pattern.test(text);

const rules = (pairs: Array<[string, TagRule['pattern']]>): TagRule[] =>
  pairs.map(([tag, pattern]) => ({ tag, pattern }));

// Benchmarks: matched case-sensitively on word boundaries, since "GLUE" is not "glue". Only those
// some paper of the catalog names: a rule that tags nothing is untested (MMLU and BIG-bench were).
const BENCHMARKS = rules([
  // "the SuperGlue benchmark" (GPT Understands, Too) is the benchmark misspelt, not the matcher.
  ['SuperGLUE', /\bSuperGLUE\b|\bSuperGlue benchmark\b/],
  ['GLUE', /(?<![\w-])GLUE\b/],
  ['SWE-bench', /\bSWE-?[Bb]ench\b/],
  ['BLiMP', /\bBLiMP\b/],
  ['WebArena', /\bWebArena\b/],
  ['CLUE', /(?<![\w-])CLUE\b/],
  ['XGLUE', /\bXGLUE\b/],
  ['BabyLM', /\bBabyLMs?\b/],
]);

// Instruction tuning is the training (the noun, or learning to follow instructions); a paper that
// only uses an "instruction-tuned language model" as a tool (Unsupervised Task Graph Generation)
// is not about it, unless its title says so (Instruction Tuned Models are Quick Learners).
// "Instructional videos" are how-to videos, never this.
const INSTRUCTION_TUNING = /\binstruction[- ]tuning\b|\binstruction[- ]following\b|\binstruction learning\b/i;
const INSTRUCTION_TUNED_TITLE = /\binstruction[- ]tun(ing|ed)\b/i;

// "Agent" alone is also the dialogue agent of 2015 (Towards AI-Complete Question Answering) and the
// reinforcement-learning agent (CoTASP): the paper must also speak of language models, or use a
// name that only means language-model agents today.
const AGENT = /\bagents?\b|\bagentic\b/i;
const LANGUAGE_MODEL = /\b(large )?language models?\b|\bfoundation models?\b|\bL?LMs?\b|\bGPT-?\d/i;
const LM_AGENT = /\b(L?LM|language|language model|AI|coding|code|software engineering|SWE) agents?\b/i;

// Vision and language together. "Visual" alone is any vision paper (LightGlue, TaskExpert's scene
// understanding, VisualCloze's image-only prompts).
const MULTIMODAL =
  /\bmulti-?modal(ity|ities)?\b|\bcross-?modal\b|\bvision[- ](and[- ])?language\b|\bimage[- ]text\b|\btext[- ]image\b|\bVLMs?\b/i;

// Methods and topics: case-insensitive, tolerant of hyphens and plurals.
const METHODS = rules([
  // P-tuning trains continuous prompts: prompt tuning by another name.
  ['prompt tuning', /\bprompt[- ]tuning\b|\bP-tuning\b/i],
  ['mixture-of-experts', /\bmixture[- ]of[- ]experts?\b|\bMoE\b/i],
  ['model merging', /\bmodel merging\b|\bmerg(e|ing) (multiple )?models\b/i],
  ['task arithmetic', /\btask arithmetic\b|\btask vectors?\b/i],
  ['parameter-efficient fine-tuning', /\bparameter[- ]efficient\b|\bPEFT\b|\badapters?\b|\bLoRA\b/i],
  ['instruction tuning', (title, text) => INSTRUCTION_TUNED_TITLE.test(title) || INSTRUCTION_TUNING.test(text)],
  ['in-context learning', /\bin[- ]context learn(ing|ers?)\b|\bICL\b/],
  ['knowledge distillation', /\b(knowledge )?distill(ation|ing)\b/i],
  ['multi-task learning', /\bmulti[- ]?task\b/i],
  ['continual learning', /\bcontinual(ly)? learn/i],
  ['transfer learning', /\btransfer learning\b/i],
  ['retrieval-augmented generation', /\bretrieval[- ]augmented\b|\bRAG\b/],
  ['LLM agents', (_title, text) => LM_AGENT.test(text) || (AGENT.test(text) && LANGUAGE_MODEL.test(text))],
  ['feature matching', /\bfeature matching\b|\bmatch(es)? (two sets of )?local features\b/i],
  ['graph neural networks', /\bgraph neural networks?\b|\bGNNs?\b/i],
  ['state space models', /\bstate space models?\b|\bSSMs?\b/i],
  ['reinforcement learning', /\breinforcement learning\b/i],
  ['code', /\b(software engineering|coding|code agents?|repositor(y|ies))\b/i],
  ['cybersecurity', /\bcyber ?security\b/i],
  ['chemistry', /\bchemi(stry|cal)\b/i],
  ['multimodal', MULTIMODAL],
]);

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

/** Every tag a paper can get, in the order extractTags gives them. */
export const TAG_VOCABULARY: readonly string[] = [
  ...BENCHMARKS.map((rule) => rule.tag),
  'benchmark',
  ...METHODS.map((rule) => rule.tag),
];

/** Tags in order of importance: what the paper is (the benchmarks its title names, then
 * "benchmark" for a paper that makes one), then its methods, then the benchmarks its abstract
 * reports on, at most six. Hungry Hungry Hippos is "state space models" before "SuperGLUE". */
export function extractTags(title: string, abstract: string): string[] {
  const text = `${title}\n${abstract}`;
  const tagsOf = (rules: TagRule[]) => rules.filter((rule) => matches(rule, title, text)).map((rule) => rule.tag);
  const makes = MAKES_BENCHMARK.title.test(title) || MAKES_BENCHMARK.abstract.test(abstract);
  // "GLUE" inside "(Super)GLUE" is still GLUE; "SuperGLUE" alone is not.
  const named = tagsOf(BENCHMARKS);
  const inTitle = new Set(BENCHMARKS.filter((rule) => matches(rule, title, title)).map((rule) => rule.tag));
  return [
    ...named.filter((tag) => inTitle.has(tag)),
    ...(makes ? ['benchmark'] : []),
    ...tagsOf(METHODS),
    ...named.filter((tag) => !inTitle.has(tag)),
  ].slice(0, MAX_TAGS);
}
