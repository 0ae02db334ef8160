import { describe, expect, it } from 'vitest';
import { buildConfirmIndex } from '../../../lib/detect/confirm';
import { withSpacedName } from '../../../lib/detect/spaced-names';
import type { Mention, PatternEntry } from '../../../lib/detect/types';
import { catalogPapers } from './catalog-evidence';

const ENTRIES: PatternEntry[] = [
  { id: 'superglue', title: 'SuperGLUE: A Stickier Benchmark', shortName: 'SuperGLUE', year: 2019 },
  {
    id: 'rsg',
    title: 'RussianSuperGLUE: A Russian Language Understanding Evaluation Benchmark',
    shortName: 'RussianSuperGLUE',
    year: 2020,
  },
  { id: 'lightglue', title: 'LightGlue: Local Feature Matching at Light Speed', shortName: 'LightGlue' },
];
const spaced = buildConfirmIndex(ENTRIES).shorts;

/** The mention of `name` in `text` as the scan finds it, after withSpacedName. */
function resolve(text: string, name = 'SuperGLUE'): [string, string] {
  const start = text.indexOf(name);
  const m: Mention = {
    paperId: 'superglue',
    kind: 'short',
    start,
    end: start + name.length,
    shortName: name,
    year: 2019,
  };
  const out = withSpacedName(m, text, spaced);
  return [out.paperId, text.slice(out.start, out.end)];
}

describe('withSpacedName', () => {
  it('gives a mention to no paper when two share the joined name', () => {
    const shared = buildConfirmIndex([
      { id: 'moe', title: 'MoE', shortName: 'MoE' },
      { id: 'a', title: 'A', shortName: 'ST-MoE' },
      { id: 'b', title: 'B', shortName: 'STMoE' },
    ]).shorts;
    const m: Mention = { paperId: 'moe', kind: 'short', start: 3, end: 6, shortName: 'MoE' };
    expect(withSpacedName(m, 'ST MoE', shared)).toBe(m);
    const one = buildConfirmIndex([
      { id: 'moe', title: 'MoE', shortName: 'MoE' },
      { id: 'a', title: 'A', shortName: 'ST-MoE' },
    ]).shorts;
    expect(withSpacedName(m, 'ST MoE', one)).toMatchObject({ paperId: 'a', start: 0, end: 6 });
  });

  it.each([
    ['Results on the Russian SuperGLUE leaderboard.', ['rsg', 'Russian SuperGLUE']],
    ['Russian-SuperGLUE tasks are harder.', ['rsg', 'Russian-SuperGLUE']],
    ['We report Russian\nSuperGLUE scores.', ['rsg', 'Russian\nSuperGLUE']],
    // The word as the name writes it, and a word of its own.
    ['the russian SuperGLUE results', ['superglue', 'SuperGLUE']],
    ['Belarusian SuperGLUE is new.', ['superglue', 'SuperGLUE']],
    ['We evaluate on SuperGLUE.', ['superglue', 'SuperGLUE']],
    ['the NotRussian SuperGLUE', ['superglue', 'SuperGLUE']],
  ])('%j', (text, expected) => {
    expect(resolve(text)).toEqual(expected);
  });

  it('carries the year and first author of the paper it gives the mention to', () => {
    const m: Mention = { paperId: 'superglue', kind: 'short', start: 8, end: 17, year: 2019 };
    expect(withSpacedName(m, 'Russian SuperGLUE', spaced)).toEqual({
      paperId: 'rsg',
      kind: 'short',
      start: 0,
      end: 17,
      shortName: 'RussianSuperGLUE',
      year: 2020,
    });
  });

  it('on the bundled catalog', () => {
    expect(catalogPapers('Models for Russian are compared on the Russian SuperGLUE leaderboard.')).toEqual([
      ['Russian SuperGLUE', 'arxiv:2010.15925'],
    ]);
    expect(catalogPapers('Russian SuperGLUE 1.1 fixes its vulnerabilities.')).toEqual([
      ['Russian SuperGLUE 1.1', 'arxiv:2202.07791'],
    ]);
    expect(catalogPapers('SuperGLUE is harder than GLUE.')?.[0]).toEqual(['SuperGLUE', 'arxiv:1905.00537']);
    expect(catalogPapers('Num GLUE has eight math reasoning tasks.')).toEqual([['Num GLUE', 'arxiv:2204.05660']]);
    // One letter is no word of a name: "X GLUE" is GLUE on X (the site), not XGLUE.
    expect(catalogPapers('Saw a thread on X GLUE (Wang et al., 2018) is saturated.')).toEqual([
      ['GLUE', 'arxiv:1804.07461'],
    ]);
  });
});
