import { describe, expect, it } from 'vitest';
import { type AliasEntry, applyAliases, parseAliases } from '../../../lib/catalog/aliases';
import { buildCatalog } from '../../../lib/catalog/build';
import type { Paper } from '../../../lib/catalog/types';
import { readSeedCatalog } from '../../../lib/catalog/vite-plugin';
import { readFixture, root } from './fixtures';

const paper = (arxivId: string, abstract: string, shortName?: string): Paper => ({
  id: `arxiv:${arxivId}`,
  arxivId,
  title: `Paper ${arxivId}`,
  abstract,
  tldr: abstract,
  authors: [],
  year: 2023,
  links: {},
  tags: [],
  ...(shortName && { shortName }),
});

const papers = () => [
  paper('2103.10385', 'We show it with a novel method P-tuning -- which employs continuous prompts.'),
  paper('2212.14052', 'We propose a new SSM layer, H3, that is designed for this. H3 matches attention.', 'HHH'),
];

describe('aliases.json', () => {
  it('gives a paper the names its abstract coins', () => {
    const list = papers();
    applyAliases(list, [
      { arxivId: '2103.10385', names: ['P-tuning'], quote: 'a novel method P-tuning' },
      { arxivId: '2212.14052', names: ['H3'], quote: 'a new SSM layer, H3, that' },
    ]);
    expect(list.map((p) => p.aliases)).toEqual([['P-tuning'], ['H3']]);
  });

  it.each<[string, AliasEntry[], string]>([
    [
      'an unknown arXiv id',
      [{ arxivId: '2999.00001', names: ['X1'], quote: 'x' }],
      'catalog: aliases.json entry 0 (2999.00001): no catalog paper has this arXiv id',
    ],
    [
      'a quote the abstract does not hold',
      [{ arxivId: '2103.10385', names: ['P-tuning'], quote: 'we propose P-tuning' }],
      'catalog: aliases.json entry 0 (2103.10385): the quote is not in the abstract of "Paper 2103.10385"',
    ],
    [
      'a name the quote does not hold',
      [{ arxivId: '2103.10385', names: ['P-tune'], quote: 'a novel method P-tuning' }],
      'catalog: aliases.json entry 0 (2103.10385): the quote does not name "P-tune"',
    ],
    [
      'a name found only inside a longer word',
      [{ arxivId: '2212.14052', names: ['SS'], quote: 'a new SSM layer' }],
      'catalog: aliases.json entry 0 (2212.14052): the quote does not name "SS"',
    ],
    [
      'a second entry for one paper',
      [
        { arxivId: '2212.14052', names: ['H3'], quote: 'layer, H3, that' },
        { arxivId: '2212.14052', names: ['SSM'], quote: 'new SSM layer' },
      ],
      'catalog: aliases.json entry 1 (2212.14052): a second entry for "Paper 2212.14052"',
    ],
  ])('rejects %s', (_label, entries, message) => {
    expect(() => applyAliases(papers(), entries)).toThrowError(message);
  });

  it("rejects a name that is already the paper's short name, or another paper's short name or alias", () => {
    const list = [...papers(), paper('2301.00001', 'Our H3 layer, and the SSM layer of HHH.')];
    expect(() =>
      applyAliases(list, [
        { arxivId: '2301.00001', names: ['H3'], quote: 'Our H3 layer' },
        { arxivId: '2212.14052', names: ['H3'], quote: 'layer, H3, that' },
      ]),
    ).toThrowError('catalog: aliases.json entry 1 (2212.14052): "H3" is already a name of arxiv:2301.00001');
    const short = [paper('2301.00003', 'The H3 layer.'), paper('2301.00004', 'x', 'H3')];
    expect(() => applyAliases(short, [{ arxivId: '2301.00003', names: ['H3'], quote: 'The H3 layer' }])).toThrowError(
      'catalog: aliases.json entry 0 (2301.00003): "H3" is already a name of arxiv:2301.00004',
    );
    const own = [paper('2301.00002', 'The HHH layer.', 'HHH')];
    expect(() => applyAliases(own, [{ arxivId: '2301.00002', names: ['HHH'], quote: 'The HHH layer' }])).toThrowError(
      'catalog: aliases.json entry 0 (2301.00002): "HHH" is already its short name',
    );
  });

  it.each([
    ['not JSON', '[{', 'catalog: aliases.json is not valid JSON'],
    ['not an array', '{}', 'catalog: aliases.json: expected an array of entries'],
    [
      'an entry without a quote',
      '[{"arxivId": "2103.10385", "names": ["P-tuning"]}]',
      'catalog: aliases.json entry 0: quote:',
    ],
    [
      'an entry without names',
      '[{"arxivId": "2103.10385", "names": [], "quote": "x"}]',
      'catalog: aliases.json entry 0: names:',
    ],
    [
      'a one-letter name',
      '[{"arxivId": "2103.10385", "names": ["P"], "quote": "P"}]',
      'catalog: aliases.json entry 0: names.0:',
    ],
  ])('parseAliases rejects %s', (_label, json, message) => {
    expect(() => parseAliases(json)).toThrowError(message);
  });

  it('fails the catalog build with the same message, and leaves aliases out when the file is absent', () => {
    const seed = readFixture('two-papers.txt');
    const metadata = readFixture('two-papers.json');
    expect(() =>
      buildCatalog(seed, metadata, '[{"arxivId": "2101.00121", "names": ["NLP"], "quote": "NLP tasks. No"}]'),
    ).toThrowError(
      'catalog: aliases.json entry 0 (2101.00121): the quote is not in the abstract of "WARP: Word-level Adversarial ReProgramming"',
    );
    const withAliases = buildCatalog(
      seed,
      metadata,
      '[{"arxivId": "2210.04457", "names": ["PLMs"], "quote": "Language Models (PLMs)"}]',
    );
    expect(withAliases.papers.map((p) => p.aliases)).toEqual([['PLMs'], undefined]);
    expect(buildCatalog(seed, metadata).papers.some((p) => p.aliases)).toBe(false);
    expect(withAliases.version).not.toBe(buildCatalog(seed, metadata).version);
  });

  it('the bundled file gives 22 papers 23 names, among them P-tuning and H3', () => {
    const named = readSeedCatalog(root).catalog.papers.filter((p) => p.aliases);
    expect(named).toHaveLength(22);
    expect(named.flatMap((p) => p.aliases)).toHaveLength(23);
    const aliasesOf = (arxivId: string) => named.find((p) => p.arxivId === arxivId)?.aliases;
    expect(aliasesOf('2103.10385')).toEqual(['P-tuning']);
    expect(aliasesOf('2212.14052')).toEqual(['H3']);
    expect(aliasesOf('2412.00081')).toEqual(['TSV-Merge', 'TSV-Compress']);
  });
});
