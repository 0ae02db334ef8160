import { describe, expect, it } from 'vitest';
import { paperName, yearAndVenue } from '../../../components/paperName';

describe('paperName: a paper as a notice names it', () => {
  it('by its short name when it has one', () => {
    expect(paperName({ title: 'LightGlue: Local Feature Matching at Light Speed', shortName: 'LightGlue' })).toBe(
      'LightGlue',
    );
  });

  it('else by its title, cut at a word with "…" when long', () => {
    expect(paperName({ title: 'Attention Is All You Need' })).toBe('Attention Is All You Need');
    expect(paperName({ title: 'Language Models are Few-Shot Learners, and Much More Besides' })).toBe(
      'Language Models are Few-Shot Learners…',
    );
    expect(paperName({ title: 'Towards Understanding Sharpness-Aware Minimization: A Study' })).toBe(
      'Towards Understanding Sharpness-Aware…',
    );
    expect(paperName({ title: 'x'.repeat(60) })).toBe(`${'x'.repeat(40)}…`);
  });
});

describe('yearAndVenue', () => {
  it.each([
    [{ year: 2023, venue: 'CIKM 2023' }, 'CIKM 2023'],
    [{ year: 2022, venue: 'ICLR 2023' }, '2022 · ICLR 2023'],
    [{ year: 2024, venue: 'Computational Linguistics 50(3) (2024)' }, 'Computational Linguistics 50(3) (2024)'],
    [{ year: 2017, venue: 'SemEval-2017' }, 'SemEval-2017'],
    [{ year: 2020, venue: 'Journal 12(1):12020-12031' }, '2020 · Journal 12(1):12020-12031'],
    [{ year: 2024, venue: undefined }, '2024'],
    [{ year: 2024, venue: '  ' }, '2024'],
  ])('%j -> %s', (paper, expected) => {
    expect(yearAndVenue(paper)).toBe(expected);
  });
});
