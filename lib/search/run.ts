// Runs a parsed query against the index and the catalog.
import type MiniSearch from 'minisearch';
import type { Paper } from '../catalog/types';
import { paperPasses, type SearchContext } from './filters';
import { tokenize } from './normalize';
import type { ParsedQuery } from './query';
import { SEARCH_OPTIONS } from './search-index';

export interface SearchResult {
  paper: Paper;
  score: number;
  /** Indexed words that matched (after prefix/typo expansion, folded), for highlightRanges. */
  terms: string[];
}

const newestFirst = (a: Paper, b: Paper): number => b.year - a.year || a.title.localeCompare(b.title);

export function runSearch(
  ms: MiniSearch<Paper>,
  papers: Map<string, Paper>,
  query: ParsedQuery,
  ctx: SearchContext,
  limit = 50,
): SearchResult[] {
  const text = query.text.trim();
  // "author:laudon" is a reason for a match too: the result line names that author.
  const authorTerms = query.filters.flatMap((f) => (f.kind === 'author' ? [f.value] : []));
  if (!text) {
    if (query.filters.length === 0) return [];
    return [...papers.values()]
      .filter((paper) => paperPasses(paper, query.filters, ctx))
      .sort(newestFirst)
      .slice(0, limit)
      .map((paper) => ({ paper, score: 0, terms: authorTerms }));
  }
  const filter = (hit: { id: string }): boolean => {
    const paper = papers.get(hit.id);
    return paper !== undefined && paperPasses(paper, query.filters, ctx);
  };
  // Every word must match (precise for "superglue sarlin"). When nothing has them all, fall back to any word,
  // plus adjacent words joined, so a split name ("light glue") still ranks LightGlue first.
  let hits = ms.search(text, { ...SEARCH_OPTIONS, combineWith: 'AND', filter });
  if (hits.length === 0) {
    const words = tokenize(text);
    const joined = words.slice(1).map((word, i) => `${words[i]}${word}`);
    hits = ms.search({ queries: [text, ...joined], combineWith: 'OR' }, { ...SEARCH_OPTIONS, filter });
  }
  const results: SearchResult[] = [];
  for (const hit of hits) {
    const paper = papers.get(hit.id);
    if (!paper) continue;
    results.push({ paper, score: hit.score, terms: [...new Set([...hit.terms, ...authorTerms])].sort() });
    if (results.length >= limit) break;
  }
  return results;
}
