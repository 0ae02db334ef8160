import { describe, expect, it } from 'vitest';
import { paperName } from '../../../components/paperName';

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
