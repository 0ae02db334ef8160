// Text folding shared by the index, the query parser and highlighting, so all three agree on what "the same word" is.

const COMBINING_MARKS = /\p{M}+/gu;

/** Lower-case and strip accents: "Pollefeys" and "pollèfeys" fold to the same string. */
export const fold = (text: string): string => text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();

// TeX markup inside a word ("Co$^4$", "Co^4"), as damaged titles and people write "Co⁴": dropped
// before splitting, so it stays one word and folds like the superscript itself (NFKD: ⁴ -> 4).
const TEX_IN_WORD = /(?<=[\p{L}\p{N}])[$^{}\\]+(?=[\p{L}\p{N}])/gu;

/**
 * A word is a run of letters and digits (marks included so decomposed accents stay inside their word).
 * Hyphens and punctuation split words: "ST-MoE" is "ST" + "MoE", as in the index.
 */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Splits text into index terms; used as MiniSearch's tokenizer and for highlight terms. */
export const tokenize = (text: string): string[] => text.replace(TEX_IN_WORD, '').match(WORD) ?? [];
