import catalog from 'virtual:paperlens-catalog';
import saved from 'virtual:paperlens-search-index';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../lib/search/query';
import { runSearch } from '../../../lib/search/run';
import { loadIndex, SEARCH_INDEX_FORMAT } from '../../../lib/search/search-index';

const ctx = { entriesByPaper: new Map(), listsById: new Map() };

describe('the search index built with the extension', () => {
  it('carries the current format and the catalog version, and answers queries', () => {
    expect(saved).toMatchObject({ format: SEARCH_INDEX_FORMAT, catalogVersion: catalog.version });
    const index = loadIndex(saved, catalog.version);
    expect(index?.documentCount).toBe(112);
    expect(index?.search('lightglue')[0]?.id).toBe('arxiv:2306.13643');
  });

  // Among all 112 papers, "co" alone is a prefix of CooperBench, Compositional, …: the TeX
  // markup people type for "Co⁴" must fold into one word, as the superscript does.
  it.each(['Co^4', 'Co$^4$', 'co4', 'Co⁴'])('finds the Co⁴ paper first for %s', (query) => {
    const index = loadIndex(saved, catalog.version);
    const hits = index ? runSearch(index, new Map(catalog.papers.map((p) => [p.id, p])), parseQuery(query), ctx) : [];
    expect(hits[0]?.paper.title).toBe('Single layer tiny Co⁴ outpaces GPT-2 and GPT-BERT');
  });

  it.each([
    ['an older format', { ...saved, format: SEARCH_INDEX_FORMAT - 1 }],
    ['another catalog version', { ...saved, catalogVersion: 'an-older-catalog' }],
    ['damaged JSON', { ...saved, json: '{"documentCount": 1' }],
  ])('is not trusted when saved with %s (the popup rebuilds it)', (_label, damaged) => {
    expect(loadIndex(damaged, catalog.version)).toBeNull();
  });
});
