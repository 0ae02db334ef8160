import { describe, expect, it } from 'vitest';
import { queryWords } from '../../../lib/search/query-words';

const searched = (text: string) => {
  const q = queryWords(text);
  return q.tokens.filter((_, i) => q.searched[i]).join(' ');
};

describe('queryWords', () => {
  it.each([
    // Typed words are all searched, initials too (they may be part of a name).
    ['superglue sarlin', 'superglue sarlin', false],
    ['P.-E. Sarlin', 'p e sarlin', false],
    ['Ré, C.', 're c', false],
    // "et al." never is.
    ['Weston et al', 'weston', false],
    ['Weston et al. 2015', 'weston 2015', false],
    ['et', 'et', false],
    // Six words beside the noise make a reference: initials, "In", "Proc." and small words go.
    [
      'Houlsby, N. et al. Parameter-Efficient Transfer Learning for NLP. In ICML, 2019.',
      'houlsby parameter efficient transfer learning nlp icml 2019',
      true,
    ],
    [
      'P. Lindenberger and M. Pollefeys, in Proc. ICCV, 2023',
      'p lindenberger and m pollefeys in proc iccv 2023',
      false,
    ],
  ])('%s -> searches "%s" (reference: %s)', (text, words, reference) => {
    expect(searched(text)).toBe(words);
    expect(queryWords(text).reference).toBe(reference);
  });

  it('keeps every word, folded and in order, for finding titles and names', () => {
    expect(queryWords('Ré, C. et al. In "Hungry Hippos"').tokens).toEqual([
      're',
      'c',
      'et',
      'al',
      'in',
      'hungry',
      'hippos',
    ]);
  });

  it.each([
    ['Weston et al', 'weston'],
    ['Houlsby, N. et al. Parameter-Efficient', 'houlsby'],
    ['weston', undefined],
    ['et al', undefined],
  ])('takes the family name before "et al." as the first author: %s', (text, first) => {
    expect(queryWords(text).firstAuthor).toBe(first);
  });
});
