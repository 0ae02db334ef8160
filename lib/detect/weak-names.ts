// Which short names are weak: ordinary words or short acronyms that need evidence before they
// count as a paper's mention (the policy: evidence.ts).
import { caseKey } from '../text/normalize';

/** Ordinary English words that are also paper short names. Matched when the short name is
 * written as a word could be: lower case, Capitalised or ALL CAPS. */
// biome-ignore format: a word list reads better packed
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set([
  'warp', 'clue', 'glue', 'ares', 'spt', 'atlas', 'alpaca', 'llama', 'falcon', 'orca', 'koala',
  'vicuna', 'dolly', 'bloom', 'palm', 'gemini', 'mistral', 'phoenix', 'sparrow', 'gopher',
  'chinchilla', 'flamingo', 'retro', 'pythia', 'galactica', 'minerva', 'muse', 'imagen',
  'parti', 'elmo', 'ernie', 'bert', 'marian', 'mass', 'unicorn', 'pegasus', 'electra',
  'lamda', 'sage', 'spider', 'cosmos', 'echo', 'nova', 'aurora', 'zephyr', 'jais', 'dino',
  'clip', 'blip', 'align', 'swag', 'race', 'squad', 'coco', 'piqa', 'hellaswag', 'storm',
  'tulu', 'self', 'react', 'reflexion', 'voyager', 'toolformer', 'codex', 'chain', 'tree', 'button',
  // Not English, as ordinary: a mountain range (travel pages), Polish for "glue".
  'dolomites', 'lepiszcze',
]);

const WORDLIKE = /^(?:\p{Ll}+|\p{Lu}\p{Ll}*|\p{Lu}+)$/u;

/** True when a mention of `shortName` needs evidence (see the policy in evidence.ts). */
export function needsEvidence(shortName: string): boolean {
  const key = caseKey(shortName);
  const letters = key.replace(/\P{L}/gu, '');
  // Short names are weak when they could be a word or an acronym (GLUE, SPT, Ares, T5); one with a
  // capital after a small letter (ExT5, MuLD, HaT5) is coined, and matched with exact casing.
  if (letters.length <= 4) return !/\p{Ll}.*\p{Lu}/u.test(key);
  return WORDLIKE.test(key) && COMMON_WORD_NAMES.has(key.toLowerCase());
}
