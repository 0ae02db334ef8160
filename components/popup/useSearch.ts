import { useMemo } from 'preact/hooks';
import type { Paper } from '../../lib/catalog/types';
import type { ListsOverview } from '../../lib/messages/contract';
import { parseQuery, runSearch, type SearchResult } from '../../lib/search';
import { groupByPaper } from './entryInfo';
import type { CatalogData } from './usePopupData';

export interface SearchState {
  results: SearchResult[];
  errors: string[];
  /** True when the box is empty and `results` are the newest papers, for browsing. */
  browsing: boolean;
}

const newest = (papers: Iterable<Paper>, limit: number): SearchResult[] =>
  [...papers]
    .sort((a, b) => b.year - a.year || a.title.localeCompare(b.title))
    .slice(0, limit)
    .map((paper) => ({ paper, score: 0, terms: [] }));

export function useSearch(catalog: CatalogData | null, overview: ListsOverview | null, query: string): SearchState {
  return useMemo(() => {
    if (!catalog) return { results: [], errors: [], browsing: false };
    const parsed = parseQuery(query);
    if (!query.trim()) return { results: newest(catalog.papers.values(), 20), errors: [], browsing: true };
    const ctx = {
      entriesByPaper: groupByPaper(overview?.entries ?? []),
      listsById: new Map((overview?.lists ?? []).map((l) => [l.id, l])),
    };
    return { results: runSearch(catalog.index, catalog.papers, parsed, ctx), errors: parsed.errors, browsing: false };
  }, [catalog, overview, query]);
}
