import { describe, expect, it } from 'vitest';
import { fold, tokenize } from '../../../lib/search/normalize';
import { holdsTitle, referenceScore } from '../../../lib/search/reference';
import { PAPERS, paperById } from './papers.fixture';

const words = (text: string) => tokenize(text).map(fold);
const LIGHTGLUE = paperById('arxiv:2306.13643');

describe('holdsTitle', () => {
  it.each([
    ['P. Lindenberger, "LightGlue: Local feature matching at light speed," in Proc. ICCV', true],
    ['lightglue local feature matching at light speed', true],
    ['LightGlue: Local Feature Matching', false], // part of the title
    ['LightGlue: Local Feature Matching at the Speed of Light', false],
  ])('%s -> %s', (query, holds) => {
    expect(holdsTitle(words(query), LIGHTGLUE)).toBe(holds);
  });
});

describe('referenceScore', () => {
  const best = (query: string) => {
    const all = new Set(words(query));
    return [...PAPERS].sort((a, b) => referenceScore(b, all) - referenceScore(a, all))[0]?.id;
  };
  it.each([
    // Most title words win over the one word of a name another title shares.
    ['Lindenberger et al. Local feature matching at light speed. 2023', 'arxiv:2306.13643'],
    // Authors and year decide between titles that share words.
    ['Sarlin, DeTone, Malisiewicz, Rabinovich. Feature matching with graph networks. 2020', 'arxiv:1911.11763'],
    ['Wang, Singh, Michael, Hill, Levy, Bowman (2018). A benchmark for language understanding', 'arxiv:1804.07461'],
  ])('%s -> %s', (query, id) => {
    expect(best(query)).toBe(id);
  });

  it('counts small title words little, and at most three authors', () => {
    const superglue = paperById('arxiv:1905.00537');
    expect(referenceScore(superglue, new Set(['a', 'for']))).toBe(1);
    expect(referenceScore(superglue, new Set(['wang', 'singh', 'hill', 'levy', 'bowman']))).toBe(3);
    expect(referenceScore(superglue, new Set(['2019']))).toBe(1);
  });
});
