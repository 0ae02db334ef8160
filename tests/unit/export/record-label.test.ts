import { describe, expect, it } from 'vitest';
import { recordLabel } from '../../../lib/export/record-label';

const file = {
  lists: [
    { id: 'l1', name: 'To read' },
    { id: 'l2', name: '' },
    { id: 'l3', name: 'x'.repeat(100) },
  ],
  entries: [
    { listId: 'l1', paperId: 'arxiv:2306.13643' },
    { listId: 'l1', paperId: 'arxiv:9999.00001', snapshot: { title: 'A Withdrawn\u0007 Paper' } },
    { listId: 'gone', paperId: 'arxiv:1911.11763' },
    { listId: 'l1', paperId: 42 },
    'not a record',
  ],
  dismissals: [{ site: 'news.ycombinator.com', paperId: 'arxiv:1905.00537' }, { site: 7 }],
};

describe('recordLabel names the record a problem is in, as a person knows it', () => {
  it.each([
    [['lists', 0, 'order'], 'the list "To read"'],
    [['lists', 1, 'order'], undefined], // a blank name says nothing
    [['lists', 2, 'order'], `the list "${'x'.repeat(59)}…"`],
    [['lists', 0, 'name'], undefined], // the name at fault is not quoted back
    [['entries', 0, 'status'], 'paper "arxiv:2306.13643" in the list "To read"'],
    [['entries', 1, 'note'], 'the paper "A Withdrawn? Paper" in the list "To read"'],
    [['entries', 1, 'snapshot', 'title'], 'paper "arxiv:9999.00001" in the list "To read"'],
    [['entries', 1, 'snapshot', 'authors', 3], 'the paper "A Withdrawn? Paper" in the list "To read"'],
    [['entries', 2, 'status'], 'paper "arxiv:1911.11763"'], // its list is not in the file
    [['entries', 0, 'listId'], 'paper "arxiv:2306.13643"'],
    [['entries', 3, 'paperId'], 'a paper in the list "To read"'],
    [['entries', 4], undefined],
    [['entries', 9, 'status'], undefined],
    [['dismissals', 0, 'createdAt'], 'paper "arxiv:1905.00537" hidden on "news.ycombinator.com"'],
    [['dismissals', 0, 'site'], 'paper "arxiv:1905.00537", hidden'],
    [['dismissals', 0, 'paperId'], 'a paper hidden on "news.ycombinator.com"'],
    [['dismissals', 1, 'site'], undefined],
    [['settings', 'theme'], undefined],
    [[], undefined],
  ] as const)('%j -> %s', (path, label) => {
    expect(recordLabel(file, path)).toBe(label);
  });

  it('reads nothing from what is not an object', () => {
    expect(recordLabel(null, ['lists', 0])).toBeUndefined();
    expect(recordLabel({ lists: 'no' }, ['lists', 0])).toBeUndefined();
  });
});
