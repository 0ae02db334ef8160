// Runs a parsed query against the index and the catalog.
import type MiniSearch from 'minisearch';
import type { Paper } from '../catalog/types';
import { paperPasses, type SearchContext } from './filters';
import { identifiersIn } from './identifier';
import type { ParsedQuery } from './query';
import { queryWords } from './query-words';
import { type Hit, rankReference, rankWords, titlesFirst } from './rank';

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
  const passes = (paper: Paper | undefined): paper is Paper =>
    paper !== undefined && paperPasses(paper, query.filters, ctx);
  const filter = (hit: { id: string }): boolean => passes(papers.get(hit.id));
  // An arXiv id or DOI anywhere in the query names its paper exactly: that paper first, and the
  // rest of the words searched without the identifier's digits.
  const identified = identifiersIn(text, papers);
  const words = queryWords(identified.rest);
  const ranked = (words.reference ? rankReference : rankWords)(ms, papers, words, filter);
  const hits = titlesFirst(ranked, papers, words.tokens);
  const byId = new Map(hits.map((hit) => [hit.id, hit]));
  const first = identified.papers.filter(passes);
  const firstIds = new Set(first.map((paper) => paper.id));
  const results: SearchResult[] = first.map((paper) => result(paper, byId.get(paper.id), authorTerms));
  for (const hit of hits) {
    if (results.length >= limit) break;
    const paper = papers.get(hit.id);
    if (paper && !firstIds.has(paper.id)) results.push(result(paper, hit, authorTerms));
  }
  return results.slice(0, limit);
}

function result(paper: Paper, hit: Hit | undefined, authorTerms: string[]): SearchResult {
  return { paper, score: hit?.score ?? 1, terms: [...new Set([...(hit?.terms ?? []), ...authorTerms])].sort() };
}
