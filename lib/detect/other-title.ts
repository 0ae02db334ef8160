// "WARP: On the Benefits of Weight Averaged Rewarded Policies" (a search result, a reference) is a
// later paper called WARP, not WARP: Word-level Adversarial ReProgramming: a weak name followed by
// a colon and a long title in title case (or in sentence case, in a reference that goes on after
// it) is another work's title whose first words are not its paper's. Had they been its paper's title, the title itself would have matched; cut short
// ("ARES: An Automated Evaluation Framework for…", as result lists do), its first words are the
// paper's and it stays.

const SMALL = new Set('a an the of for on in to and with via by from at is are as its into not'.split(' '));
/** What follows the colon, up to the end of its sentence or line, and the word after that. */
const AFTER_COLON = /^\s*[:：]\s+([^\n.?!]{0,160})(?:[.?!]\s*(\S*))?/u;
/** A reference going on after its title: "… policies. arXiv preprint", ". In Proceedings of …",
 * ". 2024", ". ICML". A reference list writes titles in sentence case (LaTeXML, most BibTeX
 * styles): there, a title needs no capitals to be one. */
const REFERENCE_GOES_ON =
  /^(?:arXiv|CoRR|In|Proc|Proceedings|Advances|Transactions|Journal|preprint|\d{4}|\p{Lu}{2,})/u;
// A title's opening words that take the name as their object: "Beyond CLUE: A Chinese Long-Context
// Understanding Benchmark" (an eighth trial's arXiv listing) is about CLUE, not a work named so.
const ABOUT_IT_BEFORE =
  /(?:^|[\s"“‘(])(?:Beyond|Revisiting|Rethinking|Extending|Improving|Fixing|Debiasing|Evaluating|Probing|Benchmarking|Against|After|Towards?)\s+$/u;
/** Words of a title: five or more, so that a heading ("GLUE: Main Results on All Tasks") is not one. */
const TITLE_WORDS = 5;

/**
 * Is `after` (the text after a short name) another work's title, for a paper whose title has
 * `titleWords` (lower case, besides its name: see titleWordsOf)? `referenceOnly`: only in a
 * reference that goes on after the title. A distinctive name is judged so: "P-tuning: Prompt
 * tuning can be comparable to fine-tuning across scales and tasks. In ACL" is P-tuning v2's
 * title, not GPT Understands, Too, while a blog's heading "LightGlue: How We Made It Fast on
 * Phones" is about LightGlue. `before`: the text before the name.
 */
export function titlesAnotherWork(
  after: string,
  titleWords: readonly string[] = [],
  referenceOnly = false,
  before = '',
): boolean {
  if (ABOUT_IT_BEFORE.test(before)) return false;
  const own = new Set(titleWords);
  const [, phrase, next] = AFTER_COLON.exec(after) ?? [];
  if (phrase === undefined) return false;
  if (isOtherTitle(phrase, next, own, referenceOnly)) return true;
  // A reference broken over lines ("WARP: On<br>the benefits of …", a PDF's text layer): its
  // title read on, only as a reference's.
  if (!after.slice(0, after.indexOf(phrase) + phrase.length + 1).endsWith('\n')) return false;
  const [, joined, joinedNext] = AFTER_COLON.exec(after.replace(/\s*\n\s*/g, ' ')) ?? [];
  return joined !== undefined && isOtherTitle(joined, joinedNext, own, true);
}

function isOtherTitle(phrase: string, next: string | undefined, own: ReadonlySet<string>, referenceOnly: boolean) {
  const significant = (phrase.match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2 && !SMALL.has(w.toLowerCase()));
  if (significant.length < TITLE_WORDS) return false;
  const capitalised = (w: string) => /^\p{Lu}/u.test(w);
  const inReference = next !== undefined && REFERENCE_GOES_ON.test(next) && /^\s*\p{Lu}/u.test(phrase);
  if (!inReference && (referenceOnly || !significant.every(capitalised))) return false;
  return !significant.slice(0, 2).every((w) => own.has(w.toLowerCase()));
}
