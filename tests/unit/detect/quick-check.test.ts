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
const full = (text: string, index = ix) => scanCandidates(index, normalizeText(text, true), text).length > 0;

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

describe('QuickCheck', () => {
  it('is unchanged by the warm-up', () => {
    const qc = new QuickCheck(ix);
    warmUp(qc);
    expect(qc.check('We went to the market.')).toBe(false);
    expect(qc.check('read Xprompt: exploring the extreme of prompt tuning')).toBe(true);
    // A check starts afresh: nothing of the block before carries over.
    expect(qc.check('see Light')).toBe(false);
    expect(qc.check('Glue today')).toBe(false);
  });
});
