import { describe, expect, it } from 'vitest';
import { readSeedCatalog } from '../../../lib/catalog/vite-plugin';
import { parseQuery } from '../../../lib/search/query';
import { runSearch } from '../../../lib/search/run';
import { buildSearchIndex } from '../../../lib/search/search-index';
import { root } from '../catalog/fixtures';

const { papers } = readSeedCatalog(root).catalog;
const byId = new Map(papers.map((p) => [p.id, p]));
const ms = buildSearchIndex(papers);
const ctx = { entriesByPaper: new Map(), listsById: new Map() };
const first = (input: string) => runSearch(ms, byId, parseQuery(input), ctx)[0]?.paper.id;

describe('searching the bundled catalog by a name: coined in the abstract (seeds/aliases.json), or typed split', () => {
  it.each([
    ['P-tuning', 'arxiv:2103.10385'],
    ['p-tuning', 'arxiv:2103.10385'],
    ['H3', 'arxiv:2212.14052'],
    ['TSV-Merge', 'arxiv:2412.00081'],
    ['crosstask', 'arxiv:1903.08225'],
    ['swe-bench-live', 'arxiv:2505.23419'],
    // A name typed as two words: Light-PEFT has "light" and "GLUE" too, but LightGlue is named.
    ['light glue', 'arxiv:2306.13643'],
    ['web arena', 'arxiv:2307.13854'],
    ['p tuning', 'arxiv:2103.10385'],
  ])('%s -> %s first', (input, id) => {
    expect(first(input)).toBe(id);
  });
});

describe('searching the bundled catalog by a four-letter name', () => {
  it('finds ARES without every paper one typo away (all that say "are")', () => {
    const found = runSearch(ms, byId, parseQuery('ARES'), ctx).map((r) => r.paper.id);
    expect(found[0]).toBe('arxiv:2311.09476');
    expect(found.length).toBeLessThan(10);
  });
});

describe('typo tolerance for words the catalog does not have only', () => {
  const ids = (input: string) => runSearch(ms, byId, parseQuery(input), ctx).map((r) => r.paper.id);
  it('finds P-tuning by "ptuning", not every abstract with "tuning" one letter off', () => {
    const found = ids('ptuning');
    expect(found[0]).toBe('arxiv:2103.10385');
    expect(found.length).toBeLessThan(5);
  });
  it('still corrects a typo: "transformr" finds the papers about transformers', () => {
    const found = ids('transformr');
    expect(found.length).toBeGreaterThan(3);
    expect(
      found
        .map((id) => byId.get(id)?.title)
        .slice(0, 3)
        .join(' '),
    ).toMatch(/Transformer/);
  });
});

describe('searching the bundled catalog by a name with a year or a venue', () => {
  const ids = (input: string) => runSearch(ms, byId, parseQuery(input), ctx).map((r) => r.paper.id);
  const yearOf = (id: string) => byId.get(id)?.year;
  it.each([
    ['glue 2018', 'arxiv:1804.07461'],
    ['sarlin 2019', 'arxiv:1911.11763'],
    ['zoph 2022', 'arxiv:2202.08906'],
    ['lightglue iccv', 'arxiv:2306.13643'],
  ])('%s -> %s first', (input, id) => {
    expect(ids(input)[0]).toBe(id);
  });

  it('finds the papers of a year by the year alone, not the years one typo away', () => {
    const found = ids('2023');
    expect(found.length).toBeGreaterThan(5);
    expect(found.slice(0, 5).every((id) => yearOf(id) === 2023)).toBe(true);
  });

  it('finds the papers of a venue, before those one typo away (ECCV)', () => {
    const iccv = papers.filter((p) => /\biccv\b/i.test(p.venue ?? '')).map((p) => p.id);
    expect(iccv.length).toBeGreaterThan(1);
    expect(new Set(ids('ICCV').slice(0, iccv.length))).toEqual(new Set(iccv));
  });
});
