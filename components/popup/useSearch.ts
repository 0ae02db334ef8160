import { useMemo } from 'preact/hooks';
import type { Paper } from '../../lib/catalog/types';
import type { ListsOverview } from '../../lib/messages/contract';
import { findByIdentifier, fold, parseQuery, runSearch, type SearchResult, unknownListErrors } from '../../lib/search';
import type { FilterKey } from '../../lib/search/query';
import { citesUnknownPaper } from '../../lib/search/unmatched';
import { groupByPaper } from './entryInfo';
import type { CatalogData } from './usePopupData';

export interface SearchState {
  results: SearchResult[];
  errors: string[];
  /** True when the box has no words or filters yet and `results` are the newest papers, for browsing. */
  browsing: boolean;
  /** Filters typed without their value yet ("author:"): the view asks for it rather than warns. */
  pending: FilterKey[];
  /** Why nothing (or only near papers) came back: an identifier or a pasted reference that names
   * no catalog paper. */
  unknown?: 'identifier' | 'reference';
}

const newest = (papers: Iterable<Paper>, limit: number): SearchResult[] =>
  [...papers]
    .sort((a, b) => b.year - a.year || a.title.localeCompare(b.title))
    .slice(0, limit)
    .map((paper) => ({ paper, score: 0, terms: [] }));

/** Until the index is restored (a few ms after opening), answer with titles that hold every word. */
function titleMatches(papers: Map<string, Paper>, text: string): SearchResult[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return [...papers.values()]
    .filter((paper) => {
      const haystack = fold([paper.title, paper.shortName, ...(paper.aliases ?? [])].join(' '));
      return words.every((w) => haystack.includes(w));
    })
    .slice(0, 50)
    .map((paper) => ({ paper, score: 0, terms: words }));
}

export function useSearch(catalog: CatalogData | null, overview: ListsOverview | null, query: string): SearchState {
  return useMemo(() => {
    const parsed = parseQuery(query);
    const { pending } = parsed;
    if (!catalog) return { results: [], errors: [], browsing: false, pending };
    // Only filters still waiting for a value (a chip just clicked): keep browsing until they have one.
    if (!parsed.text && parsed.filters.length === 0 && parsed.errors.length === 0) {
      return { results: newest(catalog.papers.values(), 20), errors: [], browsing: true, pending };
    }
    const ctx = {
      entriesByPaper: groupByPaper(overview?.entries ?? []),
      listsById: new Map((overview?.lists ?? []).map((l) => [l.id, l])),
    };
    if (overview) parsed.errors.push(...unknownListErrors(parsed.filters, overview.lists));
    const ident = findByIdentifier(parsed.text, catalog.papers);
    if (ident.isIdentifier) {
      if (!ident.paper) return { results: [], errors: parsed.errors, browsing: false, pending, unknown: 'identifier' };
      return {
        results: [{ paper: ident.paper, score: 1, terms: [] }],
        errors: parsed.errors,
        browsing: false,
        pending,
      };
    }
    if (!catalog.index)
      return { results: titleMatches(catalog.papers, parsed.text), errors: parsed.errors, browsing: false, pending };
    const results = runSearch(catalog.index, catalog.papers, parsed, ctx);
    const unknown = citesUnknownPaper(parsed.text, results, catalog.papers) ? 'reference' : undefined;
    return { results, errors: parsed.errors, browsing: false, pending, ...(unknown && { unknown }) };
  }, [catalog, overview, query]);
}
