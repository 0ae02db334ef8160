import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../lib/catalog/build';
import { readFixture } from './fixtures';

const twoPapers = readFixture('two-papers.txt');

describe('catalog build errors name the problem', () => {
  it.each([
    [
      'a title without an abstract',
      readFixture('missing-abstract.txt'),
      readFixture('two-papers.json'),
      'catalog: seeds line 5: no abstract after "GPT Understands, Too"',
    ],
    [
      'a duplicate id',
      twoPapers,
      readFixture('duplicate-id.json'),
      'catalog: seeds line 3: duplicate id arxiv:2210.04457 (also used by the paper on line 1)',
    ],
    [
      'a metadata title that matches no seed title',
      twoPapers,
      readFixture('unknown-title.json'),
      'catalog: paper-metadata.json: "Attention Is All You Need" matches no title in the seed document',
    ],
    [
      'an invalid year',
      twoPapers,
      readFixture('invalid-year.json'),
      'catalog: paper-metadata.json entry 0 ("XPrompt: Exploring the Extreme of Prompt Tuning"): invalid year "2022" (expected 1900-2100)',
    ],
    ['metadata that is not JSON', twoPapers, '[{"title": ', 'catalog: paper-metadata.json is not valid JSON'],
    [
      'a seed title with no metadata',
      twoPapers,
      '[]',
      'catalog: seeds line 1: no metadata entry for "XPrompt: Exploring the Extreme of Prompt Tuning"',
    ],
  ])('rejects %s', (_label, seed, metadata, message) => {
    expect(() => buildCatalog(seed, metadata)).toThrowError(message);
  });

  it('rejects an entry whose sources name two OpenReview forums', () => {
    const [first, second] = JSON.parse(readFixture('two-papers.json'));
    first.sources = ['https://openreview.net/forum?id=SylzhkBtDB', 'see openreview.net/pdf?id=Hklso24Kwr'];
    expect(() => buildCatalog(twoPapers, JSON.stringify([first, second]))).toThrowError(
      'catalog: paper-metadata.json entry 0 ("XPrompt: Exploring the Extreme of Prompt Tuning"): sources name 2 OpenReview forums (SylzhkBtDB, Hklso24Kwr)',
    );
    first.sources = ['https://openreview.net/forum?id=SylzhkBtDB', 'https://openreview.net/pdf?id=SylzhkBtDB'];
    const catalog = buildCatalog(twoPapers, JSON.stringify([first, second]));
    expect(catalog.papers[0]?.links.openreview).toBe('https://openreview.net/forum?id=SylzhkBtDB');
  });

  it('falls back to a slug id when a paper has no arXiv id', () => {
    const catalog = buildCatalog(twoPapers, readFixture('no-arxiv.json'));
    expect(catalog.papers.map((p) => p.id)).toEqual([
      'slug:xprompt-exploring-the-extreme-of-prompt-tuning',
      'arxiv:2101.00121',
    ]);
    expect(catalog.papers[1]?.links.acl).toBe('https://aclanthology.org/2021.acl-long.381');
  });
});
