import { describe, expect, it } from 'vitest';
import { ANY_CASE, caseFits, caseMask } from '../../../lib/detect/case-mask';
import { hasFitting, hashSet, indexBits } from '../../../lib/detect/hash-set';
import { buildPrefilter, scanCandidates } from '../../../lib/detect/prefilter';
import { mayHaveCandidates } from '../../../lib/detect/quick-check';
import { normalizeText } from '../../../lib/text/normalize';
import { ENTRIES } from './helpers';

// Bit i is the i-th letter or digit: binary literals read right to left.
describe('caseMask', () => {
  it.each([
    ['GLUE', 0b1111],
    ['Glue', 0b0001],
    ['glue', 0],
    ['SuperGLUE', 0b111100001],
    ['SuperGlue', 0b000100001],
    ['ST-MoE', 0b10111],
    ['ERNIE 3.0', 0b11111],
    ['GLUE’s', ANY_CASE],
    ['Café', ANY_CASE],
    ['A'.repeat(31), 0x7fffffff],
    ['A'.repeat(32), ANY_CASE],
  ])('%s -> %i', (text, mask) => {
    expect(caseMask(text, 0, text.length)).toBe(mask);
  });

  it('reads only the span, and unknown casing fits anything', () => {
    expect(caseMask('see GLUE.', 4, 8)).toBe(0b1111);
    expect(caseFits(0b1, 0b1111)).toBe(false);
    expect(caseFits(ANY_CASE, 0b1111)).toBe(true);
    expect(caseFits(0b1, ANY_CASE)).toBe(true);
  });
});

describe('hasFitting', () => {
  it('finds a hash whose value fits among repeated hashes', () => {
    const hashes = Uint32Array.from([7, 9, 9, 9, 12]);
    const set = hashSet(hashes, indexBits(5), undefined, Uint32Array.from([1, 4, 5, 6, 1]));
    expect(hasFitting(set, 9, (v) => v === 5)).toBe(true);
    expect(hasFitting(set, 9, (v) => v === 1)).toBe(false);
    expect(hasFitting(set, 8, () => true)).toBe(false);
  });
});

describe('short names are screened on their casing before the background sees them', () => {
  const ix = buildPrefilter(ENTRIES);
  const shorts = (text: string) =>
    scanCandidates(ix, normalizeText(text), text)
      .filter((c) => c.kind === 'short')
      .map((c) => c.probe);

  it.each([
    ['Glue code holds it together.', []],
    ['Warp drive engaged.', []],
    ['Clue: the butler.', []],
    ['Ares, god of war.', []],
    ['We evaluate on GLUE and WARP.', ['glue', 'warp']],
    ['SuperGlue matches features; SuperGLUE is a benchmark.', ['superglue', 'superglue']],
    ['A new ST-MoE model.', ['stmoe']],
    ['GLUE’s tasks', ['glue']],
  ])('%s', (text, expected) => {
    expect(shorts(text)).toEqual(expected);
    expect(mayHaveCandidates(ix, text)).toBe(expected.length > 0);
  });
});
