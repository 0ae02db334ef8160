import { describe, expect, it } from 'vitest';
import { titlesAnotherWork } from '../../../lib/detect/other-title';
import { catalogEvidence } from './catalog-evidence';

// WARP: Word-level Adversarial ReProgramming.
const WARP_WORDS = ['word', 'level', 'adversarial', 'reprogramming'];

describe('titlesAnotherWork', () => {
  it.each([
    [': On the Benefits of Weight Averaged Rewarded Policies. Ramé et al.', true],
    [': Weight Averaged Rewarded Policies for Alignment', true],
    // Its own title, cut short as result lists do.
    [': Word-Level Adversarial ReProgramming for Few…', false],
    // A heading, not a title: too short.
    [': Main Results on All Tasks', false],
    // Prose after a colon.
    [': it works on Every Single Task', false],
    ['  Benefits of Weight Averaged Rewarded Policies', false],
    // Sentence case, in a reference that goes on after the title.
    [': On the benefits of weight averaged rewarded policies. arXiv preprint, 2024.', true],
    [': On the benefits of weight averaged rewarded policies. In ICML, 2024.', true],
    [': On the benefits of weight averaged rewarded policies. ICML 2024.', true],
    // Its own title in sentence case stays its own.
    [': Word-level adversarial reprogramming. In ACL, 2021.', false],
    // A reference broken over lines (a <br>, a PDF's text layer): read on, as a reference only.
    [': On\nthe benefits of weight averaged rewarded policies. arXiv preprint, 2024.', true],
    [': Word-level\nadversarial reprogramming. In ACL, 2021.', false],
    [': On\nthe benefits of weight averaged rewarded policies', false],
    // Prose in sentence case, not a reference: no more than before.
    [': It beats prompt tuning on every single benchmark we tried. Nice.', false],
  ])('%j -> %s', (after, expected) => {
    expect(titlesAnotherWork(after, WARP_WORDS)).toBe(expected);
  });
});

describe("a weak name before another work's title, or a company's noun, with the real catalog", () => {
  it.each([
    // Search results for an acronym two papers share.
    ['WARP: On the Benefits of Weight Averaged Rewarded Policies. A Ramé, 2024', 'none'],
    [
      'Alexandre Ramé, Johan Ferret, et al. WARP: On the benefits of weight averaged rewarded policies. arXiv preprint, 2024.',
      'none',
    ],
    ['SPT: Learning to Selectively Insert Prompts for Better Prompt Tuning', 'none'],
    ['SPT: Spectral Prompt Tuning for Low-Resource Languages', 'none'],
    [
      'Alexandre Ramé, Johan Ferret, and Olivier Bachem. WARP: On\nthe benefits of weight averaged rewarded policies. arXiv preprint arXiv:2406.16768, 2024.',
      'none',
    ],
    // Its own title cut short names it.
    ['ARES: An Automated Evaluation Framework for…', 'named'],
    ['GLUE: Main Results on All Tasks', 'page'],
    // Organisations named after the acronym, on a page that cites the paper.
    ['Slides from my talk at the ARES lab meeting.', 'none'],
    ['Sponsor booth: ARES Robotics (we are hiring)', 'none'],
  ])('%j -> %s', (text, evidence) => {
    expect(catalogEvidence(text)?.map(([, e]) => e)).toEqual([evidence]);
  });
});

describe("a distinctive name before another work's title", () => {
  it.each([
    // P-tuning v2's ACL title, in a reference: not GPT Understands, Too (P-tuning).
    [
      'Xiao Liu, Kaixuan Ji, Yicheng Fu, Weng Tam, Zhengxiao Du, Zhilin Yang, and Jie Tang. P-tuning: Prompt tuning can be comparable to fine-tuning across scales and tasks. In Proceedings of ACL, 2022.',
      'none',
    ],
    // A heading about the paper, in title case: not a reference, so it stays.
    ['P-tuning: How We Made Prompts Work Better on Every Task', undefined],
  ])('%j -> %s', (text, evidence) => {
    expect(catalogEvidence(text)?.map(([, e]) => e)).toEqual([evidence]);
  });

  it('stays its own paper’s name before its own title, damaged or cut', () => {
    expect(
      titlesAnotherWork(
        ': Exploring the extremes of prompt tuning. In EMNLP, 2022.',
        ['exploring', 'the', 'extreme', 'of', 'prompt', 'tuning'],
        true,
      ),
    ).toBe(false);
    expect(
      titlesAnotherWork(
        ': Prompt tuning can be comparable to fine-tuning. In ACL, 2022.',
        ['gpt', 'understands', 'too'],
        true,
      ),
    ).toBe(true);
    expect(
      titlesAnotherWork(
        ': Prompt Tuning Can Be Comparable to Fine-tuning Universally',
        ['gpt', 'understands', 'too'],
        true,
      ),
    ).toBe(false);
  });
});
