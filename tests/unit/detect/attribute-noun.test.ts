import { describe, expect, it } from 'vitest';
import { attributeOfNoun } from '../../../lib/detect/attribute-noun';
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
  ])('%j … %j -> %s', (before, after, attribute) => {
    expect(attributeOfNoun(before, after)).toBe(attribute);
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
  ])('%j', (text, expected) => {
    expect(catalogEvidence(text)).toEqual(expected);
  });
});
