import { describe, expect, it } from 'vitest';
import { authorPhrases } from '../../../lib/search/author-names';
import { fold, tokenize } from '../../../lib/search/normalize';
import { paperById } from './papers.fixture';

const LIGHTGLUE = paperById('arxiv:2306.13643'); // Philipp Lindenberger, Paul-Edouard Sarlin, Marc Pollefeys
const SUPERGLUE = paperById('arxiv:1905.00537'); // Alex Wang, … Samuel R. Bowman
const phrases = (query: string, paper = LIGHTGLUE) => authorPhrases(tokenize(query).map(fold), paper).sort();

describe('authorPhrases', () => {
  it.each([
    // Given names or initials before the family name, or after it as references write them.
    ['Paul-Edouard Sarlin', ['0:3']],
    ['PE Sarlin', ['0:2']],
    ['P.-E. Sarlin', ['0:3']],
    ['P. Sarlin', ['0:2']],
    ['Sarlin, P.-E.', ['0:3']],
    ['marc pollefeys', ['0:2']],
    // Both readings of an initial between two names are kept ("Lindenberger, P." too): in
    // "Wang, A., Singh, A." only the family-first one is right.
    ['P. Lindenberger, P.-E. Sarlin, and M. Pollefeys', ['0:2', '1:3', '2:5', '6:8']],
    ['superglue sarlin', []], // a family name alone is an ordinary word
    ['Marc Sarlin', []], // given and family names of different people
    ['Paul Pollefeys', []],
    ['', []],
  ])('%s -> %j', (query, expected) => {
    expect(phrases(query)).toEqual(expected);
  });

  it('reads middle initials and accents', () => {
    expect(phrases('Samuel R. Bowman', SUPERGLUE)).toEqual(['0:3']);
    expect(phrases('bowman s r', SUPERGLUE)).toEqual(['0:3']);
    expect(phrases('Alex Wang', SUPERGLUE)).toEqual(['0:2']);
  });
});
