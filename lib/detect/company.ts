// Another paper's mention next to a name: a list or a comparison vouches for the name there (see
// evidence.ts, casual-titles.ts).
import { EVIDENCE_WINDOW, SENTENCE_END } from './signs';
import type { Mention } from './types';

// Company is a list or a comparison: "GLUE, SuperGLUE and CLUE", "XPrompt (Ma et al.) with WARP",
// "XPrompt, cf. WARP", "WARP got 81% on my task, XPrompt 79%". A remark that happens to hold a
// paper's name further on is not: "I use WARP terminal and it keeps suggesting LightGlue install
// commands".
const COMPANY_WORDS = 4;
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]/g;
const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

/** Is the text between two names short enough for them to be in each other's company: at most
 * COMPANY_WORDS words, leaving out what brackets hold (citations, notes)? */
function inCompany(between: string): boolean {
  return (between.replace(BRACKETED, ' ').match(WORD)?.length ?? 0) <= COMPANY_WORDS;
}

/** Is another paper's mention among `strong` in `m`'s company: its sentence, a few words off? */
export function nearOther(m: Mention, strong: readonly Mention[], text: string): boolean {
  return strong.some(
    (n) =>
      n.paperId !== m.paperId &&
      n.start - m.end <= EVIDENCE_WINDOW &&
      m.start - n.end <= EVIDENCE_WINDOW &&
      // The text between them and the first letter after it (a sentence may start with a name).
      !SENTENCE_END.test(text.slice(Math.min(m.end, n.end), Math.max(m.start, n.start) + 1)) &&
      inCompany(text.slice(Math.min(m.end, n.end), Math.max(m.start, n.start))),
  );
}
