// Extra index terms for a paper's names, so a name is found however its separators are typed:
// "SWEbench" and "ptuning" find "SWE-bench" and "P-tuning" (the tokenizer splits at the hyphen),
// and "glue" finds NumGLUE and RussianSuperGLUE (one word to the tokenizer).
import type { Paper } from '../catalog/types';
import { fold } from './normalize';

/** Letters and digits only, folded: "SWE-Bench Pro" -> "swebenchpro". */
const joinedKey = (text: string): string => fold(text).replace(/[^\p{L}\p{N}]/gu, '');

/** "RussianSuperGLUE" -> Russian, Super, GLUE; "XPrompt" -> X, Prompt. "DINOv2" and "XGLUE" stay whole:
 * a capital needs two lower-case letters after it to start a part, so "v2" is no word. */
export function camelParts(word: string): string[] {
  const split = word
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll}{2,})/gu, '$1 $2')
    .split(' ');
  return split.length > 1 ? split : [];
}

/** Joined forms of hyphenated words and of multi-word names, and the parts of camel-case names. */
export function nameKeys(paper: Paper): string[] {
  const names = [paper.shortName, ...(paper.aliases ?? [])].filter((n): n is string => Boolean(n));
  const keys = new Set<string>();
  for (const text of [...names, paper.title]) {
    for (const word of text.split(/\s+/)) {
      // A word with inner punctuation ("SWE-bench", "ST-MoE"); the tokenizer indexes its pieces.
      if (/\p{L}/u.test(word) && /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(word)) keys.add(joinedKey(word));
    }
  }
  for (const name of names) {
    if (/\s/.test(name.trim())) keys.add(joinedKey(name));
    for (const word of name.split(/[^\p{L}\p{N}]+/u)) {
      // Two-letter parts ("Mo" of MoE, "Ha" of HaT5) are no words anyone types for the name.
      for (const part of camelParts(word)) if (part.length >= 3) keys.add(fold(part));
    }
  }
  return [...keys].filter(Boolean);
}
