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
