// A paper's weak short name introduced with its own expansion: "Semi-Parametric Prompt Tuning
// (SPT)", "WARP (Word-level Adversarial ReProgramming)". The expansion is the title's words
// after the name ("SPT: Semi-Parametric Prompt Tuning for …"), or the words its abstract spells
// it out with ("the General Language Understanding Evaluation benchmark (GLUE)"), so the page
// names the paper as surely as a citation does. A name spelled out as something else names
// something else: physics's "Space Propulsion Technology (SPT)".

import { isGenericWord } from './defined-as';

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

/** Every word and number, lower-cased. */
const tokens = (text: string): string[] => text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];
const words = (text: string): string[] => tokens(text).filter((w) => !SMALL.has(w));

/** The first words of the expansion a title gives its short name, or undefined when it gives
 * none: "SPT: Semi-Parametric Prompt Tuning for …" -> semi, parametric, prompt. */
export function expansionOf(title: string, shortName: string): string[] | undefined {
  let rest: string | undefined;
  if (title.startsWith(shortName)) rest = /^\s*[:\-–—]\s*(.+)$/su.exec(title.slice(shortName.length))?.[1];
  else if (title.endsWith(`(${shortName})`)) rest = title.slice(0, -shortName.length - 2);
  const first = rest === undefined ? [] : words(rest).slice(0, SPELLED_WORDS);
  return first.length === SPELLED_WORDS ? first : undefined;
}

/** Does the name stand in brackets right after one of its expansions, or open brackets holding
 * one? */
export function spellsOut(before: string, after: string, expansions: readonly (readonly string[])[] = []): boolean {
  if (expansions.length === 0) return false;
  const runOf = (list: string[]) =>
    expansions.some((expansion) => list.some((_, i) => expansion.every((w, k) => list[i + k] === w)));
  const opened = /\(\s*$/u.exec(before);
  if (opened && /^\s*\)/u.test(after)) {
    // Not past the last closing bracket: "Semi-Parametric Prompt Tuning (SPT) and the Space
    // Propulsion Technology (SPT)" spells the second SPT out as something else.
    const head = before.slice(0, opened.index);
    const tail = head
      .slice(head.lastIndexOf(')') + 1)
      .split(/\s+/)
      .slice(-LOOK_BACK_WORDS)
      .join(' ');
    return runOf(words(tail));
  }
  const inside = /^\s*\(([^()]*)\)/u.exec(after)?.[1];
  return inside !== undefined && runOf(words(inside).slice(0, SPELLED_WORDS));
}

/** Folds a word to what its inflections share ("hippos", "hippo"). */
const stemOf = (word: string): string => word.replace(/(?:es|s)$/u, '');

/** A title's words besides the name ("SPT: Semi-Parametric Prompt Tuning for Multitask Prompted
 * Learning" -> semi, parametric, …, multitask, prompted, learning), small words left out. */
export function titleWordsOf(title: string, names: readonly string[]): string[] {
  const own = new Set(names.flatMap(tokens));
  return words(title).filter((w) => !own.has(w));
}

/** Do two words of the title stand next to each other in the name's sentence ("I did not try H3
 * or any state space model", "We use SPT for multitask prompted learning")? Not two words any
 * paper of the field may use ("evaluation framework"), nor a word twice ("Hungry Hungry"). */
export function echoesTitle(sentence: string, titleWords: readonly string[] = []): boolean {
  const said = tokens(sentence).map(stemOf);
  const own = titleWords.map(stemOf);
  const pairs = new Set<string>();
  for (let k = 0; k + 1 < own.length; k++) {
    const [first, second] = [own[k] as string, own[k + 1] as string];
    if (first !== second && !(isGenericWord(first) && isGenericWord(second))) pairs.add(`${first} ${second}`);
  }
  for (let i = 0; i + 1 < said.length; i++) if (pairs.has(`${said[i]} ${said[i + 1]}`)) return true;
  return false;
}

/** Words the field clips in chat and notes, as their full forms. */
const CLIPPED = new Map([
  ['eval', 'evaluation'],
  ['evals', 'evaluations'],
  ['param', 'parameter'],
  ['params', 'parameters'],
  ['lang', 'language'],
]);

/**
 * Does the name's sentence use two words of one of its expansions next to each other, in their
 * order ("SPT made it semi-parametric", "the hungry hungry hippos of the LLM world (H3, …)", "H3
 * from the Hungry Hungry Hippos paper")? The page then describes the paper in its own words, as
 * surely as if it spelled the name out. Not when both are words any paper of the field may start
 * its title with ("Chinese language", "evaluation framework": see isGenericWord), nor words
 * scattered over the sentence ("a general framework for understanding …"). `sentence` is the
 * name's sentence without the name.
 */
export function echoesExpansion(sentence: string, expansions: readonly (readonly string[])[] = []): boolean {
  if (expansions.length === 0) return false;
  // Every word, small ones too: "researchers work on embedding" does not say "Work Embeddings".
  // The field's clipped words in full: "ARES for our RAG eval".
  const said = tokens(sentence).map((w) => stemOf(CLIPPED.get(w) ?? w));
  return expansions.some((expansion) => {
    const own = expansion.map(stemOf);
    // Three in a row say it even when each is a word of the field: "CLUE — Chinese language
    // understanding (1.2k results)".
    if (own.length >= 3 && said.some((_, i) => own.every((w, k) => said[i + k] === w))) return true;
    for (let k = 0; k + 1 < own.length; k++) {
      const [first, second] = [own[k] as string, own[k + 1] as string];
      if (first === second || (isGenericWord(first) && isGenericWord(second))) continue;
      for (let i = 0; i + 1 < said.length; i++) if (said[i] === first && said[i + 1] === second) return true;
    }
    return false;
  });
}

/**
 * Four readings of the words an acronym may be spelled out with, lower-cased, small words left
 * out: a hyphenated word as one initial ("Word-level Adversarial ReProgramming"), as one per part
 * ("single-particle tracking (SPT)"), or the capitalised words and parts alone ("Sensitivity-aware
 * visual Parameter-efficient fine-Tuning (SPT)", "Critical Assessment of protein Intrinsic
 * Disorder (CAID)").
 */
function readingsOf(rawWords: readonly string[]): string[][] {
  const raw = rawWords.map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  const parts = raw.flatMap((t) => t.split(/[-‐‑]+/)).filter((t) => t !== '');
  // And a short acronym among them as one initial per letter: "Customer Account ID (CAID)".
  const lettered = raw.flatMap((t) => (/^\p{Lu}{2,3}$/u.test(t) ? [...t] : [t]));
  return [raw, parts, parts.filter((t) => /^\p{Lu}/u.test(t)), lettered].map((list) =>
    list.map((t) => t.toLowerCase()).filter((t) => t !== '' && !SMALL.has(t)),
  );
}

/**
 * The words right before "(NAME)" whose initials spell the name ("Space Propulsion Technology
 * (SPT)", "General Language Understanding Evaluation benchmark (GLUE)": one word such as
 * "benchmark" may follow them), as spellsOut compares them; undefined when none do.
 */
export function spelledAs(before: string, name: string): string[] | undefined {
  const letters = name.toLowerCase().replace(/[^\p{L}]/gu, '');
  const opened = /\(\s*$/u.exec(before);
  if (!opened || letters.length < 2 || letters.length !== name.replace(/[^\p{L}\p{N}]/gu, '').length) return undefined;
  const readings = readingsOf(before.slice(0, opened.index).split(/\s+/).slice(-LOOK_BACK_WORDS));
  for (const tokens of readings) {
    for (const skip of [0, 1]) {
      const run = tokens.slice(tokens.length - skip - letters.length, tokens.length - skip);
      if (run.length === letters.length && run.every((t, i) => t[0] === letters[i]))
        return words(run.join(' ')).slice(0, SPELLED_WORDS);
    }
  }
  return undefined;
}

/** The words a label's next block starts with, when their initials spell the name: a dataset
 * card's "GLUE" over "General Language Understanding Evaluation benchmark" (see label.ts). */
export function spelledBelow(next: string, name: string): string[] | undefined {
  const letters = name.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters.length !== name.replace(/[^\p{L}\p{N}]/gu, '').length) return undefined;
  return initialsOf(next, letters);
}

/**
 * The words right after "NAME, a" or "NAME (" whose initials spell the name, as spellsOut
 * compares them: an abstract's "We introduce ARES, an Automated RAG Evaluation System, for …";
 * undefined when none do.
 */
export function spelledAfter(after: string, name: string): string[] | undefined {
  const letters = name.toLowerCase().replace(/[^\p{L}]/gu, '');
  // "NAME, a …", "NAME (…", "NAME benchmark dataset (…" and "NAME methodology in hydrology (…": up
  // to three small words between; "NAME means …", "NAME stands for …", "I thought NAME was the …".
  const opened =
    /^\s*(?:,\s*(?:an?|the)\s+|(?:\p{Ll}+\s+){0,3}\(\s*|(?:means|stands\s+for|is\s+short\s+for)\s+|(?:is|was)\s+(?:an?|the)\s+)/u.exec(
      after,
    );
  if (!opened || letters.length < 2 || letters.length !== name.replace(/[^\p{L}\p{N}]/gu, '').length) return undefined;
  return initialsOf(after.slice(opened[0].length), letters);
}

/** The first words of `text` whose initials are `letters`, as spellsOut compares them. */
function initialsOf(text: string, letters: string): string[] | undefined {
  const rawWords = text.trim().split(/\s+/).slice(0, LOOK_BACK_WORDS);
  for (const tokens of readingsOf(rawWords)) {
    const run = tokens.slice(0, letters.length);
    if (run.length === letters.length && run.every((t, i) => t[0] === letters[i]))
      return words(run.join(' ')).slice(0, SPELLED_WORDS);
  }
  return undefined;
}

// A word's first five letters: close enough for a paraphrase's other form ("automatic",
// "automated"), which stemOf, made for inflections only, keeps apart.
const stem5 = (w: string): string => (w.length > 5 ? w.slice(0, 5) : w.replace(/s$/u, ''));
/** Is `spelled` (spelledAfter's or spelledAs's words) one of the paper's own expansions, or a
 * paraphrase of one: joined differently ("semiparametric prompt tuning"), or its first word and
 * one more alike ("Automatic RAG Evaluation System" for "Automated …", "Unified Work Embedding").
 * The first word must be alike: it is the one that tells "Clinical Language Understanding
 * Evaluation" from "Chinese Language Understanding Evaluation". */
export const spelledLike = (spelled: readonly string[], expansions: readonly (readonly string[])[] = []): boolean =>
  expansions.some((e) => {
    const [a, b] = [spelled.join(''), e.join('')];
    if (a.startsWith(b) || b.startsWith(a)) return true;
    const alike = (i: number) => spelled[i] !== undefined && stem5(spelled[i] as string) === stem5(e[i] as string);
    return alike(0) && e.filter((_, i) => alike(i)).length >= 2;
  });

/** The expansions a paper gives its weak name: its title's, and each its abstract spells out,
 * before the name in brackets or after it ("ARES, an Automated RAG Evaluation System"). */
export function expansionsOf(title: string, name: string, abstract = ''): string[][] {
  const found: string[][] = [];
  const fromTitle = expansionOf(title, name);
  if (fromTitle) found.push(fromTitle);
  // A name the title does not give (an alias the abstract coins: H3 for "Hungry Hungry Hippos: …")
  // is spelled out by the title itself: "Hungry Hungry Hippos (H3)".
  else if (!title.includes(name)) {
    const lead = words(title.split(/[:–—]/u)[0] ?? '').slice(0, SPELLED_WORDS);
    if (lead.length === SPELLED_WORDS) found.push(lead);
  }
  for (let at = abstract.indexOf(`(${name})`); at >= 0; at = abstract.indexOf(`(${name})`, at + 1)) {
    const spelled = spelledAs(abstract.slice(Math.max(0, at - LOOK_BACK_CHARS), at + 1), name);
    if (spelled) found.push(spelled);
  }
  for (let at = abstract.indexOf(name); at >= 0; at = abstract.indexOf(name, at + 1)) {
    const spelled = spelledAfter(abstract.slice(at + name.length, at + name.length + LOOK_BACK_CHARS), name);
    if (spelled) found.push(spelled);
  }
  return found;
}
