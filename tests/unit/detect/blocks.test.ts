// The background's pass over the blocks a content script sends (lib/detect/blocks).
import { describe, expect, it } from 'vitest';
import { buildBlockIndex, findInBlocks } from '../../../lib/detect/blocks';
import { buildRefIndex } from '../../../lib/detect/links';
import { isShown, vouches } from '../../../lib/detect/shown';
import type { Evidence } from '../../../lib/detect/types';
import { ENTRIES } from './helpers';

const ix = buildBlockIndex(
  ENTRIES,
  buildRefIndex([
    { id: 'arxiv:2210.04457', arxivId: '2210.04457', links: {} },
    { id: 'lightglue', arxivId: '2306.13643', links: { openreview: 'https://openreview.net/forum?id=Lg4Fast_01' } },
  ]),
);
const ALL = { titles: true, shortNames: true, links: true };

const found = (texts: string[], kinds = ALL) =>
  findInBlocks(ix, texts, kinds).map(({ block, mentions }) => ({
    block,
    mentions: mentions.map((m) => `${m.kind} ${m.paperId} "${(texts[block] as string).slice(m.start, m.end)}"`),
  }));

describe('findInBlocks', () => {
  it('answers only for the blocks with mentions, by their index in the request', () => {
    const texts = [
      'Nothing to see here.',
      '',
      'We compare LightGlue with SuperGlue: Learning Feature Matching\nwith Graph Neural Networks.',
      'glue code and a clue',
      'As in arXiv:2210.04457v2 and arxiv.org/abs/2306.13643, not arXiv:2401.00001.',
    ];
    expect(found(texts)).toEqual([
      {
        block: 2,
        mentions: [
          'short lightglue "LightGlue"',
          'title arxiv:1911.11763 "SuperGlue: Learning Feature Matching\nwith Graph Neural Networks"',
        ],
      },
      {
        block: 4,
        mentions: ['title arxiv:2210.04457 "arXiv:2210.04457v2"', 'title lightglue "arxiv.org/abs/2306.13643"'],
      },
    ]);
  });

  it("finds a reference's OpenReview address written as text", () => {
    expect(found(['Lindenberger et al. ICCV 2023. URL https://openreview.net/forum?id=Lg4Fast_01.'])).toEqual([
      { block: 0, mentions: ['title lightglue "https://openreview.net/forum?id=Lg4Fast_01"'] },
    ]);
  });

  it('finds ids written in any casing, as the search itself does', () => {
    expect(found(['As in ARXIV:2306.13643 and corr abs/2210.04457.'])).toEqual([
      { block: 0, mentions: ['title lightglue "ARXIV:2306.13643"', 'title arxiv:2210.04457 "corr abs/2210.04457"'] },
    ]);
  });

  it('keeps weak short names for the page to judge (the evidence policy needs the whole page)', () => {
    expect(found(['GLUE scores', 'We use WARP.'])).toEqual([
      { block: 0, mentions: ['short glue "GLUE"'] },
      { block: 1, mentions: ['short warp "WARP"'] },
    ]);
  });

  it('finds only the kinds the page asks for', () => {
    const texts = ['XPrompt: Exploring the Extreme of Prompt Tuning, or XPrompt for short, arXiv:2306.13643'];
    const only = (kinds: Partial<typeof ALL>) =>
      found(texts, { titles: false, shortNames: false, links: false, ...kinds }).flatMap((b) => b.mentions);
    expect(only({ titles: true })).toEqual([
      'title arxiv:2210.04457 "XPrompt: Exploring the Extreme of Prompt Tuning"',
    ]);
    expect(only({ shortNames: true })).toEqual([
      'short arxiv:2210.04457 "XPrompt"',
      'short arxiv:2210.04457 "XPrompt"',
    ]);
    expect(only({ links: true })).toEqual(['title lightglue "arXiv:2306.13643"']);
    expect(only({})).toEqual([]);
  });

  it('gives the same answer for a block alone or among others, and again (no state kept between calls)', () => {
    const block = 'ST-MoE and Efficient Transformers: A Survey';
    const alone = findInBlocks(ix, [block], ALL)[0]?.mentions;
    const among = findInBlocks(ix, ['x', 'LightGlue', block, 'GLUE'], ALL).find((b) => b.block === 2)?.mentions;
    expect(alone).toHaveLength(2);
    expect(among).toEqual(alone);
    expect(findInBlocks(ix, [block], ALL)[0]?.mentions).toEqual(alone);
  });
});

describe('findInBlocks and the evidence policy', () => {
  it('says what each weak name needs, from its block alone; the page decides with isShown', () => {
    const texts = [
      'GLUE was used',
      'the GLUE benchmark [3]',
      'GLUE-2: a sequel',
      'XPrompt and GLUE',
      'histone GLUE at lysine 27 [12]',
      'histone GLUE at lysine 27 (Zhou et al., 2018)',
    ];
    const needs = findInBlocks(ix, texts, ALL).map(({ block, mentions }) => [
      block,
      mentions.map((m) => `${(texts[block] as string).slice(m.start, m.end)}:${m.evidence ?? 'stands alone'}`),
    ]);
    expect(needs).toEqual([
      [0, ['GLUE:page']],
      [1, ['GLUE:named']],
      [2, ['GLUE:none']],
      [3, ['XPrompt:stands alone', 'GLUE:block']],
      [4, ['GLUE:numbered']],
      [5, ['GLUE:block']],
    ]);
    const onPage = new Set(['glue']);
    expect([undefined, 'named', 'block', 'page', 'none'].map((e) => isShown(e as Evidence, 'glue', onPage))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(isShown('page', 'glue', new Set())).toBe(false);
    // A numeric citation alone: shown when the page names any paper of the catalog.
    expect(isShown('numbered', 'glue', new Set())).toBe(false);
    expect(isShown('numbered', 'glue', new Set(['lightglue']))).toBe(true);
    // Only a distinctive name, one named as a research work or one cited by number on a page that
    // names papers of the catalog vouches for its paper page-wide.
    expect([undefined, 'named', 'block', 'numbered', 'page', 'none'].map((e) => vouches(e as Evidence))).toEqual([
      true,
      true,
      false,
      true,
      false,
      false,
    ]);
  });
});
