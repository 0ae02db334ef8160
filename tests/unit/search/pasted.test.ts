// The queries of the user trial: references pasted whole, author names, names typed joined, an
// arXiv id among words. Each must put the paper meant first, in the bundled catalog.
import { describe, expect, it } from 'vitest';
import { readSeedCatalog } from '../../../lib/catalog/vite-plugin';
import { citationLine } from '../../../lib/export/citation';
import { authorMatches } from '../../../lib/search/filters';
import { fold } from '../../../lib/search/normalize';
import { parseQuery } from '../../../lib/search/query';
import { runSearch } from '../../../lib/search/run';
import { buildSearchIndex } from '../../../lib/search/search-index';
import { root } from '../catalog/fixtures';

const { papers } = readSeedCatalog(root).catalog;
const byId = new Map(papers.map((p) => [p.id, p]));
const ms = buildSearchIndex(papers);
const ctx = { entriesByPaper: new Map(), listsById: new Map() };
const ids = (input: string) => runSearch(ms, byId, parseQuery(input), ctx).map((r) => r.paper.id);

const H3 = 'arxiv:2212.14052';
const h3 = byId.get(H3);
if (!h3) throw new Error('test: H3 is not in the catalog');

describe('a pasted reference finds its paper first', () => {
  it.each([
    // PaperLens's own "Copy citation", with and without the arXiv id that names the paper exactly.
    ['Copy citation of H3', citationLine(h3), H3],
    ['Copy citation of H3 without its id', citationLine({ ...h3, arxivId: undefined }), H3],
    [
      'H3, all six authors',
      'Fu, D. Y., Dao, T., Saab, K. K., Thomas, A. W., Rudra, A., & Ré, C. (2022). Hungry Hungry Hippos: Towards Language Modeling with State Space Models. ICLR 2023. arXiv:2212.14052',
      H3,
    ],
    [
      'H3, all six authors, no id',
      'Fu, D. Y., Dao, T., Saab, K. K., Thomas, A. W., Rudra, A., & Ré, C. (2022). Hungry Hungry Hippos: Towards Language Modeling with State Space Models. ICLR 2023.',
      H3,
    ],
    [
      'Houlsby, "et al." and "In"',
      'Houlsby, N. et al. Parameter-Efficient Transfer Learning for NLP. In ICML, 2019.',
      'arxiv:1902.00751',
    ],
    [
      'LightGlue, IEEE style with a quoted title and "Proc."',
      'P. Lindenberger, P.-E. Sarlin, and M. Pollefeys, "LightGlue: Local feature matching at light speed," in Proc. ICCV, 2023',
      'arxiv:2306.13643',
    ],
    // A DOI names its paper too, wherever it stands.
    ['a DOI among words', '10.18653/v1/2022.emnlp-main.758 prompt tuning', 'arxiv:2210.04457'],
  ])('%s', (_label, input, id) => {
    expect(ids(input)[0]).toBe(id);
  });

  it('puts the paper an arXiv id names first, before papers the other words find', () => {
    // SuperGlue (the matcher) matches "superglue" better; the id says SuperGLUE (the benchmark).
    expect(ids('1905.00537 superglue').slice(0, 2)).toEqual(['arxiv:1905.00537', 'arxiv:1911.11763']);
    expect(ids('glue arXiv:2306.13643')[0]).toBe('arxiv:2306.13643');
  });

  it('drops "et al." rather than search it', () => {
    expect(ids('Weston et al')).toEqual(['arxiv:1502.05698', 'arxiv:2506.01716']);
  });
});

describe('an author name is one author, not words anywhere in the paper', () => {
  // The papers of that author, and only those, come first (in any order among themselves).
  it.each([
    ['Christopher Ré', ['arxiv:2005.00944', H3]],
    ['christopher re', ['arxiv:2005.00944', H3]],
    ['Ré, C.', ['arxiv:2005.00944', H3]],
    ['Liang Ding', ['arxiv:2210.05497', 'arxiv:2312.06173', 'arxiv:2212.01853']],
    ['PE Sarlin', ['arxiv:1911.11763', 'arxiv:2306.13643']],
    ['P.-E. Sarlin', ['arxiv:1911.11763', 'arxiv:2306.13643']],
    ['Paul-Edouard Sarlin lightglue', ['arxiv:2306.13643']],
    ['Wang 2019', ['arxiv:1905.00537']],
  ])('%s -> %j', (input, expected) => {
    expect(new Set(ids(input).slice(0, expected.length))).toEqual(new Set(expected));
  });

  it('leaves papers where the words belong to different people out', () => {
    expect(ids('Christopher Ré')).not.toContain('arxiv:2311.09476'); // ARES: Christopher Potts
    expect(ids('Liang Ding')).not.toContain('arxiv:2004.01401'); // XGLUE: Yaobo Liang
  });
});

describe('a name typed joined or as a part', () => {
  it.each([
    ['SWEbench', ['arxiv:2505.23419', 'arxiv:2509.16941']],
    ['ptuning', ['arxiv:2103.10385']],
    ['glue', ['arxiv:1804.07461']],
  ])('%s -> %j first', (input, expected) => {
    expect(new Set(ids(input).slice(0, expected.length))).toEqual(new Set(expected));
  });

  it('finds the benchmarks whose names end in GLUE for "glue"', () => {
    const top = ids('glue').slice(0, 10);
    expect(top).toEqual(expect.arrayContaining(['arxiv:2204.05660', 'arxiv:2010.15925', 'arxiv:1905.00537']));
  });
});

describe('typing, letter by letter', () => {
  const titleOf = (id: string | undefined) => (id ? byId.get(id)?.title : undefined);
  it('takes the word being typed as a prefix, even at one letter', () => {
    // "task v" is on its way to "Task Vectors…": that paper is among the first results already.
    expect(ids('task v').slice(0, 10).map(titleOf)).toContain('Task Vectors are Cross-Modal');
    expect(ids('t').length).toBeGreaterThan(0);
  });

  it("keeps an author's papers while the last name is being typed", () => {
    expect(ids('Christopher R')).toContain(H3);
    expect(ids('Christopher Ré')).toContain(H3);
  });
});

describe('a name typed whole', () => {
  it.each(['SWE-Bench Pro', 'swe-bench pro', 'swe bench pro'])('%j finds that paper first', (query) => {
    expect(byId.get(ids(query)[0] ?? '')?.shortName).toBe('SWE-Bench Pro');
  });
});

describe('author: filter', () => {
  it.each([
    ['Christopher Ré', 'ré', true],
    ['Andrea Madotto', 're', false],
    ['Pascal Frossard', 're', false],
    ['Paul-Edouard Sarlin', 'edouard', true],
    ['Paul-Edouard Sarlin', 'sarl', true],
    ['Timothée Darcet', 'timothee darcet', true],
  ])('%s, author:%s -> %s', (author, value, matches) => {
    expect(authorMatches(author, fold(value))).toBe(matches);
  });

  it('"author:ré" finds Ré\'s papers, Hungry Hungry Hippos among them, and no Andrea', () => {
    const found = ids('author:ré');
    expect(found).toContain(H3);
    expect(found.every((id) => byId.get(id)?.authors.some((a) => /(^|[\s-])r[eé]/i.test(a)))).toBe(true);
  });
});
