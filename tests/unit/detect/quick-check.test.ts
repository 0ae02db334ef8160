import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPrefilter, scanCandidates } from '../../../lib/detect/prefilter';
import { mayHaveCandidates, QuickCheck } from '../../../lib/detect/quick-check';
import { warmUp } from '../../../lib/detect/warm-up';
import { normalizeText } from '../../../lib/text/normalize';
import { ENTRIES, mulberry32 } from './helpers';

const ix = buildPrefilter(ENTRIES);
// Titles shorter than the prefilter's prefix and a lower-case short name take other code paths.
const odd = buildPrefilter([
  ...ENTRIES,
  { id: 'x:tiny', title: 'Tiny BERT' },
  { id: 'x:low', title: 'lowkey: A Study', shortName: 'lowkey' },
]);
const full = (text: string, index = ix) => scanCandidates(index, normalizeText(text), text).length > 0;

// Deterministic, so a failure names a reproducible text: floats in [0, 1).
function rng(seed: number) {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}

const PIECES = [
  ...ENTRIES.flatMap((e) => [e.title, e.title.toLowerCase(), e.shortName ?? '', (e.shortName ?? '').toLowerCase()]),
  ...ENTRIES.map((e) => e.title.slice(0, 12)),
  'glue',
  'warp drive',
  'a clue',
  'Ares',
  'et al.',
  '(2021)',
  '[3]',
  'the',
  'of',
  'model',
  'SuperGlue',
  'SuperGLUE',
  'Tiny BERT',
  'tiny-bert',
  'lowkey',
  '’s',
  "'s",
  '—',
  '–',
  '-',
  '-\n',
  'Effi-\ncient',
  ' ',
  '  ',
  '\n',
  ',',
  '.',
  ':',
  '“',
  '”',
  'ﬁ',
  'Ａ',
  'é',
  'Co$^4$',
  'Co⁴',
  '😀',
  '\u00ad',
  '\u200b',
  'GPT Understands, Too',
  'Tool',
  'XPrompt’s',
];

describe('mayHaveCandidates agrees with the full scan', () => {
  it('on 20,000 generated texts', () => {
    const next = rng(12345);
    for (let t = 0; t < 20_000; t++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(next() * 8);
      for (let i = 0; i < count; i++) parts.push(PIECES[Math.floor(next() * PIECES.length)] as string);
      const text = parts.join(next() < 0.5 ? ' ' : '');
      for (const index of [ix, odd]) {
        const expected = full(text, index);
        if (mayHaveCandidates(index, text) !== expected) {
          throw new Error(`disagree (full=${expected}) on ${JSON.stringify(text)}`);
        }
      }
    }
  });

  it('on every paragraph of the HTML fixtures', () => {
    const dir = resolve(import.meta.dirname, '../../fixtures/pages');
    let checked = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dir, file), 'utf8');
      for (const block of html.replace(/<[^>]+>/g, '').split(/\n\s*\n/)) {
        expect(mayHaveCandidates(ix, block), `${file}: ${block.slice(0, 60)}`).toBe(full(block));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('says no for ordinary prose and yes for a title or an exact short name', () => {
    expect(mayHaveCandidates(ix, 'We went to the market and bought some bread.')).toBe(false);
    expect(mayHaveCandidates(ix, 'see Xprompt: exploring the extreme of prompt tuning!')).toBe(true);
    expect(mayHaveCandidates(ix, 'LightGlue is fast')).toBe(true);
    // Short names match with exact casing, and every one starts with a capital.
    expect(mayHaveCandidates(ix, 'some glue code and a lightglue')).toBe(false);
  });
});

describe('QuickCheck fed in pieces (one text node at a time)', () => {
  // The page walk feeds a block's text nodes one by one. Split anywhere, the check may say yes
  // where the joined text says no (a hyphen at the end of a piece), but never the reverse.
  it('never misses what the joined text holds, on 20,000 generated texts split at random', () => {
    const next = rng(777);
    let agreed = 0;
    for (let t = 0; t < 20_000; t++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(next() * 8);
      for (let i = 0; i < count; i++) parts.push(PIECES[Math.floor(next() * PIECES.length)] as string);
      const text = parts.join(next() < 0.5 ? ' ' : '');
      const cuts = [0];
      for (let i = 1; i < text.length; i++) if (next() < 0.15) cuts.push(i);
      cuts.push(text.length);
      for (const index of [ix, odd]) {
        const qc = new QuickCheck(index);
        qc.begin();
        let said = false;
        for (let c = 1; c < cuts.length && !said; c++) said = qc.feed(text.slice(cuts[c - 1], cuts[c]));
        said ||= qc.end();
        const expected = full(text, index);
        if (expected && !said) throw new Error(`missed ${JSON.stringify(text)} cut at ${cuts.join(',')}`);
        if (said === expected) agreed++;
      }
    }
    // Uncertain piece ends are rare: nearly every answer is exact.
    expect(agreed / 40_000).toBeGreaterThan(0.95);
  });

  it('joins a word split across pieces, and reads a <br> as a line break', () => {
    const qc = new QuickCheck(ix);
    qc.begin();
    expect(qc.feed('see Light') || qc.feed('Glue') || qc.feed(' today') || qc.end()).toBe(true);
    for (const [a, b] of [
      ['LightGlue is', 'fast'],
      ['a ST', 'MoE model'],
      ['the Super', 'GLUE tasks'],
      ['Xprompt: exploring the', 'extreme of prompt tuning'],
    ] as const) {
      qc.begin();
      let said = qc.feed(a);
      if (!said) {
        qc.breakLine();
        said = qc.feed(b) || qc.end();
      }
      expect(said, `${a} <br> ${b}`).toBe(full(`${a}\n${b}`));
    }
  });

  it('is unchanged by the warm-up', () => {
    const qc = new QuickCheck(ix);
    warmUp(qc);
    qc.begin();
    expect(qc.feed('We went to the market.') || qc.end()).toBe(false);
    qc.begin();
    expect(qc.feed('read Xprompt: exploring the extreme of prompt tuning') || qc.end()).toBe(true);
  });
});
