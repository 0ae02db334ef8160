// Where to highlight matched words, as ranges, so the UI can render <mark> without building HTML strings.
import { fold, tokenize, WORD } from './normalize';

export interface HighlightRange {
  start: number;
  end: number;
}

/** Ranges (UTF-16 offsets into `text`) of words that start with any of `terms`, case- and
 * accent-insensitive. A term of one letter is that word only: "a" in "a graph neural network"
 * marked Andrew among SuperGlue's authors (a Firefox trial), and every "a…" word of a title. */
export function highlightRanges(text: string, terms: string[]): HighlightRange[] {
  const needles = [...new Set(terms.flatMap((term) => tokenize(fold(term))))];
  if (needles.length === 0) return [];
  const ranges: HighlightRange[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = fold(match[0]);
    if (needles.some((needle) => (needle.length > 1 ? word.startsWith(needle) : word === needle))) {
      ranges.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return ranges;
}
