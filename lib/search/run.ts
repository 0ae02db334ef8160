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

/** Where a paper's names are: a joined pair of words is looked up there only. */
const NAME_FIELDS = ['title', 'shortName', 'aliases', 'names'];

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
  // Every word must match (precise for "superglue sarlin"). Two adjacent words written as one
  // that name a paper come first: a name typed split ("light glue", "web arena") finds LightGlue
  // even where other papers have both words. When nothing matches, any word will do.
  const words = tokenize(text);
  const joined = words.slice(1).map((word, i) => `${words[i]}${word}`);
  const named = joined.length
    ? ms.search(
        { queries: joined, combineWith: 'OR' },
        { ...SEARCH_OPTIONS, fields: NAME_FIELDS, fuzzy: false, filter },
      )
    : [];
  const seen = new Set(named.map((hit) => hit.id));
  let hits = [
    ...named,
    ...ms.search(text, { ...SEARCH_OPTIONS, combineWith: 'AND', filter }).filter((hit) => !seen.has(hit.id)),
  ];
  if (hits.length === 0) {
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
