import { normalizeText } from '../text/normalize';
import type { QuickCheck } from './quick-check';

// One piece for every branch of the fold: ASCII letters, capitals, quotes, TeX markup, dashes,
// a line-end hyphenation, accents, compatibility forms, surrogate pairs, separators.
const WARM_UP = [
  'Mixture-of-Experts',
  'GLUE’s',
  "it's `x`",
  'Effi-\ncient',
  'Café Ａ ﬁ',
  'Co$^4$',
  'x\u2010\ny',
  '😀 𝐀',
  'a — b',
  '(2021) [3].',
];

/**
 * Runs the fold once over every kind of character, so V8 has type feedback for every branch
 * before it optimises the fold of QuickCheck.check() and normalizeText(). Without it, the first accent or hyphen of a
 * page deoptimised both (seen with --trace-deopt), and the page's text was folded by slower
 * code while they were recompiled. Costs a fraction of a millisecond, once per background start.
 */
export function warmUp(qc: QuickCheck): void {
  for (let round = 0; round < 2; round++) {
    for (const piece of WARM_UP) {
      qc.check(piece);
      normalizeText(piece);
    }
  }
}
