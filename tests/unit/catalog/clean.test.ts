import { describe, expect, it } from 'vitest';
import { cleanLatex } from '../../../lib/catalog/clean';
import { extractShortName } from '../../../lib/catalog/short-name';
import { chooseTldr, clip, splitSentences, standAlone, withoutAsides } from '../../../lib/catalog/tldr';

describe('cleanLatex', () => {
  it.each([
    ['Single layer tiny Co$^4$ outpaces GPT-2', 'Single layer tiny Co⁴ outpaces GPT-2'],
    ['a tiny Co^4 machine at O(N^2)', 'a tiny Co⁴ machine at O(N²)'],
    ['trained on 10times the amount', 'trained on 10× the amount'],
    ['12\\% on average', '12% on average'],
    ['$10^{12}$ tokens', '10¹² tokens'],
    ['H$_2$O and $\\times$ 3', 'H₂O and × 3'],
    ["performing `repository level' tasks", 'performing ‘repository level’ tasks'],
    ['Already clean: Co⁴, 10×, 12%', 'Already clean: Co⁴, 10×, 12%'],
    ['sometimes the answer', 'sometimes the answer'],
  ])('%s', (input, expected) => {
    expect(cleanLatex(input)).toBe(expected);
    expect(cleanLatex(expected)).toBe(expected);
  });
});

describe('extractShortName', () => {
  it.each([
    ['XPrompt: Exploring the Extreme of Prompt Tuning', 'XPrompt'],
    ['ST-MoE: Designing Stable and Transferable Sparse Expert Models', 'ST-MoE'],
    ['ERNIE 3.0: Large-scale Knowledge Enhanced Pre-training', 'ERNIE 3.0'],
    ['AlexaTM 20B: Few-Shot Learning', 'AlexaTM 20B'],
    ['SWE-Bench Pro: Can AI Agents Solve Long-Horizon Software Engineering Tasks?', 'SWE-Bench Pro'],
    ['Cybench: A Framework for Evaluating Cybersecurity', 'Cybench'],
    ['Continual Learning with Adaptive Weights (CLAW)', 'CLAW'],
    ['Too Much Information: Keeping Training Simple for BabyLMs', undefined],
    ['Hungry Hungry Hippos: Towards Language Modeling with State Space Models', undefined],
    ['This is the way: designing and compiling LEPISZCZE', undefined],
    ['GPT Understands, Too', undefined],
    ['SWE-bench Goes Live!', undefined],
    ['Russian SuperGLUE 1.1: Revising the Lessons not Learned by Russian NLP models', 'Russian SuperGLUE 1.1'],
    ['Retrieval-based Knowledge Transfer: An Effective Approach', undefined],
    ['Big Bird: Transformers for Longer Sequences', undefined],
  ])('%s -> %s', (title, expected) => {
    expect(extractShortName(title)).toBe(expected);
  });
});

describe('TL;DR', () => {
  it('splits sentences without breaking et al., e.g. or decimals', () => {
    expect(
      splitSentences('As shown by Ma et al. 2022, it works. We reach 1.5 points, e.g. on GLUE. Done here.'),
    ).toEqual(['As shown by Ma et al. 2022, it works.', 'We reach 1.5 points, e.g. on GLUE.', 'Done here.']);
  });

  it('prefers the contribution over opening background', () => {
    const abstract =
      'Large language models have become the default tool for many tasks in recent years. However, they are costly to run. ' +
      'We propose TinyLens, a method that cuts inference cost by 40% without losing accuracy. Code is released.';
    expect(chooseTldr(abstract)).toBe(
      'We propose TinyLens, a method that cuts inference cost by 40% without losing accuracy.',
    );
  });

  it.each([
    ['To address these challenges, we propose TinyLens, a method.', 'We propose TinyLens, a method.'],
    ['In this paper we present SuperGLUE, a new benchmark.', 'We present SuperGLUE, a new benchmark.'],
    ['Notably, our model beats the baseline by 4 points.', 'Our model beats the baseline by 4 points.'],
    ['To this end, we build an environment for agents.', 'We build an environment for agents.'],
    // Kept: the clause is the sentence's own subject, or what remains would be too short.
    [
      'In order to reduce verbosity, TaskGen uses StrictJSON.',
      'In order to reduce verbosity, TaskGen uses StrictJSON.',
    ],
    ['However, it works.', 'However, it works.'],
  ])('stands alone: %s', (sentence, expected) => {
    expect(standAlone(sentence)).toBe(expected);
  });

  it('completes a teaser with the sentence after it', () => {
    const abstract =
      'Theory and practice are linked by reviews. This approach is slow. Here we present an alternative approach. ' +
      'We performed automated text analyses on a large body of scientific texts. It helps.';
    expect(chooseTldr(abstract)).toBe(
      'Here we present an alternative approach. We performed automated text analyses on a large body of scientific texts.',
    );
  });

  it.each([
    // Cut at a word, and not after a word that needs the next one, nor after punctuation.
    [`${'x'.repeat(260)} and the rest of it goes on`, `${'x'.repeat(260)} and the rest…`],
    [`${'x'.repeat(262)} model, and of the rest goes on`, `${'x'.repeat(262)} model…`],
    [
      `${'x'.repeat(250)} keeps experts stable and transferable across tasks`,
      `${'x'.repeat(250)} keeps experts stable…`,
    ],
    ['short enough', 'short enough'],
  ])('clips %#', (text, expected) => {
    expect(clip(text)).toBe(expected);
  });

  it('never exceeds 280 characters', () => {
    const long = `We propose ${'a very long method name '.repeat(30)}that works.`;
    const tldr = chooseTldr(long);
    expect(tldr.length).toBeLessThanOrEqual(280);
    expect(tldr.endsWith('…')).toBe(true);
  });
});

describe('withoutAsides', () => {
  const long = (s: string) => `${s} ${'and more words '.repeat(20)}`.trim();
  it.each([
    // A list in brackets goes, the sentence's point stays.
    [
      'a sparse model leads across tasks including reasoning (SuperGLUE, ARC Easy), summarization (XSum, CNN-DM) and',
      'a sparse model leads across tasks including reasoning, summarization and',
    ],
    // A citation glued to a word goes; notation ("O(N)") and asides' own brackets are handled whole.
    [
      'a tiny Co⁴ machine(Adeel,2025) at a cost of O(N) (where N is the input length), outpaces GPT-2 (124M, O(N²)) and',
      'a tiny Co⁴ machine at a cost of O(N), outpaces GPT-2 and',
    ],
    ['an unclosed (bracket stays', 'an unclosed (bracket stays'],
  ])('%j', (text, expected) => {
    expect(withoutAsides(long(text))).toBe(long(expected));
  });

  it('leaves a sentence short enough to show whole as it is', () => {
    expect(withoutAsides('We test on SuperGLUE (Wang et al., 2019).')).toBe(
      'We test on SuperGLUE (Wang et al., 2019).',
    );
  });
});
