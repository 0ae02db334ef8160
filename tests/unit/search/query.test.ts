import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../lib/search/query';

describe('parseQuery', () => {
  it.each([
    ['superglue sarlin', { text: 'superglue sarlin', filters: [], errors: [], pending: [] }],
    ['year:2023', { text: '', filters: [{ kind: 'year', min: 2023, max: 2023 }], errors: [], pending: [] }],
    ['year:>=2022', { text: '', filters: [{ kind: 'year', min: 2022 }], errors: [], pending: [] }],
    ['year:>2022', { text: '', filters: [{ kind: 'year', min: 2023 }], errors: [], pending: [] }],
    ['year:<2020', { text: '', filters: [{ kind: 'year', max: 2019 }], errors: [], pending: [] }],
    ['year:<=2020', { text: '', filters: [{ kind: 'year', max: 2020 }], errors: [], pending: [] }],
    ['year:2020..2022', { text: '', filters: [{ kind: 'year', min: 2020, max: 2022 }], errors: [], pending: [] }],
    ['year:2021..', { text: '', filters: [{ kind: 'year', min: 2021 }], errors: [], pending: [] }],
    ['Author:Sarlin glue', { text: 'glue', filters: [{ kind: 'author', value: 'sarlin' }], errors: [], pending: [] }],
    [
      'author:"Timothée Darcet"',
      { text: '', filters: [{ kind: 'author', value: 'timothee darcet' }], errors: [], pending: [] },
    ],
    ['tag:MoE', { text: '', filters: [{ kind: 'tag', value: 'moe' }], errors: [], pending: [] }],
    ['list:"to  read" bert', { text: 'bert', filters: [{ kind: 'list', value: 'to read' }], errors: [], pending: [] }],
    ['status:read', { text: '', filters: [{ kind: 'status', value: 'read' }], errors: [], pending: [] }],
    ['status:"to read"', { text: '', filters: [{ kind: 'status', value: 'to-read' }], errors: [], pending: [] }],
    ['status:to-read', { text: '', filters: [{ kind: 'status', value: 'to-read' }], errors: [], pending: [] }],
    ['status:Reading', { text: '', filters: [{ kind: 'status', value: 'reading' }], errors: [], pending: [] }],
    ['arXiv:1905.00537 venue:cvpr', { text: 'arXiv:1905.00537 venue:cvpr', filters: [], errors: [], pending: [] }],
    ['"feature matching"', { text: 'feature matching', filters: [], errors: [], pending: [] }],
  ])('%s', (input, expected) => {
    expect(parseQuery(input)).toEqual(expected);
  });

  it.each([
    ['year:abc', 'search: year filter "abc" is not a year or range'],
    ['year:>=20', 'search: year filter ">=20" is not a year or range'],
    ['year:2022..2020', 'search: year filter "2022..2020" starts after it ends'],
    ['status:done', 'search: status filter "done" is not one of to-read, reading, read'],
  ])('reports %s', (input, error) => {
    const parsed = parseQuery(`glue ${input}`);
    expect(parsed.errors).toEqual([error]);
    expect(parsed.filters).toEqual([]);
    expect(parsed.text).toBe('glue');
  });

  it.each([
    ['author:', { text: '', pending: ['author'] }],
    ['glue tag:', { text: 'glue', pending: ['tag'] }],
    ['list:"" year: bert list:', { text: 'bert', pending: ['list', 'year'] }],
  ])('waits for the value of %s without an error', (input, expected) => {
    expect(parseQuery(input)).toEqual({ filters: [], errors: [], ...expected });
  });

  it.each([
    ['year:2023 year:2019', true],
    ['year:>2024 year:<2020', true],
    ['year:>=2020 year:<=2022', false],
    ['year:2021 year:2020..2022', false],
  ])('says when year filters leave no year: %s -> %s', (input, none) => {
    expect(parseQuery(input).errors).toEqual(
      none ? ['search: no year is in all of these year filters together; keep one of them'] : [],
    );
  });

  it('keeps everything after an unterminated quote in one value', () => {
    expect(parseQuery('list:"to read').filters).toEqual([{ kind: 'list', value: 'to read' }]);
  });
});
