import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../lib/search/query';

describe('parseQuery', () => {
  it.each([
    ['superglue sarlin', { text: 'superglue sarlin', filters: [], errors: [] }],
    ['year:2023', { text: '', filters: [{ kind: 'year', min: 2023, max: 2023 }], errors: [] }],
    ['year:>=2022', { text: '', filters: [{ kind: 'year', min: 2022 }], errors: [] }],
    ['year:>2022', { text: '', filters: [{ kind: 'year', min: 2023 }], errors: [] }],
    ['year:<2020', { text: '', filters: [{ kind: 'year', max: 2019 }], errors: [] }],
    ['year:<=2020', { text: '', filters: [{ kind: 'year', max: 2020 }], errors: [] }],
    ['year:2020..2022', { text: '', filters: [{ kind: 'year', min: 2020, max: 2022 }], errors: [] }],
    ['year:2021..', { text: '', filters: [{ kind: 'year', min: 2021 }], errors: [] }],
    ['Author:Sarlin glue', { text: 'glue', filters: [{ kind: 'author', value: 'sarlin' }], errors: [] }],
    ['author:"Timothée Darcet"', { text: '', filters: [{ kind: 'author', value: 'timothee darcet' }], errors: [] }],
    ['tag:MoE', { text: '', filters: [{ kind: 'tag', value: 'moe' }], errors: [] }],
    ['list:"to  read" bert', { text: 'bert', filters: [{ kind: 'list', value: 'to read' }], errors: [] }],
    ['status:read', { text: '', filters: [{ kind: 'status', value: 'read' }], errors: [] }],
    ['status:"to read"', { text: '', filters: [{ kind: 'status', value: 'to-read' }], errors: [] }],
    ['status:to-read', { text: '', filters: [{ kind: 'status', value: 'to-read' }], errors: [] }],
    ['status:Reading', { text: '', filters: [{ kind: 'status', value: 'reading' }], errors: [] }],
    ['arXiv:1905.00537 venue:cvpr', { text: 'arXiv:1905.00537 venue:cvpr', filters: [], errors: [] }],
    ['"feature matching"', { text: 'feature matching', filters: [], errors: [] }],
  ])('%s', (input, expected) => {
    expect(parseQuery(input)).toEqual(expected);
  });

  it.each([
    ['year:abc', 'search: year filter "abc" is not a year or range'],
    ['year:>=20', 'search: year filter ">=20" is not a year or range'],
    ['year:2022..2020', 'search: year filter "2022..2020" starts after it ends'],
    ['status:done', 'search: status filter "done" is not one of to-read, reading, read'],
    ['tag:', 'search: tag filter is empty'],
    ['list:""', 'search: list filter is empty'],
  ])('reports %s', (input, error) => {
    const parsed = parseQuery(`glue ${input}`);
    expect(parsed.errors).toEqual([error]);
    expect(parsed.filters).toEqual([]);
    expect(parsed.text).toBe('glue');
  });

  it('keeps everything after an unterminated quote in one value', () => {
    expect(parseQuery('list:"to read').filters).toEqual([{ kind: 'list', value: 'to read' }]);
  });
});
