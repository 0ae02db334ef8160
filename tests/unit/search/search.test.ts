import { describe, expect, it } from 'vitest';
import type { ListEntry, ReadingList } from '../../../lib/db/types';
import { entryId } from '../../../lib/db/types';
import { unknownListErrors } from '../../../lib/search/filters';
import { parseQuery } from '../../../lib/search/query';
import { runSearch } from '../../../lib/search/run';
import {
  buildSearchIndex,
  loadIndex,
  type SavedIndex,
  SEARCH_INDEX_FORMAT,
  serializeIndex,
} from '../../../lib/search/search-index';
import { PAPER_MAP, PAPERS } from './papers.fixture';

const lists: ReadingList[] = [
  { id: 'l-toread', name: 'To read', createdAt: 1, order: 0 },
  { id: 'l-match', name: 'Feature matching', createdAt: 2, order: 1 },
];
const entry = (listId: string, paperId: string, status: ListEntry['status']): ListEntry => ({
  id: entryId(listId, paperId),
  listId,
  paperId,
  status,
  note: '',
  addedAt: 1_700_000_000_000,
  order: 0,
});
const entries = [
  entry('l-toread', 'arxiv:2210.04457', 'to-read'),
  entry('l-toread', 'arxiv:2202.08906', 'reading'),
  entry('l-match', 'arxiv:1911.11763', 'read'),
  entry('l-match', 'arxiv:2306.13643', 'to-read'),
];
const entriesByPaper = new Map<string, ListEntry[]>();
for (const e of entries) entriesByPaper.set(e.paperId, [...(entriesByPaper.get(e.paperId) ?? []), e]);
const ctx = { entriesByPaper, listsById: new Map(lists.map((l) => [l.id, l])) };

const ms = buildSearchIndex(PAPERS);
const search = (input: string, limit?: number) => runSearch(ms, PAPER_MAP, parseQuery(input), ctx, limit);
const ids = (input: string) => search(input).map((r) => r.paper.id);
const first = (input: string) => ids(input)[0];

describe('runSearch', () => {
  it.each([
    ['superglue benchmark', 'arxiv:1905.00537'],
    ['superglue sarlin', 'arxiv:1911.11763'],
    ['superglue feature matching', 'arxiv:1911.11763'],
    ['lightglue', 'arxiv:2306.13643'],
    ['lightglu', 'arxiv:2306.13643'],
    ['ligh', 'arxiv:2306.13643'],
    ['st-moe', 'arxiv:2202.08906'],
    ['xprompt', 'arxiv:2210.04457'],
    ['xpromt', 'arxiv:2210.04457'],
    ['pollefeys', 'arxiv:2306.13643'],
    ['timothee', 'arxiv:2304.07193'],
    ['DINO', 'arxiv:2304.07193'],
  ])('%s -> %s first', (input, id) => {
    expect(first(input)).toBe(id);
  });

  it('tolerates a transposition typo and ranks title matches above abstract mentions', () => {
    const found = ids('supergleu');
    expect(found.slice(0, 2).sort()).toEqual(['arxiv:1905.00537', 'arxiv:1911.11763']);
    expect(found).toContain('arxiv:2202.08906'); // mentions SuperGLUE in abstract and tags
  });

  it('falls back to any word when no paper has them all', () => {
    expect(first('light glue')).toBe('arxiv:2306.13643');
  });

  it('returns matched indexed terms for highlighting', () => {
    const [hit] = search('lightglu');
    expect(hit?.terms).toContain('lightglue');
    expect(hit?.score).toBeGreaterThan(0);
  });

  it('finds a tag by its acronym in free text, as tag: does ("moe" is mixture-of-experts)', () => {
    const expert: (typeof PAPERS)[number] = {
      ...(PAPERS[0] as (typeof PAPERS)[number]),
      id: 'arxiv:2307.15324',
      title: 'TaskExpert: Dynamically Assembling Multi-Task Representations with Memorial Mixture-of-Experts',
      shortName: 'TaskExpert',
      abstract: 'Learning discriminative task-specific features simultaneously for multiple distinct tasks.',
      year: 2023,
      tags: ['mixture-of-experts', 'multi-task learning'],
    };
    const withExpert = buildSearchIndex([...PAPERS, expert]);
    const map = new Map([...PAPER_MAP, [expert.id, expert]]);
    const found = (input: string) => runSearch(withExpert, map, parseQuery(input), ctx).map((r) => r.paper.id);
    expect(found('moe')).toContain(expert.id);
    expect(found('year:2023 moe')).toEqual([expert.id]);
    expect(found('mtl')).toEqual([expert.id]);
  });

  it.each([
    ['year:2023', ['arxiv:2304.07193', 'arxiv:2306.13643']],
    ['year:>=2022', ['arxiv:2304.07193', 'arxiv:2306.13643', 'arxiv:2202.08906', 'arxiv:2210.04457']],
    ['year:<2019', ['arxiv:1804.07461']],
    ['year:2019..2020', ['arxiv:1911.11763', 'arxiv:1905.00537']],
    ['author:sarlin', ['arxiv:2306.13643', 'arxiv:1911.11763']],
    ['author:TIMOTHÉE', ['arxiv:2304.07193']],
    ['author:edouard', ['arxiv:2306.13643', 'arxiv:1911.11763']],
    ['tag:moe', ['arxiv:2202.08906']],
    ['tag:mixture', ['arxiv:2202.08906']],
    ['tag:prompt', ['arxiv:2210.04457', 'arxiv:2104.08691']],
    ['list:"to read"', ['arxiv:2202.08906', 'arxiv:2210.04457']],
    ['list:feature', ['arxiv:2306.13643', 'arxiv:1911.11763']],
    ['status:read', ['arxiv:1911.11763']],
    ['status:to-read', ['arxiv:2306.13643', 'arxiv:2210.04457']],
    ['list:"to read" status:reading', ['arxiv:2202.08906']],
    ['list:feature status:reading', []],
    ['author:sarlin year:<2023', ['arxiv:1911.11763']],
  ])('filters only: %s (newest first)', (input, expected) => {
    expect(ids(input)).toEqual(expected);
  });

  it.each([
    ['superglue author:wang', ['arxiv:1905.00537', 'arxiv:2210.04457']], // Alex Wang; Jingang and Qifan Wang
    ['superglue author:bowman', ['arxiv:1905.00537']],
    ['superglue year:2022', ['arxiv:2202.08906', 'arxiv:2210.04457']],
    ['prompt tuning tag:superglue year:<2022', ['arxiv:2104.08691']],
    ['matching status:to-read', ['arxiv:2306.13643']],
  ])('words with filters: %s', (input, expected) => {
    expect(ids(input).sort()).toEqual([...expected].sort());
  });

  it('returns nothing for an empty query, and respects the limit', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(search('year:>2000', 3)).toHaveLength(3);
    expect(search('superglue', 1)).toHaveLength(1);
  });

  it('skips hits whose paper is missing from the catalog map', () => {
    const partial = new Map(PAPER_MAP);
    partial.delete('arxiv:2306.13643');
    const found = runSearch(ms, partial, parseQuery('lightglue'), ctx).map((r) => r.paper.id);
    expect(found).not.toContain('arxiv:2306.13643');
  });
});

describe('saved index', () => {
  it('round-trips and answers like the original', () => {
    const saved = serializeIndex(ms, 'v1');
    expect(saved.format).toBe(SEARCH_INDEX_FORMAT);
    const loaded = loadIndex(JSON.parse(JSON.stringify(saved)), 'v1');
    expect(loaded).not.toBeNull();
    if (!loaded) return;
    const again = runSearch(loaded, PAPER_MAP, parseQuery('lightglu'), ctx);
    expect(again.map((r) => r.paper.id)).toEqual(ids('lightglu'));
  });

  it('is rebuilt, not trusted, when saved by an older format', () => {
    const old: SavedIndex = { ...serializeIndex(ms, 'v1'), format: SEARCH_INDEX_FORMAT - 1 };
    expect(loadIndex(old, 'v1')).toBeNull();
  });

  it.each([
    ['another catalog version', { ...serializeIndex(ms, 'v1'), catalogVersion: 'v0' }],
    ['corrupt JSON', { ...serializeIndex(ms, 'v1'), json: '{"documentCount":' }],
    ['JSON of the wrong shape', { ...serializeIndex(ms, 'v1'), json: '{"serializationVersion":99}' }],
    ['no json', { format: SEARCH_INDEX_FORMAT, catalogVersion: 'v1' }],
    ['nothing saved', undefined],
    ['a string', 'index'],
  ])('returns null for %s', (_name, saved) => {
    expect(loadIndex(saved, 'v1')).toBeNull();
  });
});

describe('unknownListErrors', () => {
  const filtersOf = (input: string) => parseQuery(input).filters;
  it.each([
    ['list:"to read"', []],
    ['list:feat', []],
    ['list:thesis', ['search: no list is named "thesis" (your lists: To read, Feature matching)']],
    ['status:read year:2020', []],
  ])('%s', (input, errors) => {
    expect(unknownListErrors(filtersOf(input), lists)).toEqual(errors);
  });

  it('says when there are no lists at all', () => {
    expect(unknownListErrors(filtersOf('list:x'), [])).toEqual([
      'search: no list is named "x" (you have no lists yet)',
    ]);
  });
});
