import { describe, expect, it } from 'vitest';
import { catalogVersion } from '../../../lib/catalog/build';
import { readSeedCatalog } from '../../../lib/catalog/vite-plugin';
import { root } from './fixtures';

const { catalog } = readSeedCatalog(root);
const papers = catalog.papers;
const byArxiv = (id: string) => papers.find((p) => p.arxivId === id);

describe('the bundled seed catalog', () => {
  it('gives related papers only where some are close: LightGlue has SuperGlue alone, H3 none', () => {
    const title = (id: string) => papers.find((p) => p.id === id)?.title;
    expect(byArxiv('2306.13643')?.related?.map(title)).toEqual([
      'SuperGlue: Learning Feature Matching with Graph Neural Networks',
    ]);
    expect(byArxiv('2212.14052')?.related).toEqual([]);
    // ST-MoE keeps the mixture-of-experts papers, not the multi-task one after them.
    expect(byArxiv('2202.08906')?.related?.map(title)).toEqual([
      'Mixture-of-Experts with Expert Choice Routing',
      'TAG-MoE: Task-Aware Gating for Unified Generative Mixture-of-Experts',
    ]);
    expect(papers.filter((p) => (p.related ?? []).length === 0).length).toBeLessThan(papers.length / 8);
  });

  it('has exactly 112 papers, starting with the BabyLM paper (page chrome and "Subscribe" stripped)', () => {
    expect(papers).toHaveLength(112);
    expect(papers[0]?.title).toBe('Too Much Information: Keeping Training Simple for BabyLMs');
    expect(papers.at(-1)?.title).toBe(
      'RepoMaster: Autonomous Exploration and Understanding of GitHub Repositories for Complex Task Solving',
    );
    expect(papers.some((p) => /Subscribe|trending papers/i.test(p.title))).toBe(false);
  });

  it('gives every paper a unique arXiv-derived id, an arXiv id and a year', () => {
    expect(new Set(papers.map((p) => p.id)).size).toBe(112);
    for (const p of papers) {
      expect(p.arxivId, p.title).toMatch(/^\d{4}\.\d{4,5}$/);
      expect(p.id).toBe(`arxiv:${p.arxivId}`);
      expect(p.year).toBeGreaterThanOrEqual(2015);
      expect(p.links.arxiv).toBe(`https://arxiv.org/abs/${p.arxivId}`);
      expect(p.links.pdf).toBe(`https://arxiv.org/pdf/${p.arxivId}`);
    }
  });

  it('links every ACL paper to the Anthology, from its DOI when the metadata has no Anthology URL', () => {
    const acl = papers.filter((p) => p.doi?.startsWith('10.18653/v1/'));
    expect(acl).toHaveLength(14);
    for (const p of acl) expect(p.links.acl, p.title).toMatch(/^https:\/\/(preview\.)?aclanthology\.org\//);
    expect(byArxiv('2210.04457')?.links.acl).toBe('https://aclanthology.org/2022.emnlp-main.758/');
    expect(byArxiv('1804.07461')?.links.acl).toBe('https://aclanthology.org/W18-5446/');
  });

  it('links the seven papers whose sources name their OpenReview forum to it', () => {
    const linked = papers.filter((p) => p.links.openreview).map((p) => [p.arxivId, p.links.openreview]);
    expect(linked.sort()).toEqual(
      [
        ['2005.00944', 'SylzhkBtDB'],
        ['2302.08672', 'zJhWyDcmgNs'],
        ['2310.17876', 'u5M4kKz3Mz'],
        ['2211.13112', 'CZAd_6uiUx0'],
        ['2601.16746', 'SVjPFnLBig'],
        ['2603.00718', 'CdtGF4XEPG'],
        ['1911.09514', 'Hklso24Kwr'],
      ]
        .map(([arxiv, id]) => [arxiv, `https://openreview.net/forum?id=${id}`])
        .sort(),
    );
  });

  it('keeps SuperGLUE (1905.00537) and SuperGlue (1911.11763) apart', () => {
    const benchmark = byArxiv('1905.00537');
    const matcher = byArxiv('1911.11763');
    expect(benchmark?.title).toMatch(/^SuperGLUE: A Stickier Benchmark/);
    expect(benchmark?.shortName).toBe('SuperGLUE');
    expect(matcher?.title).toBe('SuperGlue: Learning Feature Matching with Graph Neural Networks');
    expect(matcher?.shortName).toBe('SuperGlue');
    expect(benchmark?.id).not.toBe(matcher?.id);
  });

  it('cleans damaged LaTeX for display', () => {
    const co4 = byArxiv('2510.08404');
    expect(co4?.title).toBe('Single layer tiny Co⁴ outpaces GPT-2 and GPT-BERT');
    expect(co4?.abstract).toContain('tiny Co⁴ machine');
    const babylm = byArxiv('2311.01955');
    expect(babylm?.abstract).toContain('12% on average');
    expect(babylm?.abstract).toContain('10× the amount of data');
    expect(papers.some((p) => /\$|\\%|\dtimes\b/.test(p.title + p.abstract))).toBe(false);
  });

  it('finds the short names a title gives itself, and none for headline phrases', () => {
    const shortNames = new Map(papers.map((p) => [p.title, p.shortName]));
    expect(shortNames.get('XPrompt: Exploring the Extreme of Prompt Tuning')).toBe('XPrompt');
    expect(shortNames.get('LightGlue: Local Feature Matching at Light Speed')).toBe('LightGlue');
    expect(byArxiv('2202.08906')?.shortName).toBe('ST-MoE');
    expect(byArxiv('2107.02137')?.shortName).toBe('ERNIE 3.0');
    expect(byArxiv('2307.13854')?.shortName).toBe('WebArena');
    expect(byArxiv('1911.09514')?.shortName).toBe('CLAW');
    expect(byArxiv('2311.01955')?.shortName).toBeUndefined();
    expect(byArxiv('2212.14052')?.shortName).toBeUndefined(); // Hungry Hungry Hippos
  });

  it('tags benchmarks and methods named in the abstract', () => {
    expect(byArxiv('2210.04457')?.tags).toEqual(expect.arrayContaining(['SuperGLUE', 'prompt tuning']));
    expect(byArxiv('2202.08906')?.tags).toContain('mixture-of-experts');
    expect(byArxiv('1911.11763')?.tags).not.toContain('SuperGLUE');
    expect(papers.filter((p) => p.tags.includes('model merging')).length).toBeGreaterThanOrEqual(4);
    expect(papers.filter((p) => p.tags.includes('SWE-bench')).length).toBeGreaterThanOrEqual(3);
  });

  it('tags "benchmark" the papers that make one, not every paper that reports scores on one', () => {
    // Said many ways: "This paper presents Russian SuperGLUE 1.1, an updated benchmark", "we first
    // introduce", "We develop … and introduce DoLoMiTes, a novel benchmark", "We provide", "by introducing".
    for (const id of [
      '1804.07461',
      '1905.00537',
      '2307.13854',
      '2202.07791',
      '2204.07705',
      '2405.05938',
      '2305.13256',
      '2603.00718',
    ])
      expect([id, byArxiv(id)?.tags]).toEqual([id, expect.arrayContaining(['benchmark'])]);
    // H3 and ST-MoE report SuperGLUE scores; P-tuning reports them on SuperGLUE and LAMA; the
    // adapters paper proposes a method and tests it on "the GLUE benchmark".
    for (const id of ['2212.14052', '2202.08906', '2103.10385', '1902.00751'])
      expect([id, byArxiv(id)?.tags]).toEqual([id, expect.not.arrayContaining(['benchmark'])]);
    expect(papers.filter((p) => p.tags.includes('benchmark')).length).toBe(23);
  });

  it('writes a TL;DR of at most 280 characters for every paper, taken from its abstract', () => {
    for (const p of papers) {
      expect(p.tldr.length, p.title).toBeGreaterThan(20);
      expect(p.tldr.length, p.title).toBeLessThanOrEqual(280);
      const opening = p.tldr.replace(/…$/, '').split(' ').slice(0, 6).join(' ').toLowerCase();
      expect(p.abstract.replace(/\s+/g, ' ').toLowerCase()).toContain(opening);
    }
    // XPrompt's abstract opens with background; the TL;DR states the finding instead, without
    // the "In this paper," that only made sense inside the abstract.
    expect(byArxiv('2210.04457')?.tldr).toMatch(/^We empirically show that the trained prompt tokens/);
    expect(byArxiv('2202.09368')?.tldr).toBe(
      'We propose a heterogeneous mixture-of-experts employing an expert choice method.',
    );
    const leadIns = papers.filter((p) =>
      /^(To (address|tackle|this end)|In this paper|Notably|Furthermore),/.test(p.tldr),
    );
    expect(leadIns.map((p) => p.tldr)).toEqual([]);
  });

  it('has a version that is stable across rebuilds and changes with any record', () => {
    expect(readSeedCatalog(root).catalog.version).toBe(catalog.version);
    const edited = papers.map((p, i) => (i === 5 ? { ...p, year: p.year + 1 } : p));
    expect(catalogVersion(edited)).not.toBe(catalog.version);
  });

  it('round-trips through JSON unchanged (the form the build embeds)', () => {
    expect(JSON.parse(JSON.stringify(catalog))).toEqual(catalog);
  });
});
