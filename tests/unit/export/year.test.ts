// One year for a paper in every export: the venue's when it names one (lib/export/year).
import { describe, expect, it } from 'vitest';
import { readSeedCatalog } from '../../../lib/catalog/vite-plugin';
import { toBibtexEntry } from '../../../lib/export/bibtex';
import { citationLine } from '../../../lib/export/citation';
import { toCsv } from '../../../lib/export/csv';
import { toMarkdown } from '../../../lib/export/markdown';
import { publicationYear } from '../../../lib/export/year';
import { root } from '../catalog/fixtures';
import { PAPER_MAP, paperById } from '../search/papers.fixture';
import { ENTRIES, LISTS } from './data.fixture';

const { catalog } = readSeedCatalog(root);
const byArxiv = (id: string) => {
  const paper = catalog.papers.find((p) => p.arxivId === id);
  if (!paper) throw new Error(`no paper ${id} in the catalog`);
  return paper;
};
const bibtexYear = (entry: string) => /\byear = \{(\d+)\}/.exec(entry)?.[1];
const citationYear = (line: string) => /\((\d{4})\)\./.exec(line)?.[1];

describe('publicationYear', () => {
  it.each([
    ['ICLR 2023', 2022, 2023],
    ['AI Open (2023)', 2021, 2023],
    ['Computational Linguistics 50(3) (2024)', 2023, 2024],
    ['ICML 2025 (PMLR 267)', 2024, 2025],
    ['SemEval-2017', 2017, 2017],
    ['BlackboxNLP@EMNLP 2018', 2018, 2018],
    ['ICLR 2023 Workshop on Multimodal Representation Learning', 2023, 2023],
    // No year in the venue: page ranges, volumes and names with digits are not years.
    ['Ordu Üniversitesi Bilim ve Teknoloji Dergisi 15(2):151-164', 2025, 2025],
    ['IEEE TPAMI 43(6):2001-2015', 2021, 2021],
    ['Journal of Things 7:2019', 2021, 2021],
    // A year the paper cannot have been published in is some other number.
    ['Workshop 1999 retrospective', 2021, 2021],
    ['3DV', 2024, 2024],
    ['TACL', 2023, 2023],
    ['Technical report (arXiv)', 2022, 2022],
    [undefined, 2022, 2022],
  ])('venue %j, catalog year %i -> %i', (venue, year, expected) => {
    expect(publicationYear({ venue, year })).toBe(expected);
  });
});

describe('BibTeX and the copied citation give the same year', () => {
  it.each([
    // [arXiv id, what the user saw contradict the venue, the year both must give]
    ['2212.14052', 'H3: ICLR 2023, year 2022', 2023],
    ['2103.10385', 'GPT Understands, Too: AI Open (2023), citation 2021', 2023],
    ['2307.13854', 'WebArena: ICLR 2024, year 2023', 2024],
    ['2408.08926', 'Cybench: ICLR 2025, year 2024', 2025],
    ['2311.09476', 'ARES: NAACL 2024, year 2023', 2024],
    ['2506.10055', 'TaskCraft: ICLR 2026, year 2025', 2026],
    ['1911.09514', 'CLAW: ICLR 2020, year 2019', 2020],
    ['2111.10952', 'ExT5: ICLR 2022, year 2021', 2022],
    // arXiv only: the arXiv year.
    ['2202.08906', 'ST-MoE: no venue', 2022],
  ])('%s (%s)', (id, _why, year) => {
    const paper = byArxiv(id);
    const entry = toBibtexEntry(paper);
    expect(bibtexYear(entry)).toBe(String(year));
    expect(entry).toMatch(new RegExp(`^@\\w+\\{[a-z]+${year}[a-z\\d]+,`));
    expect(citationYear(citationLine(paper))).toBe(String(year));
  });

  it('for every paper in the catalog, and the venue never names another year', () => {
    for (const paper of catalog.papers) {
      const year = bibtexYear(toBibtexEntry(paper));
      expect([paper.title, citationYear(citationLine(paper))]).toEqual([paper.title, year]);
      const venueYears = paper.venue?.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? [];
      for (const named of venueYears) expect([paper.title, named]).toEqual([paper.title, year]);
    }
  });
});

describe('Markdown and CSV give the publication year too', () => {
  // SuperGlue as a list holds it, but published a year after its preprint.
  const later = { ...paperById('arxiv:1911.11763'), year: 2019, venue: 'CVPR 2020' };
  const papers = new Map(PAPER_MAP).set(later.id, later);

  it('Markdown', () => {
    expect(toMarkdown(LISTS, ENTRIES, papers)).toContain('(https://arxiv.org/abs/1911.11763) (2020)');
  });

  it('CSV', () => {
    expect(toCsv(LISTS, ENTRIES, papers)).toContain(',2020,CVPR 2020,1911.11763,');
  });
});
