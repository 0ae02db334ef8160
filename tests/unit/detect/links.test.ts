import { describe, expect, it } from 'vitest';
import {
  aclIdFromUrl,
  buildRefIndex,
  findArxivIdsInText,
  lookupRef,
  normalizeDoi,
  type PaperRef,
  parsePaperRef,
} from '../../../lib/detect';
import { isPdfAddress, mayBePaperHref } from '../../../lib/detect/links';
import { findPaperRefsInText, mayHoldPaperRef } from '../../../lib/detect/refs-in-text';

const ax = (id: string): PaperRef => ({ kind: 'arxiv', id });
const acl = (id: string): PaperRef => ({ kind: 'acl', id });
const or = (id: string): PaperRef => ({ kind: 'openreview', id });

describe('parsePaperRef', () => {
  it.each([
    ['https://arxiv.org/abs/2210.04457', ax('2210.04457')],
    ['https://arxiv.org/abs/2210.04457v2', ax('2210.04457')],
    ['http://www.arxiv.org/pdf/2210.04457', ax('2210.04457')],
    ['https://arxiv.org/pdf/2210.04457v1.pdf', ax('2210.04457')],
    ['https://arxiv.org/pdf/2210.04457.pdf', ax('2210.04457')],
    ['https://export.arxiv.org/abs/2210.04457?context=cs', ax('2210.04457')],
    ['https://arxiv.org/html/2210.04457v3/', ax('2210.04457')],
    ['https://arxiv.org/format/2210.04457', ax('2210.04457')],
    ['https://arxiv.org/abs/1501.00001#section', ax('1501.00001')],
    ['https://arxiv.org/abs/0704.0001', ax('0704.0001')],
    ['https://arxiv.org/abs/math/0502036', ax('math/0502036')],
    ['https://arxiv.org/abs/hep-th/9901001v2', ax('hep-th/9901001')],
    ['https://arxiv.org/pdf/math.GT/0309136v1', ax('math.GT/0309136')],
    ['https://huggingface.co/papers/2210.04457', ax('2210.04457')],
    ['https://www.alphaxiv.org/abs/2210.04457', ax('2210.04457')],
    ['https://alphaxiv.org/overview/2210.04457v2', ax('2210.04457')],
    ['https://ar5iv.org/abs/2210.04457', ax('2210.04457')],
    ['https://ar5iv.labs.arxiv.org/html/2210.04457', ax('2210.04457')],
    ['https://doi.org/10.48550/arXiv.2210.04457', ax('2210.04457')],
    // An ACL DOI is the Anthology id under another name.
    ['https://doi.org/10.18653/v1/2022.emnlp-main.758', acl('2022.emnlp-main.758')],
    ['https://doi.org/10.18653/v1/W18-5446', acl('W18-5446')],
    ['https://doi.org/10.18653/v1/not-an-id', { kind: 'doi', doi: '10.18653/v1/not-an-id' }],
    ['https://dx.doi.org/10.1145/ABC.123', { kind: 'doi', doi: '10.1145/abc.123' }],
    ['https://doi.org/10.1007%2F978-3-030', { kind: 'doi', doi: '10.1007/978-3-030' }],
    ['https://aclanthology.org/2023.findings-emnlp.204/', acl('2023.findings-emnlp.204')],
    ['https://aclanthology.org/2023.findings-emnlp.204.pdf', acl('2023.findings-emnlp.204')],
    ['https://aclanthology.org/2020.acl-main.1v2.pdf', acl('2020.acl-main.1')],
    ['https://aclanthology.org/P19-1001/', acl('P19-1001')],
    ['https://aclanthology.org/P19-1001.pdf', acl('P19-1001')],
    ['https://preview.aclanthology.org/fix-branch-name/2022.emnlp-main.758/', acl('2022.emnlp-main.758')],
    ['https://www.aclweb.org/anthology/P19-1001', acl('P19-1001')],
    // OpenReview ids keep their case, underscores and hyphens.
    ['https://openreview.net/forum?id=SylzhkBtDB', or('SylzhkBtDB')],
    ['https://openreview.net/forum?id=CZAd_6uiUx0&noteId=abc123XYZ', or('CZAd_6uiUx0')],
    ['https://www.openreview.net/pdf?id=Hklso24Kwr', or('Hklso24Kwr')],
    ['https://openreview.net/attachment?id=u5M4kKz3Mz&name=supplementary_material', or('u5M4kKz3Mz')],
    ['http://openreview.net/forum/?id=SVjPFnLBig#discussion', or('SVjPFnLBig')],
    // A site's redirect to the paper (every outgoing link on Zhihu, YouTube, Google, Facebook).
    ['https://link.zhihu.com/?target=https%3A//arxiv.org/abs/2306.13643', ax('2306.13643')],
    [
      'https://www.youtube.com/redirect?event=video_description&q=https%3A%2F%2Farxiv.org%2Fabs%2F2306.13643',
      ax('2306.13643'),
    ],
    ['https://www.google.com/url?sa=t&url=https://aclanthology.org/P19-1001/&q=x', acl('P19-1001')],
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fopenreview.net%2Fforum%3Fid%3DSylzhkBtDB&h=AT0', or('SylzhkBtDB')],
  ])('%s', (url, ref) => {
    expect(parsePaperRef(url)).toEqual(ref);
  });

  it.each([
    ['https://arxiv.org/list/cs.CL/recent'],
    ['https://arxiv.org/abs/'],
    ['https://example.org/abs/2210.04457'],
    ['https://huggingface.co/models'],
    ['https://huggingface.co/2210.04457'],
    ['https://arxiv.org/papers/2210.04457'],
    ['https://aclanthology.org/events/emnlp-2023/'],
    ['https://doi.org/'],
    ['not a url'],
    ['/abs/2210.04457'],
    ['javascript:alert(1)'],
    ['https://openreview.net/group?id=ICLR.cc/2020/Conference'],
    ['https://openreview.net/profile?id=~Sen_Wu1'],
    ['https://openreview.net/forum'],
    ['https://openreview.net/forum?id='],
    ['https://openreview.net/forum?id=a%20b'],
    ['https://example.org/forum?id=SylzhkBtDB'],
    // A redirect to somewhere else, to a paper host's other page, or wrapped twice.
    ['https://link.zhihu.com/?target=https%3A//example.org/arxiv.org'],
    ['https://www.youtube.com/redirect?q=https%3A%2F%2Farxiv.org%2Flist%2Fcs.CL'],
    [
      'https://www.google.com/url?q=https%3A%2F%2Flink.zhihu.com%2F%3Ftarget%3Dhttps%253A%2F%2Farxiv.org%2Fabs%2F2306.13643',
    ],
    ['https://example.org/?note=arxiv.org/abs/2306.13643'],
  ])('%s -> null', (url) => {
    expect(parsePaperRef(url)).toBeNull();
  });
});

describe('helpers', () => {
  it.each([
    ['10.1145/ABC', '10.1145/abc'],
    ['doi:10.1145/ABC', '10.1145/abc'],
    ['https://doi.org/10.1145/ABC', '10.1145/abc'],
    [' 10.18653/v1/P19-1001 ', '10.18653/v1/p19-1001'],
    ['11.1/x', null],
  ])('normalizeDoi(%j)', (input, out) => {
    expect(normalizeDoi(input)).toBe(out);
  });

  it('aclIdFromUrl ignores other hosts', () => {
    expect(aclIdFromUrl('https://example.org/P19-1001')).toBeNull();
    expect(aclIdFromUrl('https://aclanthology.org/P19-1001/')).toBe('P19-1001');
  });
});

describe('findArxivIdsInText', () => {
  it('finds ids in prose with their spans', () => {
    const text = 'See arXiv:2210.04457 and arXiv:2210.04457v2, also arXiv: math/0502036 and ArXiv:hep-th/9901001v3.';
    const found = findArxivIdsInText(text);
    expect(found.map((f) => f.id)).toEqual(['2210.04457', '2210.04457', 'math/0502036', 'hep-th/9901001']);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'arXiv:2210.04457',
      'arXiv:2210.04457v2',
      'arXiv: math/0502036',
      'ArXiv:hep-th/9901001v3',
    ]);
  });

  it('ignores non-ids', () => {
    expect(findArxivIdsInText('arXiv preprint, arXiv:12.345, xarXiv:2210.04457, my_arxiv:2210.04457')).toEqual([]);
  });

  it('finds ids side by side with no space, as chips of links read', () => {
    const text = 'arxiv:2210.04457arxiv:2103.10385';
    expect(findArxivIdsInText(text).map((f) => text.slice(f.start, f.end))).toEqual([
      'arxiv:2210.04457',
      'arxiv:2103.10385',
    ]);
  });

  it('finds paper URLs written as text, with or without a scheme, and their spans', () => {
    const text =
      'Paper: arxiv.org/abs/2306.13643v2, PDF https://arxiv.org/pdf/1911.11763.pdf and ' +
      'huggingface.co/papers/2307.13854 or www.alphaxiv.org/overview/2210.04457 (ar5iv.labs.arxiv.org/html/1804.07461).';
    const found = findArxivIdsInText(text);
    expect(found.map((f) => f.id)).toEqual(['2306.13643', '1911.11763', '2307.13854', '2210.04457', '1804.07461']);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'arxiv.org/abs/2306.13643v2',
      'https://arxiv.org/pdf/1911.11763.pdf',
      'huggingface.co/papers/2307.13854',
      'www.alphaxiv.org/overview/2210.04457',
      'ar5iv.labs.arxiv.org/html/1804.07461',
    ]);
  });

  it('stays linear on "arXiv" before a long run of spaces (pages send their text to the shared background)', () => {
    // The expression before took about 11 s on this input, and grew with the square of the run.
    const text = `arXiv${' '.repeat(100_000)}x: and arXiv:2306.13643`;
    expect(findArxivIdsInText(text).map((m) => m.id)).toEqual(['2306.13643']);
  });

  it('finds DBLP\'s "CoRR abs/<id>" and "arXiv <id>" without a colon', () => {
    const text = 'Liu et al. CoRR, abs/2103.10385, 2021. Also arXiv 2306.13643 and CoRR abs/1911.11763v2.';
    expect(findArxivIdsInText(text).map((f) => [f.id, text.slice(f.start, f.end)])).toEqual([
      ['2103.10385', 'CoRR, abs/2103.10385'],
      ['2306.13643', 'arXiv 2306.13643'],
      ['1911.11763', 'CoRR abs/1911.11763'],
    ]);
    expect(findArxivIdsInText('arXiv 2023 was busy; CoRR abs/12.3; arXiv preprint')).toEqual([]);
  });

  it.each([
    ['notarxiv.org/abs/2306.13643'],
    ['mirror.example/arxiv.org/abs/2306.13643'],
    ['arxiv.org/abs/2306.13643/comments'],
    ['arxiv.org/list/cs.CL/recent'],
    ['huggingface.co/models/2306.13643'],
  ])('%j is not a paper URL', (text) => {
    expect(findArxivIdsInText(text)).toEqual([]);
  });
});

describe('findPaperRefsInText', () => {
  it('finds OpenReview addresses written as text among the arXiv forms, in order', () => {
    const text =
      'Wu et al. ICLR, 2020. URL https://openreview.net/forum?id=SylzhkBtDB. Also arXiv:2306.13643 and openreview.net/pdf?id=CZAd_6uiUx0';
    expect(mayHoldPaperRef(text)).toBe(true);
    expect(findPaperRefsInText(text).map((f) => [f.ref, text.slice(f.start, f.end)])).toEqual([
      [or('SylzhkBtDB'), 'https://openreview.net/forum?id=SylzhkBtDB'],
      [ax('2306.13643'), 'arXiv:2306.13643'],
      [or('CZAd_6uiUx0'), 'openreview.net/pdf?id=CZAd_6uiUx0'],
    ]);
  });

  it('finds DOIs and ACL Anthology addresses written as text, without the period or bracket after them', () => {
    const text =
      'Ma et al. 2022. In EMNLP. https://doi.org/10.18653/v1/2022.emnlp-main.758. Also doi:10.1162/tacl_a_00727, ' +
      '(10.48550/arXiv.2306.13643) and aclanthology.org/2023.findings-emnlp.204.pdf; https://www.aclweb.org/anthology/P19-1001.';
    expect(mayHoldPaperRef(text)).toBe(true);
    expect(findPaperRefsInText(text).map((f) => [f.ref, text.slice(f.start, f.end)])).toEqual([
      [acl('2022.emnlp-main.758'), 'https://doi.org/10.18653/v1/2022.emnlp-main.758'],
      [{ kind: 'doi', doi: '10.1162/tacl_a_00727' }, 'doi:10.1162/tacl_a_00727'],
      [ax('2306.13643'), '10.48550/arXiv.2306.13643'],
      [acl('2023.findings-emnlp.204'), 'aclanthology.org/2023.findings-emnlp.204.pdf'],
      [acl('P19-1001'), 'https://www.aclweb.org/anthology/P19-1001'],
    ]);
  });

  it('finds a doi.org address written without its scheme, and the DOI or address of a BibTeX field', () => {
    const text =
      'Ma et al. 2022. doi.org/10.18653/v1/2022.emnlp-main.758 and dx.doi.org/10.1162/tacl_a_00727. ' +
      '@inproceedings{ma-2022, url = {https://aclanthology.org/2023.findings-emnlp.204}, doi = {10.1162/tacl_a_00728},} ' +
      '“10.1162/tacl_a_00729”';
    expect(findPaperRefsInText(text).map((f) => [f.ref, text.slice(f.start, f.end)])).toEqual([
      [acl('2022.emnlp-main.758'), 'doi.org/10.18653/v1/2022.emnlp-main.758'],
      [{ kind: 'doi', doi: '10.1162/tacl_a_00727' }, 'dx.doi.org/10.1162/tacl_a_00727'],
      [acl('2023.findings-emnlp.204'), 'https://aclanthology.org/2023.findings-emnlp.204'],
      [{ kind: 'doi', doi: '10.1162/tacl_a_00728' }, '10.1162/tacl_a_00728'],
      [{ kind: 'doi', doi: '10.1162/tacl_a_00729' }, '10.1162/tacl_a_00729'],
    ]);
    expect(findPaperRefsInText('notdoi.org/10.1162/tacl_a_00727')).toEqual([]);
  });

  it("leaves out the straight quote or backtick that closes a DOI in code (doi='10.1162/…')", () => {
    const text = "paper(doi='10.1162/tacl_a_00727') and `10.1016/j.aiopen.2023.08.012`";
    expect(findPaperRefsInText(text).map((f) => [f.ref, text.slice(f.start, f.end)])).toEqual([
      [{ kind: 'doi', doi: '10.1162/tacl_a_00727' }, '10.1162/tacl_a_00727'],
      [{ kind: 'doi', doi: '10.1016/j.aiopen.2023.08.012' }, '10.1016/j.aiopen.2023.08.012'],
    ]);
  });

  it('stays linear on an address followed by a long run of periods or brackets', () => {
    // Trimming the period after a DOI with /[.,;:)\]]+$/ took about 9 s on each of these.
    for (const text of [`10.1234/${'.'.repeat(100_000)}x`, `aclanthology.org/P19-1001${'),'.repeat(50_000)}x`]) {
      const began = performance.now();
      findPaperRefsInText(text);
      expect(performance.now() - began).toBeLessThan(500);
    }
  });

  it("ends an address at a Markdown table's bar, so the id in the next cell is found too", () => {
    const text = '| 10.1162/x|arXiv:2306.13643 |';
    expect(findPaperRefsInText(text).map((f) => text.slice(f.start, f.end))).toEqual(['10.1162/x', 'arXiv:2306.13643']);
  });

  it('with bareIds, finds a new-style arXiv id on its own, once where another form holds it', () => {
    const text =
      'Task vectors are cross-modal (2410.22330). See 1706.03762v7, 0704.0001 and arXiv 2306.13643; arXiv:2210.04457.';
    const bare = { bareIds: true };
    expect(findPaperRefsInText(text, bare).map((f) => [f.ref, text.slice(f.start, f.end)])).toEqual([
      [ax('2410.22330'), '2410.22330'],
      [ax('1706.03762'), '1706.03762v7'],
      [ax('0704.0001'), '0704.0001'],
      [ax('2306.13643'), 'arXiv 2306.13643'],
      [ax('2210.04457'), 'arXiv:2210.04457'],
    ]);
    expect(findPaperRefsInText('(2306.13643)').length).toBe(0);
    expect(mayHoldPaperRef('(2306.13643)')).toBe(false);
    expect(mayHoldPaperRef('(2306.13643)', bare)).toBe(true);
  });

  it.each([
    ['v1.2410.22330'],
    ['10.2410.22330'],
    ['2410.22330.1'],
    ['12410.22330'],
    ['2413.22330'],
    ['2400.22330'],
    ['1501.1234'],
    ['1412.12345'],
    ['order #2410.22330'],
    ['https://example.org/2410.22330'],
    ['2410.223301'],
    ['1.2410.22330'],
  ])('%j holds no bare arXiv id', (text) => {
    expect(findPaperRefsInText(text, { bareIds: true })).toEqual([]);
  });

  it.each([
    ['version 10.2/3 of the tool'],
    ['https://example.org/10.1234/abc'],
    ['aclanthology.org/events/emnlp-2023/'],
    ['x10.1234/abc'],
    ['notopenreview.net/forum?id=SylzhkBtDB'],
    ['openreview.net/group?id=ICLR.cc/2020/Conference'],
    ['openreview.net/forum?id=abc'],
    ['see openreview.net for the reviews'],
  ])('%j names no paper', (text) => {
    expect(findPaperRefsInText(text)).toEqual([]);
  });
});

describe('ref index', () => {
  const ix = buildRefIndex([
    { id: 'arxiv:2210.04457', arxivId: '2210.04457', links: {} },
    { id: 'arxiv:1905.00537', links: {}, doi: '10.5555/ABC' },
    {
      id: 'slug:acl-paper',
      doi: '10.18653/v1/2023.findings-emnlp.204',
      links: { acl: 'https://aclanthology.org/2023.findings-emnlp.204/' },
    },
    // Only the DOI: its Anthology links are found too.
    { id: 'arxiv:1804.07461', arxivId: '1804.07461', doi: '10.18653/v1/W18-5446', links: {} },
    {
      id: 'arxiv:2005.00944',
      arxivId: '2005.00944',
      links: { openreview: 'https://openreview.net/forum?id=SylzhkBtDB' },
    },
  ]);

  it.each([
    ['https://arxiv.org/abs/2210.04457v3', 'arxiv:2210.04457'],
    ['https://doi.org/10.48550/arXiv.1905.00537', 'arxiv:1905.00537'],
    ['https://doi.org/10.5555/abc', 'arxiv:1905.00537'],
    ['https://aclanthology.org/2023.findings-emnlp.204.pdf', 'slug:acl-paper'],
    ['https://doi.org/10.18653/V1/2023.findings-emnlp.204', 'slug:acl-paper'],
    ['https://aclanthology.org/W18-5446/', 'arxiv:1804.07461'],
    ['https://aclanthology.org/W18-5446.pdf', 'arxiv:1804.07461'],
    ['https://doi.org/10.18653/v1/w18-5446', 'arxiv:1804.07461'],
    ['https://arxiv.org/abs/2301.00001', undefined],
    ['https://openreview.net/pdf?id=SylzhkBtDB', 'arxiv:2005.00944'],
    // The id's case is part of it.
    ['https://openreview.net/forum?id=sylzhkbtdb', undefined],
    ['https://openreview.net/forum?id=Hklso24Kwr', undefined],
  ])('%s -> %s', (url, id) => {
    const ref = parsePaperRef(url);
    expect(ref).not.toBeNull();
    expect(lookupRef(ix, ref as PaperRef)).toBe(id);
  });
});

describe('mayBePaperHref', () => {
  it('takes a raw href for a possible paper link by its host, whatever its case, and a relative one on a paper host only', () => {
    const cases: Array<[string, boolean, boolean]> = [
      ['https://arxiv.org/abs/2306.13643', false, true],
      ['HTTPS://ARXIV.ORG/pdf/2306.13643v2', false, true],
      ['https://ar5iv.labs.arxiv.org/html/2306.13643', false, true],
      ['https://huggingface.co/papers/2306.13643', false, true],
      ['https://doi.org/10.48550/arXiv.2306.13643', false, true],
      ['https://www.aclweb.org/anthology/P19-1001.pdf', false, true],
      ['https://OpenReview.net/forum?id=SylzhkBtDB', false, true],
      ['https://example.org/x', false, false],
      ['/abs/2306.13643', false, false],
      ['/abs/2306.13643', true, true],
      ['https://example.org/x', true, false],
      ['mailto:someone@example.org', true, false],
    ];
    for (const [href, onPaperHost, expected] of cases)
      expect([href, mayBePaperHref(href, onPaperHost)]).toEqual([href, expected]);
  });
});

describe('isPdfAddress', () => {
  it.each([
    ['https://arxiv.org/pdf/2306.13643', true],
    ['https://arxiv.org/pdf/2306.13643v2.pdf', true],
    ['https://openreview.net/pdf?id=Hklso24Kwr', true],
    ['https://aclanthology.org/2022.acl-long.246.pdf', true],
    ['file:///home/me/papers/lightglue.PDF', true],
    ['https://arxiv.org/abs/2306.13643', false],
    ['https://openreview.net/forum?id=Hklso24Kwr', false],
    ['https://example.org/pdfs-explained', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(isPdfAddress(url)).toBe(expected);
  });
});
