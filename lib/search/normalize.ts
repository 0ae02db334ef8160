// Text folding shared by the index, the query parser and highlighting, so all three agree on what "the same word" is.

const COMBINING_MARKS = /\p{M}+/gu;

/** Lower-case and strip accents: "Pollefeys" and "pollèfeys" fold to the same string. */
export const fold = (text: string): string => text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();

/**
 * A word is a run of letters and digits (marks included so decomposed accents stay inside their word).
 * Hyphens and punctuation split words: "ST-MoE" is "ST" + "MoE", as in the index.
 */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Splits text into index terms; used as MiniSearch's tokenizer and for highlight terms. */
export const tokenize = (text: string): string[] => text.match(WORD) ?? [];
