// Lists and entries over the shared paper fixtures, including one paper that left the catalog.
import type { Dismissal, ListEntry, ReadingList } from '../../../lib/db/types';
import { entryId } from '../../../lib/db/types';
import type { Settings } from '../../../lib/settings/settings';

export const LISTS: ReadingList[] = [
  { id: 'l-match', name: 'Feature matching', createdAt: 1_700_000_100_000, order: 1 },
  { id: 'l-toread', name: 'To read', createdAt: 1_700_000_000_000, order: 0 },
];

const entry = (listId: string, paperId: string, order: number, extra: Partial<ListEntry> = {}): ListEntry => ({
  id: entryId(listId, paperId),
  listId,
  paperId,
  status: 'to-read',
  note: '',
  addedAt: 1_700_000_000_000 + order * 1000,
  order,
  ...extra,
});

export const ENTRIES: ListEntry[] = [
  entry('l-match', 'arxiv:2306.13643', 1, { status: 'reading', note: 'Adaptive depth.\nCompare to LoFTR' }),
  entry('l-toread', 'arxiv:1905.00537', 0, { note: 'Compare with "GLUE", later' }),
  entry('l-match', 'arxiv:1911.11763', 0, { status: 'read' }),
  entry('l-toread', 'arxiv:9999.00001', 2, {
    snapshot: {
      title: 'A Withdrawn Paper [draft]',
      links: { arxiv: 'https://arxiv.org/abs/9999.00001' },
      authors: ['Jane Doe'],
      year: 2021,
    },
  }),
];

export const DISMISSALS: Dismissal[] = [
  {
    id: 'news.ycombinator.com|arxiv:1905.00537',
    site: 'news.ycombinator.com',
    paperId: 'arxiv:1905.00537',
    createdAt: 1_700_000_500_000,
  },
];

/** Settings as a version 2 backup carries them: non-default preferences and two site rules. */
export const SETTINGS: Settings = {
  version: 1,
  detect: { titles: true, shortNames: false, links: true },
  hoverDelay: 400,
  theme: 'dark',
  siteRules: [
    { pattern: '*.example.org', mode: 'off' },
    { pattern: 'news.example.com', mode: 'quiet' },
  ],
};

export const DATA = { lists: LISTS, entries: ENTRIES, dismissals: DISMISSALS, settings: SETTINGS };
