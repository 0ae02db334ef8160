// A paper's weak short name introduced with its own expansion: "Semi-Parametric Prompt Tuning
// (SPT)", "WARP (Word-level Adversarial ReProgramming)". The expansion is the title's words
// after the name ("SPT: Semi-Parametric Prompt Tuning for …"), so the page names the paper as
// surely as a citation does: physics's "Space Propulsion Technology (SPT)" does not spell it.

// Small words a reader drops or adds when spelling a name out ("An Automated Evaluation …").
const SMALL = new Set('a an the of for on in to and with via by from at'.split(' '));
/** Words that must match: enough to be no chance, few enough for a paraphrase of the rest. */
const SPELLED_WORDS = 3;
/** How far before "(NAME)" the expansion may start, in words (its small words included). */
const LOOK_BACK_WORDS = 10;
/** The text before the name that spellsOut needs to see those words: more than the evidence
 * window, which would cut "An Automated Evaluation Framework for Retrieval-Augmented Generation
 * Systems (ARES)" in its second word. */
export const LOOK_BACK_CHARS = 240;

const words = (text: string): string[] =>
  (text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? []).filter((w) => !SMALL.has(w));

/** The first words of the expansion a title gives its short name, or undefined when it gives
 * none: "SPT: Semi-Parametric Prompt Tuning for …" -> semi, parametric, prompt. */
export function expansionOf(title: string, shortName: string): string[] | undefined {
  let rest: string | undefined;
  if (title.startsWith(shortName)) rest = /^\s*[:\-–—]\s*(.+)$/su.exec(title.slice(shortName.length))?.[1];
  else if (title.endsWith(`(${shortName})`)) rest = title.slice(0, -shortName.length - 2);
  const first = rest === undefined ? [] : words(rest).slice(0, SPELLED_WORDS);
  return first.length === SPELLED_WORDS ? first : undefined;
}

/** Does the name stand in brackets right after its expansion, or open brackets holding it? */
export function spellsOut(before: string, after: string, expansion: readonly string[] | undefined): boolean {
  if (expansion === undefined) return false;
  const runOf = (list: string[]) => list.some((_, i) => expansion.every((w, k) => list[i + k] === w));
  const opened = /\(\s*$/u.exec(before);
  if (opened && /^\s*\)/u.test(after)) {
    const tail = before.slice(0, opened.index).split(/\s+/).slice(-LOOK_BACK_WORDS).join(' ');
    return runOf(words(tail));
  }
  const inside = /^\s*\(([^()]*)\)/u.exec(after)?.[1];
  return inside !== undefined && runOf(words(inside).slice(0, SPELLED_WORDS));
}
