// "WARP: On the Benefits of Weight Averaged Rewarded Policies" (a search result, a reference) is a
// later paper called WARP, not WARP: Word-level Adversarial ReProgramming: a weak name followed by
// a colon and a long title in title case is another work's title whose first words are not its
// paper's. Had they been its paper's title, the title itself would have matched; cut short
// ("ARES: An Automated Evaluation Framework for…", as result lists do), its first words are the
// paper's and it stays.

const SMALL = new Set('a an the of for on in to and with via by from at is are as its into not'.split(' '));
/** What follows the colon, up to the end of its sentence or line. */
const AFTER_COLON = /^\s*[:：]\s+([^\n.?!]{0,160})/u;
/** Words of a title: five or more, so that a heading ("GLUE: Main Results on All Tasks") is not one. */
const TITLE_WORDS = 5;

/** Is `after` (the text after a weak name) another work's title, for a paper whose title has
 * `titleWords` (lower case, besides its name: see titleWordsOf)? */
export function titlesAnotherWork(after: string, titleWords: readonly string[] = []): boolean {
  const phrase = AFTER_COLON.exec(after)?.[1];
  if (phrase === undefined) return false;
  const significant = (phrase.match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2 && !SMALL.has(w.toLowerCase()));
  if (significant.length < TITLE_WORDS || significant.some((w) => !/^\p{Lu}/u.test(w))) return false;
  const own = new Set(titleWords);
  return !significant.slice(0, 2).every((w) => own.has(w.toLowerCase()));
}
