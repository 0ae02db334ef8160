import { describe, expect, it } from 'vitest';
import { DetectorService } from '../../../lib/background/detector';
import { readSeedCatalog } from '../../../lib/catalog/vite-plugin';
import { isLabel, isNamedHeading } from '../../../lib/detect/label';
import type { Mention } from '../../../lib/detect/types';
import { root } from '../catalog/fixtures';

const detector = new DetectorService(readSeedCatalog(root).catalog);
const KINDS = { titles: true, shortNames: true, links: true };

/** Each block's weak names and what they need, as the background judges a page's blocks. */
function judged(texts: string[]) {
  return detector
    .scan(texts, KINDS)
    .map((b) => b.mentions.map((m) => [texts[b.block]?.slice(m.start, m.end), m.evidence, m.paperId]));
}

describe('a weak name alone in its block is judged by the next block', () => {
  it.each([
    // A dataset card: its name, then its spelled-out name.
    [['GLUE', 'General Language Understanding Evaluation benchmark', '2,912 papers'], 'GLUE', 'named'],
    [['CLUE', 'Chinese Language Understanding Evaluation Benchmark'], 'CLUE', 'named'],
    // Blank blocks between, a colon after the name.
    [['GLUE:', '  ', 'General Language Understanding Evaluation'], 'GLUE', 'named'],
    // Spelled out as something else.
    [['GLUE', 'Grid Laboratory Uniform Environment middleware'], 'GLUE', 'none'],
    [['CLUE', 'Clinical Language Understanding Evaluation'], 'CLUE', 'none'],
    // A table's row that cites the paper in a cell of its own (author and a year that fits).
    [['GLUE', '9 English sentence-level tasks', 'Wang et al., 2018'], 'GLUE', 'named'],
    [['CLUE', 'Chinese NLU', 'Xu et al., 2020'], 'CLUE', 'named'],
    [['GLUE', 'adhesives', 'Smith et al., 2018'], 'GLUE', 'page'],
    [['GLUE', 'hydrology', 'Wang et al., 1992'], 'GLUE', 'page'],
    // The next block says nothing: left to the page.
    [['GLUE', 'Posted by Sam on Monday'], 'GLUE', 'page'],
    [['WARP'], 'WARP', 'page'],
  ])('%j', (texts, name, evidence) => {
    expect(judged(texts)[0]?.[0]?.slice(0, 2)).toEqual([name, evidence]);
  });

  it('says a label was judged with the blocks after it, whatever they said (the page does not reuse its answer)', () => {
    const reads = (texts: string[]) => detector.scan(texts, KINDS)[0]?.mentions.map((m) => m.readsNext);
    expect(reads(['GLUE'])).toEqual([true]);
    expect(reads(['GLUE', 'General Language Understanding Evaluation benchmark'])).toEqual([true]);
    expect(reads(['I put GLUE on it'])).toEqual([undefined]);
  });

  it('a name in a sentence is not a label: the next block is another sentence', () => {
    const [first] = judged(['I put GLUE on it', 'General Language Understanding Evaluation benchmark']);
    expect(first?.[0]?.[1]).toBe('page');
  });
});

describe('a short heading that opens with a weak name is judged by what the blocks below spell it out as', () => {
  it.each([
    // A Scholar result of another field: its title, its authors, its snippet (the seventh trial).
    [
      [
        'GLUE: 20 years on',
        'K Beven, A Binley - Hydrological processes, 2014',
        'This paper reviews the use of the Generalized Likelihood Uncertainty Estimation (GLUE) methodology in the 20 years since …',
      ],
      'none',
    ],
    // Spelled out as its paper does.
    [
      [
        'GLUE: 20 years on',
        'A Wang - 2019',
        'A review of the General Language Understanding Evaluation (GLUE) benchmark …',
      ],
      'named',
    ],
    // Further below than the result's own blocks, or nothing spelled out: left to the page.
    [
      [
        'GLUE: 20 years on',
        'K Beven - 2014',
        'A review.',
        'The Generalized Likelihood Uncertainty Estimation (GLUE) …',
      ],
      'page',
    ],
    [['GLUE: 20 years on', 'K Beven - 2014', 'A review of twenty years of practice.'], 'page'],
  ])('%j -> %s', (texts, evidence) => {
    expect(judged(texts)[0]?.[0]?.slice(0, 2)).toEqual(['GLUE', evidence]);
  });
});

describe('isNamedHeading', () => {
  const mention = (start: number, end: number): Mention => ({ paperId: 'p', kind: 'short', start, end });
  it.each([
    ['GLUE: 20 years on', true],
    ['GLUE：二十年', true],
    ['GLUE: a review of two decades of uncertainty estimation in hydrology', false],
    ['GLUE: it works. Really.', false],
    ['GLUE 20 years on', false],
  ])('%j -> %s', (text, heading) => {
    expect(isNamedHeading(text, mention(0, 4))).toBe(heading);
  });
});

describe('isLabel', () => {
  const mention = (start: number, end: number): Mention => ({ paperId: 'p', kind: 'short', start, end });
  it.each([
    ['GLUE', 0, 4, true],
    ['  GLUE : ', 2, 6, true],
    ['GLUE — ', 0, 4, true],
    ['GLUE sticks', 0, 4, false],
    ['the GLUE', 4, 8, false],
  ])('%j', (text, start, end, label) => {
    expect(isLabel(text, mention(start, end))).toBe(label);
  });
});
