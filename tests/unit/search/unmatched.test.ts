// A pasted reference to a paper the catalog lacks says so; one to a catalog paper never does.
import { describe, expect, it } from 'vitest';
import { readSeedCatalog } from '../../../lib/catalog/vite-plugin';
import { citationLine } from '../../../lib/export/citation';
import { parseQuery } from '../../../lib/search/query';
import { runSearch } from '../../../lib/search/run';
import { buildSearchIndex } from '../../../lib/search/search-index';
import { citesUnknownPaper, titleShare } from '../../../lib/search/unmatched';
import { root } from '../catalog/fixtures';

const { papers } = readSeedCatalog(root).catalog;
const byId = new Map(papers.map((p) => [p.id, p]));
const ms = buildSearchIndex(papers);
const ctx = { entriesByPaper: new Map(), listsById: new Map() };
const unknown = (text: string) => citesUnknownPaper(text, runSearch(ms, byId, parseQuery(text), ctx), byId);

describe('citesUnknownPaper', () => {
  it.each([
    [
      'APA, a paper the catalog lacks',
      'Vaswani, A., Shazeer, N., Parmar, N., et al. (2017). Attention is all you need. In Advances in Neural Information Processing Systems.',
    ],
    [
      'ACL style',
      'Jacob Devlin, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. 2019. BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding. In NAACL.',
    ],
    // Shares "benchmark", "language" and "understanding" with GLUE and SuperGLUE, but not their titles.
    ['a benchmark near GLUE', 'Hendrycks, D. et al. (2021). Measuring Massive Multitask Language Understanding. ICLR.'],
    // A catalog paper's lead, but neither its year nor its first author: another work.
    ['another GLUE', 'Smith, J. et al. (2010). GLUE: A stronger adhesive for wood joints. Journal of Adhesion.'],
  ])('%s: not in the catalog', (_label, text) => {
    expect(unknown(text)).toBe(true);
  });

  it.each([
    ['PaperLens\'s own "Copy citation"', citationLine(byId.get('arxiv:2212.14052') as never)],
    ['Houlsby, "et al." and "In"', 'Houlsby, N. et al. Parameter-Efficient Transfer Learning for NLP. In ICML, 2019.'],
    [
      'IEEE, title in lower case',
      'P. Lindenberger, P.-E. Sarlin, and M. Pollefeys, "LightGlue: Local feature matching at light speed," in Proc. ICCV, 2023',
    ],
    // One word of the title spelled otherwise still names it.
    [
      'a word changed',
      'Wang, A. et al. (2019). SuperGLUE: A Stickier Benchmark for General Purpose Language Understanding Systems. NeurIPS.',
    ],
    // The title's lead alone (the words before its colon), with the paper's year or first author.
    ['a short name and the year', 'Lindenberger, P., Sarlin, P.-E., Pollefeys, M. (2023). LightGlue. ICCV.'],
    ['the lead of a longer title', 'Fu et al. 2023. Hungry Hungry Hippos. ICLR'],
    ['a title cut after its lead', 'Wang et al. (2019). GLUE: A multi-task benchmark. ICLR.'],
    ['typed words with a year', 'LightGlue local feature matching Sarlin Pollefeys 2023'],
    // An earlier title of the paper (arXiv's first version), with its first author and year.
    ['an earlier title', 'Zoph, B. et al. (2022). Designing effective sparse expert models. arXiv.'],
    [
      'an earlier title, sharing less',
      'Wang, Y., et al. (2022). Benchmarking generalization via in-context instructions on 1,600+ language tasks. arXiv.',
    ],
    ['an arXiv id of a catalog paper', 'Smith, J. (2099). Some other words entirely here. arXiv:2306.13643'],
    // Typed words, not a reference: no year, no "et al.".
    ['six typed words', 'sparse mixture of experts routing stability tricks'],
    ['a short query', 'lightglue 2023'],
  ])('%s: no notice', (_label, text) => {
    expect(unknown(text)).toBe(false);
  });

  it("every catalog paper's own citation line names it, by its title alone", () => {
    const bare = (p: (typeof papers)[number]) => citationLine({ ...p, arxivId: undefined, doi: undefined, links: {} });
    expect(citationLine({ ...papers[0], arxivId: undefined, doi: undefined, links: {} } as never)).not.toMatch(
      /arXiv|doi|10\./i,
    );
    const missed = papers.filter((p) => unknown(bare(p)));
    expect(missed.map((p) => p.title)).toEqual([]);
  });
});

describe('titleShare', () => {
  it('counts the words of the title, small ones aside', () => {
    const glue = byId.get('arxiv:1804.07461');
    if (!glue) throw new Error('test: GLUE is not in the catalog');
    expect(titleShare(glue, new Set(['glue']))).toBeCloseTo(1 / 9);
    const all = new Set(glue.title.toLowerCase().split(/[^a-z]+/));
    expect(titleShare(glue, all)).toBe(1);
  });
});
