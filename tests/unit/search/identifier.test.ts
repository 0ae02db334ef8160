import catalog from 'virtual:paperlens-catalog';
import { describe, expect, it } from 'vitest';
import { findByIdentifier, identifiersIn } from '../../../lib/search/identifier';

const papers = new Map(catalog.papers.map((p) => [p.id, p]));

describe('findByIdentifier', () => {
  it.each([
    ['2306.13643', 'arxiv:2306.13643'],
    ['arXiv:2306.13643v2', 'arxiv:2306.13643'],
    ['https://arxiv.org/abs/1905.00537', 'arxiv:1905.00537'],
    ['https://arxiv.org/pdf/1911.11763v3.pdf', 'arxiv:1911.11763'],
    ['https://huggingface.co/papers/2307.13854', 'arxiv:2307.13854'],
    ['10.18653/v1/2022.emnlp-main.758', 'arxiv:2210.04457'],
    ['https://doi.org/10.48550/arXiv.1905.00537', 'arxiv:1905.00537'],
    ['https://aclanthology.org/2021.acl-long.381/', 'arxiv:2101.00121'],
    // Pasted without the scheme.
    ['arxiv.org/abs/1905.00537v3', 'arxiv:1905.00537'],
    ['www.arxiv.org/pdf/1911.11763', 'arxiv:1911.11763'],
    ['huggingface.co/papers/2307.13854', 'arxiv:2307.13854'],
    ['doi.org/10.18653/v1/2022.emnlp-main.758', 'arxiv:2210.04457'],
    ['aclanthology.org/2021.acl-long.381/', 'arxiv:2101.00121'],
    // Every paper host links.ts knows, the old ACL address too.
    ['www.aclweb.org/anthology/2021.acl-long.381', 'arxiv:2101.00121'],
    ['https://openreview.net/forum?id=SylzhkBtDB', 'arxiv:2005.00944'],
    ['openreview.net/pdf?id=Hklso24Kwr', 'arxiv:1911.09514'],
    // Copied with the period or bracket after it.
    ['https://doi.org/10.1162/tacl_a_00727.', 'arxiv:2405.05938'],
    ['doi:10.18653/v1/2022.emnlp-main.758).', 'arxiv:2210.04457'],
    ['arxiv.org/abs/1905.00537,', 'arxiv:1905.00537'],
    ['https://openreview.net/forum?id=SylzhkBtDB.', 'arxiv:2005.00944'],
  ])('%s names %s', (query, id) => {
    expect(findByIdentifier(query, papers)).toEqual({ isIdentifier: true, paper: papers.get(id) });
  });

  it('recognises an identifier of a paper not in the catalog, and leaves words alone', () => {
    expect(findByIdentifier('2401.99999', papers)).toEqual({ isIdentifier: true, paper: null });
    // An address that names no paper: looked up and not found, not its words searched.
    expect(findByIdentifier('https://openreview.net/forum?id=xyz', papers)).toEqual({
      isIdentifier: true,
      paper: null,
    });
    expect(findByIdentifier('https://example.org/blog/moe-routing', papers)).toEqual({
      isIdentifier: true,
      paper: null,
    });
    expect(findByIdentifier('superglue 1.1', papers).isIdentifier).toBe(false);
    expect(findByIdentifier('<img src=x onerror=alert(1)>', papers).isIdentifier).toBe(false);
    expect(findByIdentifier('', papers).isIdentifier).toBe(false);
  });
});

describe('identifiersIn', () => {
  const found = (text: string) => {
    const { papers: named, rest } = identifiersIn(text, papers);
    return { ids: named.map((p) => p.id), rest: rest.replace(/\s+/g, ' ').trim() };
  };
  it.each([
    ['1905.00537 superglue', ['arxiv:1905.00537'], 'superglue'],
    ['Hungry Hungry Hippos. ICLR 2023. arXiv:2212.14052.', ['arxiv:2212.14052'], 'Hungry Hungry Hippos. ICLR 2023. .'],
    ['see arxiv.org/abs/2306.13643v2 and', ['arxiv:2306.13643'], 'see and'],
    ['XPrompt (10.18653/v1/2022.emnlp-main.758).', ['arxiv:2210.04457'], 'XPrompt ( ).'],
    ['https://doi.org/10.48550/arXiv.1905.00537 glue', ['arxiv:1905.00537'], 'glue'],
    ['glue 1905.00537 1804.07461', ['arxiv:1905.00537', 'arxiv:1804.07461'], 'glue'],
    [
      'Sen Wu, Hongyang R. Zhang, and Christopher Ré. ICLR, 2020. URL https://openreview.net/forum?id=SylzhkBtDB.',
      ['arxiv:2005.00944'],
      'Sen Wu, Hongyang R. Zhang, and Christopher Ré. ICLR, 2020. URL .',
    ],
    // A reference's doi.org address without its scheme, and a BibTeX field's, as the one pasted alone is.
    ['XPrompt. EMNLP 2022. doi.org/10.18653/v1/2022.emnlp-main.758', ['arxiv:2210.04457'], 'XPrompt. EMNLP 2022.'],
    ['XPrompt, doi = {10.18653/v1/2022.emnlp-main.758},', ['arxiv:2210.04457'], 'XPrompt, doi = { },'],
    // A DOI in a publisher's address, as ACM's reference format gives it.
    [
      'Tyagi et al. 2023. In CIKM. https://dl.acm.org/doi/10.1145/3583780.3615273.',
      ['arxiv:2308.13467'],
      'Tyagi et al. 2023. In CIKM. https://dl.acm.org/doi/ .',
    ],
    // An identifier of no catalog paper names nothing, and its digits are not searched either.
    ['2401.99999 superglue', [], 'superglue'],
    // Numbers that are no arXiv ids stay words: a version, a year with a month past 12, a DOI's part.
    ['russian superglue 1.1', [], 'russian superglue 1.1'],
    ['2019.12345 glue', [], '2019.12345 glue'],
    ['superglue', [], 'superglue'],
  ])('%s', (text, ids, rest) => {
    expect(found(text)).toEqual({ ids, rest });
  });
});
