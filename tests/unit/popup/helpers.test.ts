import { describe, expect, it } from 'vitest';
import { errorClause, errorText } from '../../../components/errorText';
import { clipped, describeEntry, entriesOf, paperForEntry, statusCounts } from '../../../components/popup/entryInfo';
import { dropOn, moveBy, moveIndex, sameOrder } from '../../../components/popup/order';
import { savedText, saveLabel } from '../../../components/popup/SaveAll';
import { toSegments } from '../../../components/popup/segments';
import { tabFromLocation } from '../../../components/popup/useActiveTab';
import { ENTRIES } from '../export/data.fixture';
import { PAPER_MAP } from '../search/papers.fixture';

describe('order', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('moves one step up or down and stays put at the ends', () => {
    expect(moveBy(ids, 'c', -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveBy(ids, 'c', 1)).toEqual(['a', 'b', 'd', 'c']);
    expect(moveBy(ids, 'a', -1)).toEqual(ids);
    expect(moveBy(ids, 'd', 1)).toEqual(ids);
    expect(moveBy(ids, 'zz', 1)).toEqual(ids);
  });
  it('moveIndex clamps and never mutates', () => {
    const copy = [...ids];
    expect(moveIndex(ids, 0, 99)).toEqual(['b', 'c', 'd', 'a']);
    expect(ids).toEqual(copy);
  });
  it('drops before or after the target', () => {
    expect(dropOn(ids, 'a', 'c', false)).toEqual(['b', 'a', 'c', 'd']);
    expect(dropOn(ids, 'a', 'c', true)).toEqual(['b', 'c', 'a', 'd']);
    expect(dropOn(ids, 'd', 'a', false)).toEqual(['d', 'a', 'b', 'c']);
    expect(dropOn(ids, 'b', 'a', true)).toEqual(ids);
    expect(dropOn(ids, 'b', 'b', true)).toEqual(ids);
    expect(sameOrder(dropOn(ids, 'c', 'b', true), ids)).toBe(true);
  });
});

describe('segments', () => {
  it('splits text into marked and plain pieces, merging overlaps', () => {
    expect(toSegments('SuperGLUE: A Stickier', [{ start: 0, end: 9 }])).toEqual([
      { text: 'SuperGLUE', mark: true },
      { text: ': A Stickier', mark: false },
    ]);
    expect(
      toSegments('abc def', [
        { start: 4, end: 7 },
        { start: 0, end: 2 },
        { start: 1, end: 3 },
      ]).map((s) => (s.mark ? `[${s.text}]` : s.text)),
    ).toEqual(['[ab]', '[c]', ' ', '[def]']);
    expect(toSegments('plain', [])).toEqual([{ text: 'plain', mark: false }]);
  });
});

describe('entry info', () => {
  it('describes a catalog paper from the catalog', () => {
    const entry = ENTRIES.find((e) => e.paperId === 'arxiv:1905.00537');
    if (!entry) throw new Error('fixture');
    const info = describeEntry(entry, PAPER_MAP);
    expect(info.inCatalog).toBe(true);
    expect(info.title).toMatch(/^SuperGLUE/);
  });
  it('describes a paper that left the catalog from its snapshot, and makes a Paper for BibTeX', () => {
    const entry = ENTRIES.find((e) => e.paperId === 'arxiv:9999.00001');
    if (!entry) throw new Error('fixture');
    expect(describeEntry(entry, PAPER_MAP)).toMatchObject({
      title: 'A Withdrawn Paper [draft]',
      inCatalog: false,
      year: 2021,
      authors: ['Jane Doe'],
    });
    expect(paperForEntry(entry, PAPER_MAP)).toMatchObject({
      arxivId: '9999.00001',
      title: 'A Withdrawn Paper [draft]',
    });
  });
  it('counts per status and orders a list', () => {
    expect(statusCounts(ENTRIES)).toEqual({ 'to-read': 2, reading: 1, read: 1, total: 4 });
    expect(entriesOf(ENTRIES, 'l-match').map((e) => e.paperId)).toEqual(['arxiv:1911.11763', 'arxiv:2306.13643']);
  });
});

describe('tab from the URL', () => {
  it('reads ?tab=<id> and ignores anything else', () => {
    expect(tabFromLocation('?tab=42')).toBe(42);
    expect(tabFromLocation('?tab=x')).toBeNull();
    expect(tabFromLocation('')).toBeNull();
  });
});

describe('savedText ("Save all")', () => {
  it.each([
    [3, 3, 'Saved 3 papers to “Thesis”'],
    [1, 1, 'Saved 1 paper to “Thesis”'],
    [1, 4, 'Saved 1 paper to “Thesis” (3 already there)'],
    [0, 4, 'All 4 papers are already in “Thesis”'],
    [0, 1, 'This paper is already in “Thesis”'],
  ])('%i new of %i', (added, total, text) => {
    expect(savedText(added, total, 'Thesis')).toBe(text);
  });
});

describe('saveLabel (the "Save all" button)', () => {
  it.each([
    [5, 5, 'Save all (5)'],
    [5, 3, 'Save 3 more'],
    [5, 0, 'All saved'],
    [1, 1, 'Save'],
    [1, 0, 'Saved'],
  ])('%i papers, %i not in the list', (total, toAdd, label) => {
    expect(saveLabel(total, toAdd)).toBe(label);
  });
});

describe('errorText and errorClause', () => {
  it.each([
    [new Error('import: the file is empty'), 'The file is empty.', 'the file is empty'],
    [new Error('The disk is full QuotaExceededError: The disk is full'), 'The disk is full', 'The disk is full'],
    [new Error('The disk is full\n QuotaExceededError: The disk is full'), 'The disk is full', 'The disk is full'],
    [
      new Error('lists: a list named “Thesis” already exists'),
      'A list named “Thesis” already exists.',
      'a list named “Thesis” already exists',
    ],
    // A message of our own (not a module's) is shown as written: it may start with a file's name.
    [new Error('huge.json was not imported'), 'huge.json was not imported', 'huge.json was not imported'],
    ['plain text', 'plain text', 'plain text'],
  ])('%s', (error, text, clause) => {
    expect(errorText(error)).toBe(text);
    expect(errorClause(error)).toBe(clause);
  });
});

describe('clipped', () => {
  it.each([
    ['glue 2018', 'glue 2018'],
    ['x'.repeat(80), 'x'.repeat(80)],
    ['x'.repeat(81), `${'x'.repeat(79)}…`],
    [`${'x'.repeat(78)} and more`, `${'x'.repeat(78)}…`],
    ['😀'.repeat(90), `${'😀'.repeat(79)}…`],
  ])('%s', (text, shown) => {
    expect(clipped(text)).toBe(shown);
  });
});
