// A weak short name that the page says is something: "GLUE is a grid middleware for job
// submission", "Ares, the Greek god of war", "WARP (a terminal emulator)". The words that say what
// it is name this paper when the paper's own title or abstract uses one of them ("GLUE is a
// multi-task benchmark", "ARES, an automated evaluation framework") or when they are what any
// paper is ("a method", "a great read") and nothing more; else the name is another thing whatever
// else the page says. That is how a Scholar page that shows both the GLUE benchmark and "GLUE: a
// grid middleware" tells them apart, which the page's evidence alone cannot.

// Words that say nothing of what a thing is, or join the description to its name.
// biome-ignore format: a word list reads better packed
const EMPTY = new Set(('a an the of for on in to and or with via by from at as its it this that which who ' +
  'is was are were be been new simple recent popular famous common standard widely used well known ' +
  'good great nice strong big large small modern classic early earlier latest original novel ' +
  'really very quite pretty just another other one two et al based using driven powered like style ' +
  'here there now today also still ' +
  // What people think of it, which says nothing of what it is: "SPT is a really cool idea".
  'cool neat clever interesting impressive elegant fun solid important influential seminal key ' +
  'useful excellent awesome amazing fantastic wonderful beautiful brilliant bad poor terrible ' +
  'must go de facto solved saturated dead outdated obsolete hard easy tough underrated overrated ' +
  'fascinating gem favorite favourite best worst fine quick short long bit little lot old ' +
  // How people talk of a tool they use: "GLUE is a joke at this point", "WARP is a neat hack",
  // "CLUE is a good sanity check".
  'joke hack trick sanity check staple mess meme yardstick go ' +
  'recently proposed introduced released published three four five six seven eight nine ten ' +
  'eleven twelve dozen few several many').split(' '));

// What any paper, method or benchmark of the field may be called ("a method", "the standard
// benchmark", "a great read", "an NLP benchmark"): these say nothing of which one it is.
// biome-ignore format: a word list reads better packed
const SCHOLARLY_WORDS = ('benchmark dataset data corpus task suite leaderboard metric evaluation method ' +
  'approach technique model framework architecture algorithm system paper work study preprint article ' +
  'baseline result idea trick variant extension version successor predecessor alternative improvement ' +
  'contribution proposal recipe objective loss training tuning prompt read collection analysis test ' +
  'score regime setup protocol problem follow up precursor sequel replacement ancestor inspiration ' +
  'dev set split results notes review summary reading survey tutorial talk slides code repo ' +
  'workshop conference journal venue counterpart equivalent analogue cousin sibling strategy ' +
  'pipeline tool library toolkit package implementation design pattern ' +
  'nlp nlu ml ai llm neural deep learning language vision multimodal ' +
  'generative transformer').split(' ');

/** Folds a word to a stem that its inflections share: "benchmarks", "benchmarking" -> "bench". */
const stem = (word: string): string => (word.length > 5 ? word.slice(0, 5) : word.replace(/s$/u, ''));

const SCHOLARLY = new Set(SCHOLARLY_WORDS.map(stem));

// Words of the field that many titles start with: two of them together ("general language",
// "evaluation framework", "Chinese language") do not describe one paper.
// biome-ignore format: a word list reads better packed
const FIELD_WORDS = ('general understanding chinese english multilingual multi cross domain specific ' +
  'automated automatic efficient effective unified large scale level word form').split(' ');
const GENERIC = new Set([...SCHOLARLY, ...FIELD_WORDS.map(stem)]);

/** Is this a word any paper of the field may use of itself (see SCHOLARLY_WORDS, FIELD_WORDS)? */
export const isGenericWord = (word: string): boolean => EMPTY.has(word) || GENERIC.has(stem(word));

const words = (text: string): string[] => text.toLowerCase().match(/\p{L}[\p{L}\p{N}]*|\p{N}+/gu) ?? [];

/** The words of a description that say what kind of thing it is, lower-cased: not the proper
 * nouns ("H3, a Tri Dao paper", "WARP, an ACL 2021 paper", "GLUE, the NYU benchmark", "Ares, the
 * Greek god"), which a paper's abstract seldom names, nor numbers. */
const commonWords = (text: string): string[] =>
  (text.match(/\p{L}[\p{L}\p{N}]*/gu) ?? []).filter((w) => w === w.toLowerCase());

/** The stems of a paper's own words (its title and abstract), to compare descriptions with. */
export function vocabularyOf(title: string, abstract = ''): Set<string> {
  return new Set(
    words(`${title} ${abstract}`)
      .filter((w) => !EMPTY.has(w))
      .map(stem),
  );
}

// "NAME is a …", "NAME, a …", "NAME, the …", "NAME: …", and whose it is: "NAME is Uber's …",
// "NAME means a …", "at work NAME means Uber's …"; the description runs to the first preposition,
// clause or punctuation: "a grid middleware | for job submission", "a Polish benchmark | whose name
// means "glue"". Not "NAME is the …", which
// relates more often than it classifies ("the reason I got into NLP", "the default in our
// pipeline"), nor a bracket's aside ("GLUE (a bit old now)").
const WHOSE = String.raw`\p{L}[\p{L}\p{N}&.-]*['’]s\s`;
// "NAME is also what we call our …" (an eighth trial's comment on ARES's page) says it as well.
const DESCRIBED = new RegExp(
  String.raw`^\s*(?:(?:is|was|means|meant)\s+(?:also\s+)?(?:what\s+(?:we|I|they)\s+call\s+)?(?:an?\s|${WHOSE}|(?:our|my|their)\s)|,\s*(?:an?|the)\s|:\s+)`,
  'iu',
);
// "a set of language understanding tasks": what the set holds says what it is.
const VAGUE_HEAD =
  /^(?:[\p{L}-]+\s+)?(?:set|kind|type|sort|form|part|group|pair|family|series|bunch|lot|mix|combination|piece)s?\s+of\s+/iu;
const DESCRIPTION_END =
  /[\n,.;:!?()[\]"“”]|\s(?:for|of|with|that|which|who|whose|in|on|from|by|to|and|but|where|when|at|as|since|because|so|if|than|now)\s/iu;
// "the dev set of GLUE is a subset": the name is not what the sentence describes.
const NOT_THE_SUBJECT = /\b(?:of|in|on|for|from|with|to|by|than|at|about)\s+(?:the\s+)?$/iu;

/**
 * Does the text right after a weak name say it is something its paper is not? `before` and
 * `after` are the text either side of `name`, `vocabulary` the paper's (vocabularyOf). A colon
 * ("GLUE: a grid middleware") needs two telling words, since a results line or a label often
 * follows one ("GLUE: 80.5", "GLUE: Wang et al.").
 */
export function describedAsOther(
  name: string,
  before: string,
  after: string,
  vocabulary: ReadonlySet<string> | undefined,
): boolean {
  if (!vocabulary) return false;
  const opened = DESCRIBED.exec(after);
  if (!opened || NOT_THE_SUBJECT.test(before)) return false;
  const rest = after.slice(opened[0].length).replace(VAGUE_HEAD, '');
  const end = DESCRIPTION_END.exec(rest);
  const own = words(name);
  const telling = commonWords(end ? rest.slice(0, end.index) : rest)
    // The name's own words say nothing: "CLUE, the board game CLUE".
    .filter((w) => !EMPTY.has(w) && !own.includes(w))
    .slice(0, 4)
    .map(stem);
  // "a stochastic sampling method": the words that say which one, not what kind.
  const which = telling.filter((s) => !SCHOLARLY.has(s));
  // A research work's kind with a word or two of a paraphrase ("H3, a gated convolution model") may
  // be the paper; three words foreign to it are something else ("a grid middleware information
  // model"). A colon's label needs two ("GLUE: 80.5 average").
  const head = telling.at(-1);
  // Ours or theirs ("ARES is our alerting system"): a thing of the speaker's, one telling word will do.
  const owned = /\b(?:our|my|their)\s$/iu.test(opened[0]);
  const needed = owned ? 1 : head !== undefined && SCHOLARLY.has(head) ? 3 : opened[0].includes(':') ? 2 : 1;
  if (which.length < needed) return false;
  return which.every((s) => !vocabulary.has(s));
}

// "Our data centre is called ARES (no, not the RAG evaluation framework)", "„ARES“ – nein, nicht
// das RAG-Evaluations-Framework" (a sixth trial's German blog): the page says the name is not the
// paper, in two or more of the paper's own words; its denial had counted as the paper's words.
// Only an aside that says "no": "WARP is not the best method for few-shot tasks" judges, it does
// not deny.
const DENIAL =
  /^[^.!?\n]{0,40}?(?:\bno,?\s+not|\bnein,?\s+nicht)\s+(?:the|that|das|die|der|den)\s+([^.!?()\n]{3,60})/iu;

/** Does the text right after a weak name deny that it is its paper, in the paper's words? */
export function deniesPaper(after: string, vocabulary: ReadonlySet<string> | undefined): boolean {
  const denied = vocabulary ? DENIAL.exec(after)?.[1] : undefined;
  if (denied === undefined || !vocabulary) return false;
  return words(denied).filter((w) => !EMPTY.has(w) && vocabulary.has(stem(w))).length >= 2;
}

// Another thing given the name, said before it: "we call our alerting stack ARES too", "I named my
// cat WARP"; "a 2024 paper on RLHF is also called WARP" (an eighth trial's Distill article, whose
// numbered citation of the other WARP sat in a shadow root).
const WE_CALL =
  /\b(?:we|I|they)\s+(?:call|called|name|named|dubbed)\s+(?:our|my|their)\s+([^.,;:!?()\n]{1,40}?)\s+["“‘']?$/iu;
const ALSO_CALLED =
  /(?:^|[.;:!?(]\s*)([^.;:!?(]{1,80}?)\s+(?:is|are|was|were)\s+(?:also|too)\s+(?:called|named|known\s+as|dubbed)\s+["“‘']?$/iu;

/**
 * Does the text before a weak name give it to something its paper is not: the speaker's own thing
 * ("we call our alerting stack ARES"), in a word or more foreign to the paper, or something else
 * "also called" so, unless two of the paper's own words say what that is ("a prompt method for
 * language models, also called WARP")?
 */
export function calledSoToo(before: string, vocabulary: ReadonlySet<string> | undefined): boolean {
  if (!vocabulary) return false;
  const own = (text: string) => commonWords(text).filter((w) => !isGenericWord(w));
  const ours = WE_CALL.exec(before)?.[1];
  if (ours !== undefined) {
    const telling = own(ours).map(stem);
    return telling.length > 0 && telling.every((s) => !vocabulary.has(s));
  }
  const subject = ALSO_CALLED.exec(before)?.[1];
  return subject !== undefined && own(subject).filter((w) => vocabulary.has(stem(w))).length < 2;
}

// Of two works of one name, the page says which it means: "WARP (the reward model averaging one
// from DeepMind) and WARP (Hambardzumyan et al., 2021) are different papers" (a new-user trial's
// comment thread, where the citation of the second had named the first too).
const WHICH_ONE = /^\s*[(（]\s*(?:the|that)\s+((?:[\p{L}\p{N}-]+\s+){1,6}?)one\b/iu;

// Which by order, not by what it is: it may be either.
const ORDER = new Set('newer older later latter former first second third last previous next'.split(' '));

/** Does a bracket right after a weak name say which of its namesakes is meant ("the … one"), in
 * words its paper never uses? */
export function saysWhichOther(after: string, vocabulary: ReadonlySet<string> | undefined): boolean {
  const which = vocabulary ? WHICH_ONE.exec(after)?.[1] : undefined;
  if (which === undefined || !vocabulary) return false;
  const telling = commonWords(which)
    .filter((w) => !isGenericWord(w) && !ORDER.has(w))
    .map(stem);
  return telling.length > 0 && telling.every((s) => !vocabulary.has(s));
}
