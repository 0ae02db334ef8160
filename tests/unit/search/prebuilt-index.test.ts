import catalog from 'virtual:paperlens-catalog';
import saved from 'virtual:paperlens-search-index';
import { describe, expect, it } from 'vitest';
import { loadIndex, SEARCH_INDEX_FORMAT } from '../../../lib/search/search-index';

describe('the search index built with the extension', () => {
  it('carries the current format and the catalog version, and answers queries', () => {
    expect(saved).toMatchObject({ format: SEARCH_INDEX_FORMAT, catalogVersion: catalog.version });
    const index = loadIndex(saved, catalog.version);
    expect(index?.documentCount).toBe(112);
    expect(index?.search('lightglue')[0]?.id).toBe('arxiv:2306.13643');
  });

  it.each([
    ['an older format', { ...saved, format: SEARCH_INDEX_FORMAT - 1 }],
    ['another catalog version', { ...saved, catalogVersion: 'an-older-catalog' }],
    ['damaged JSON', { ...saved, json: '{"documentCount": 1' }],
  ])('is not trusted when saved with %s (the popup rebuilds it)', (_label, damaged) => {
    expect(loadIndex(damaged, catalog.version)).toBeNull();
  });
});
