import { describe, expect, it } from 'vitest';
import { bibtexTitle, escapeBibtex, toBibtex, toBibtexEntry } from '../../../lib/export/bibtex';
import { citationLine } from '../../../lib/export/citation';
import { CSV_HEADER, csvField, toCsv } from '../../../lib/export/csv';
import { toMarkdown } from '../../../lib/export/markdown';
import { parseBackup } from '../../../lib/export/parse-backup';
import { PAPER_MAP, paperById } from '../search/papers.fixture';
import { ENTRIES, LISTS } from './data.fixture';

const superglue = paperById('arxiv:1905.00537');

describe('BibTeX', () => {
  it.each([
    ['Single layer tiny Co⁴ outpaces GPT-2', 'Single layer tiny Co\\textsuperscript{4} outpaces {GPT-2}'],
    ['x¹² & 50%', 'x\\textsuperscript{12} \\& 50\\%'],
  ])('writes superscript digits as markup: %s', (title, expected) => {
    expect(bibtexTitle(title)).toBe(expected);
  });

  it.each([
    ['AI Open (2023)', 2021, '@article', 'journal = {AI Open}', 'year = {2023}'],
    [
      'Computational Linguistics 50(3) (2024)',
      2023,
      '@article',
      'journal = {Computational Linguistics},\n  volume = {50},\n  number = {3},',
      'year = {2024}',
    ],
    [
      'Ordu Üniversitesi Bilim ve Teknoloji Dergisi 15(2):151-164',
      2025,
      '@article',
      'journal = {Ordu Üniversitesi Bilim ve Teknoloji Dergisi},\n  volume = {15},\n  number = {2},\n  pages = {151--164},',
      'year = {2025}',
    ],
    ['Technical report (arXiv)', 2022, '@misc', 'note = {Technical report (arXiv)}', 'year = {2022}'],
    ['EMNLP 2022', 2022, '@inproceedings', 'booktitle = {EMNLP 2022}', 'year = {2022}'],
  ])('venue "%s": the right entry type, and a journal\'s own year', (venue, year, type, field, yearField) => {
    const entry = toBibtexEntry({ ...superglue, venue, year });
    expect(entry.startsWith(`${type}{`)).toBe(true);
    expect(entry).toContain(field);
    expect(entry).toContain(yearField);
    // The key says the same year as the entry.
    expect(entry).toContain(`{wang${yearField.slice(8, 12)}superglue,`);
  });

  it('escapes superscripts in other fields too', () => {
    expect(escapeBibtex('Team²')).toBe('Team\\textsuperscript{2}');
  });

  it('writes a conference entry', () => {
    expect(toBibtexEntry(superglue)).toBe(
      [
        '@inproceedings{wang2019superglue,',
        '  title = {{SuperGLUE}: A Stickier Benchmark for General-Purpose Language Understanding Systems},',
        '  author = {Alex Wang and Yada Pruksachatkun and Nikita Nangia and Amanpreet Singh and Julian Michael and Felix Hill and Omer Levy and Samuel R. Bowman},',
        '  booktitle = {NeurIPS 2019},',
        '  year = {2019},',
        '  eprint = {1905.00537},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/1905.00537}',
        '}',
      ].join('\n'),
    );
  });

  it('writes an arXiv preprint when there is no venue', () => {
    const entry = toBibtexEntry(paperById('arxiv:2202.08906'));
    expect(entry).toMatch(/^@article\{zoph2022stmoe,\n {2}title = \{\{ST-MoE\}: Designing Stable/);
    expect(entry).toContain('  journal = {arXiv preprint arXiv:2202.08906},');
  });

  it('uses journal for journals and keeps the DOI', () => {
    expect(toBibtexEntry(paperById('arxiv:2304.07193'))).toContain(
      '@article{oquab2023dinov2,\n  title = {{DINOv2}: Learning Robust Visual Features without Supervision},',
    );
    expect(toBibtexEntry(paperById('arxiv:2304.07193'))).toContain(
      'journal = {Transactions on Machine Learning Research}',
    );
    expect(toBibtexEntry(paperById('arxiv:1911.11763'))).toContain('  doi = {10.1109/CVPR42600.2020.00499},');
  });

  it('skips stop words, folds accents and escapes specials', () => {
    const paper = {
      ...superglue,
      id: 'slug:x',
      title: 'The 100% Guide to R&D_costs {really} #1',
      authors: ['Frédéric Müller-Lyer'],
      venue: undefined,
      arxivId: undefined,
      doi: undefined,
      links: {},
    };
    expect(toBibtexEntry(paper)).toBe(
      [
        '@misc{mullerlyer2019100,',
        '  title = {The 100\\% Guide to R\\&D\\_costs \\{really\\} \\#1},',
        '  author = {Frédéric Müller-Lyer},',
        '  year = {2019}',
        '}',
      ].join('\n'),
    );
  });

  it('keeps keys unique within a file', () => {
    // The fixture's GLUE is the ICLR 2019 version: its key takes the venue's year.
    const glue = paperById('arxiv:1804.07461');
    const file = toBibtex([superglue, glue, superglue, superglue]);
    const keys = [...file.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toEqual(['wang2019superglue', 'wang2019glue', 'wang2019supergluea', 'wang2019superglueb']);
    expect(file.endsWith('}\n')).toBe(true);
  });

  it('writes an entry of a paper known only by its id without a made-up year or author', () => {
    const unknown = {
      id: 'arxiv:2401.99999',
      arxivId: '2401.99999',
      title: 'arxiv:2401.99999',
      abstract: '',
      tldr: '',
      authors: [],
      year: 0,
      links: {},
      tags: [],
    };
    expect(toBibtex([unknown])).toBe(
      [
        '@article{arxiv240199999,',
        '  title = {arXiv:2401.99999},',
        '  journal = {arXiv preprint arXiv:2401.99999},',
        '  eprint = {2401.99999},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2401.99999}',
        '}',
        '',
      ].join('\n'),
    );
    // With a saved title and year (a snapshot), those are used; the key has no author to start with.
    expect(toBibtexEntry({ ...unknown, title: 'A Paper From Elsewhere', year: 2024 }).split('\n')[0]).toBe(
      '@article{anon2024paper,',
    );
  });

  it('returns an empty string for no papers', () => {
    expect(toBibtex([])).toBe('');
  });
});

describe('citationLine', () => {
  it.each([
    [
      'arxiv:1905.00537',
      'Wang, A., Pruksachatkun, Y., Nangia, N., et al. (2019). SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding Systems. NeurIPS 2019. arXiv:1905.00537.',
    ],
    [
      'arxiv:2306.13643',
      'Lindenberger, P., Sarlin, P.-E., & Pollefeys, M. (2023). LightGlue: Local Feature Matching at Light Speed. ICCV 2023. arXiv:2306.13643.',
    ],
    [
      'arxiv:2202.08906',
      'Zoph, B., Bello, I., Kumar, S., et al. (2022). ST-MoE: Designing Stable and Transferable Sparse Expert Models. arXiv:2202.08906.',
    ],
  ])('%s', (id, expected) => {
    expect(citationLine(paperById(id))).toBe(expected);
  });

  it('puts the title first when the paper has no authors, as APA does, instead of opening on "(year)."', () => {
    const anonymous = { ...paperById('arxiv:2306.13643'), authors: [] };
    expect(citationLine(anonymous)).toBe(
      'LightGlue: Local Feature Matching at Light Speed. (2023). ICCV 2023. arXiv:2306.13643.',
    );
  });
});

describe('Markdown', () => {
  it('writes one section per list in order, with links, status and notes', () => {
    expect(toMarkdown(LISTS, ENTRIES, PAPER_MAP)).toBe(
      [
        '# PaperLens reading lists',
        '',
        '## To read',
        '',
        '- [SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding Systems](https://arxiv.org/abs/1905.00537) (2019) · [PDF](https://arxiv.org/pdf/1905.00537) · *To read* — Compare with "GLUE", later',
        '- [A Withdrawn Paper \\[draft\\]](https://arxiv.org/abs/9999.00001) (2021) · *To read*',
        '',
        '## Feature matching',
        '',
        '- [SuperGlue: Learning Feature Matching with Graph Neural Networks](https://arxiv.org/abs/1911.11763) (2020) · [PDF](https://arxiv.org/pdf/1911.11763) · [code](https://github.com/magicleap/SuperGluePretrainedNetwork) · *Read*',
        '- [LightGlue: Local Feature Matching at Light Speed](https://arxiv.org/abs/2306.13643) (2023) · [PDF](https://arxiv.org/pdf/2306.13643) · [code](https://github.com/cvg/LightGlue) · *Reading* — Adaptive depth.',
        '  Compare to LoFTR',
        '',
      ].join('\n'),
    );
  });

  it('keeps a multi-line note inside its bullet even when a line starts like a list item', () => {
    const [first] = ENTRIES;
    if (!first) throw new Error('fixture');
    const note = 'Steps:\n- read section 3\n+ rerun\n2. compare\n  10) check';
    const md = toMarkdown(LISTS, [{ ...first, note }], PAPER_MAP);
    expect(md).toContain(' — Steps:\n  \\- read section 3\n  \\+ rerun\n  2\\. compare\n    10\\) check\n');
  });

  it('says when a list is empty, and heads one list with its own name', () => {
    expect(toMarkdown([{ id: 'x', name: 'Empty', createdAt: 0, order: 0 }], [], PAPER_MAP)).toBe(
      '# Empty\n\n_No papers yet._\n',
    );
  });
});

describe('CSV', () => {
  const csv = toCsv(LISTS, ENTRIES, PAPER_MAP);
  const lines = csv.split('\r\n');

  it('has the header, one row per entry and CRLF line ends', () => {
    expect(lines[0]).toBe('list,title,authors,year,venue,arxiv_id,doi,status,note,added,url');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes per RFC 4180 and writes ISO dates', () => {
    expect(lines[1]).toBe(
      'To read,SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding Systems,Alex Wang; Yada Pruksachatkun; Nikita Nangia; Amanpreet Singh; Julian Michael; Felix Hill; Omer Levy; Samuel R. Bowman,2019,NeurIPS 2019,1905.00537,,to-read,"Compare with ""GLUE"", later",2023-11-14T22:13:20.000Z,https://arxiv.org/abs/1905.00537',
    );
    expect(lines[2]).toBe(
      'To read,A Withdrawn Paper [draft],Jane Doe,2021,,9999.00001,,to-read,,2023-11-14T22:13:22.000Z,https://arxiv.org/abs/9999.00001',
    );
    // The multi-line note stays inside one quoted field.
    expect(csv).toContain(',reading,"Adaptive depth.\nCompare to LoFTR",');
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['@sum', "'@sum"],
    ['', ''],
  ])('csvField(%j)', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('an export of another format chosen for import', () => {
  it.each([
    // The CSV as the popup downloads it, byte order mark first.
    ['CSV', `\uFEFF${toCsv(LISTS, ENTRIES, PAPER_MAP)}`],
    ['BibTeX', toBibtex([...PAPER_MAP.values()])],
    ['Markdown', toMarkdown(LISTS, ENTRIES, PAPER_MAP)],
    // Another tool's BibTeX (Zotero's) is BibTeX all the same.
    [
      'BibTeX',
      '\n@inproceedings{ma_xprompt_2022,\n\ttitle = {{XPrompt}: Exploring the Extreme of Prompt Tuning},\n}\n',
    ],
  ])('%s: says it is no backup, and that only JSON backups are imported', (format, text) => {
    expect(() => parseBackup(text)).toThrow(
      `import: the file is ${format}, not a backup: PaperLens exports BibTeX, CSV and Markdown for other tools, and imports only its JSON backups`,
    );
  });

  it('another tool’s CSV is not taken for PaperLens’s', () => {
    expect(() => parseBackup('Title,Author,Year\r\nXPrompt,Ma,2022\r\n')).toThrow(
      'import: the file is not valid JSON: it starts with "Title,Author,Year XProm…"',
    );
  });
});
