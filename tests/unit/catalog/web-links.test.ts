import { describe, expect, it } from 'vitest';
import { parseMetadata } from '../../../lib/catalog/metadata';
import { isWebLink, webLinks } from '../../../lib/catalog/web-links';
import type { ListEntry, ReadingList } from '../../../lib/db/types';
import { toMarkdown } from '../../../lib/export/markdown';

describe('web links only', () => {
  it.each([
    ['https://arxiv.org/abs/2306.13643', true],
    ['HTTP://example.org/x', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['ftp://example.org/paper.pdf', false],
    ['https://', false],
    [42, false],
  ])('%j -> %s', (value, expected) => {
    expect(isWebLink(value)).toBe(expected);
  });

  it('drops the others from a set of links', () => {
    expect(webLinks({ arxiv: 'https://arxiv.org/abs/1', code: 'javascript:alert(1)' })).toEqual({
      arxiv: 'https://arxiv.org/abs/1',
    });
  });

  it('a snapshot link stored before imports checked links is left out of a Markdown export', () => {
    const list: ReadingList = { id: 'l', name: 'Old', createdAt: 1, order: 0 };
    const entry: ListEntry = {
      id: 'l|arxiv:9999.00001',
      listId: 'l',
      paperId: 'arxiv:9999.00001',
      status: 'to-read',
      note: '',
      addedAt: 1,
      order: 0,
      snapshot: { title: 'Gone', links: { arxiv: 'javascript:alert(1)', code: 'https://github.com/x/y' } },
    };
    const markdown = toMarkdown([list], [entry], new Map());
    expect(markdown).not.toContain('javascript:');
    expect(markdown).toContain('[code](https://github.com/x/y)');
  });

  it('the catalog metadata refuses a code link that is not a web address', () => {
    const entry = { title: 'A Paper', year: 2020, authors: [], codeUrl: 'ftp://example.org/code' };
    expect(() => parseMetadata(JSON.stringify([entry]))).toThrow(
      'catalog: paper-metadata.json entry 0 ("A Paper"): codeUrl: not an http(s) link',
    );
  });
});
