import { describe, expect, it } from 'vitest';
import { attributeOfNoun, partOfProperName } from '../../../lib/detect/attribute-noun';
import { catalogEvidence } from './catalog-evidence';

describe('attributeOfNoun', () => {
  it.each([
    ['Watched Tron: Ares tonight. The ', ' soundtrack by NIN slaps', true],
    ['uses a soft ', ' gripper to pick fruit', true],
    ['We batch calls with the ', ' scheduler', true],
    ['I bought a ', ' stick', true],
    // Research's nouns, a verb or a plural, no determiner: left to the rest of the policy.
    ['reading the ', ' paper', false],
    ['the ', ' score is 80.1', false],
    ['our ', ' implementation', false],
    ['The ', ' one is nice', false],
    ['the ', ' outperforms prompt tuning', false],
    ['the ', ' judges agree', false],
    ['We use ', ' scheduler', false],
    ['the ', ' (Saad-Falcon et al.)', false],
    // After "a", a verb says it is a common noun too; research's nouns still say nothing.
    ['Why is my CUDA kernel slow when a ', ' diverges?', true],
    ['We trained a ', ' model on it', false],
    ['I tried a ', ' variants sweep', false],
    // Words that join or relate are no nouns.
    ['We compare an ', ' and an S4 layer.', false],
    ['Use an ', ' for the header.', false],
  ])('%j … %j -> %s', (before, after, attribute) => {
    expect(attributeOfNoun(before, after)).toBe(attribute);
  });
});

describe('partOfProperName', () => {
  it.each([
    ['whose poster with collaborators from ', ' Bristol on the new dataset', true],
    ['we took a grant from ', ' Capital Partners', true],
    // Research's capitals, sizes, languages, coined names, plain words: left to the rest.
    ['results are shown on the ', ' Benchmark page', false],
    ['curves are plotted in ', ' Figure 2', false],
    ['we fine-tuned ', ' Large on job titles', false],
    ['we compare with ', ' Chinese and others', false],
    ['we compare with ', ' SuperGLUE scores', false],
    ['we compare with ', ' and E5', false],
    ['we compare with ', ' RTE scores', false],
    // A title-case heading: only small words are lower case.
    ['Experiments with ', ' Judges', false],
    ['', ' Bristol', false],
  ])('%j … %j -> %s', (before, after, proper) => {
    expect(partOfProperName(before, after)).toBe(proper);
  });
});

describe('with the real catalog', () => {
  it.each([
    // Nothing in the block names the paper: the noun's kind.
    ['Watched Tron: Ares tonight. The ARES soundtrack by NIN slaps.', [['ARES', 'none']]],
    ['The lab uses a soft CLAW gripper for fruit.', [['CLAW', 'none']]],
    // A citation in the block still names it.
    ['The ARES judges (Saad-Falcon et al., 2024) are calibrated.', [['ARES', 'named']]],
    ['The WARP paper is short.', [['WARP', 'named']]],
    // A proper name's first word, and the block's other bare uses with it.
    [
      'A poster with collaborators from UWE Bristol won the prize. UWE hosts the microscopy facility.',
      [
        ['UWE', 'none'],
        ['UWE', 'none'],
      ],
    ],
    // A model's size: the paper's, as far as its block says.
    ['We fine-tuned UWE Large on job titles.', [['UWE', 'page']]],
  ])('%j', (text, expected) => {
    expect(catalogEvidence(text)).toEqual(expected);
  });
});
