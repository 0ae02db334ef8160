import { describe, expect, it } from 'vitest';
import { buildConfirmIndex, confirmCandidates } from '../../../lib/detect';
import { ENTRIES } from './helpers';

const ix = buildConfirmIndex(ENTRIES);

describe('confirmCandidates', () => {
  it.each([
    ['gpt understands too', 'gpt-too', 17],
    ['gpt understands too and more', 'gpt-too', 17],
    ['swebench goes live today', 'swe-live', 16],
    ['xprompt exploring the extreme of prompt tuning', 'arxiv:2210.04457', 40],
    ["xprompt exploring the extreme of prompt tuning's", 'arxiv:2210.04457', 40],
  ])('title probe %j', (probe, id, length) => {
    const [r] = confirmCandidates(ix, [{ kind: 'title', probe }]);
    expect(r?.paperId ?? null).toBe(id);
    if (r) expect(r.length).toBe(length);
  });

  it('confirms a long title run into the next word as glued, only where none ends on a boundary', () => {
    const [tool, too] = confirmCandidates(ix, [
      { kind: 'title', probe: 'gpt understands tool' },
      { kind: 'title', probe: 'gpt understands too l' },
    ]);
    expect(tool).toMatchObject({ paperId: 'gpt-too', length: 17, glued: true });
    expect(too?.glued).toBeUndefined();
  });

  it("gives a short match its paper's year, for the evidence policy", () => {
    const withYears = buildConfirmIndex([
      { id: 'warp', title: 'WARP: Word-level Adversarial ReProgramming', shortName: 'WARP', year: 2021 },
    ]);
    const [r] = confirmCandidates(withYears, [{ kind: 'short', probe: 'warp', original: 'WARP' }]);
    expect(r).toMatchObject({ paperId: 'warp', year: 2021 });
  });

  it('returns every casing of a short key without the original text', () => {
    const [r] = confirmCandidates(ix, [{ kind: 'short', probe: 'superglue' }]);
    const all = [r?.paperId, ...(r?.alternatives ?? []).map((a) => a.paperId)].sort();
    expect(all).toEqual(['arxiv:1905.00537', 'arxiv:1911.11763']);
  });

  it.each([
    ['SuperGLUE', 'arxiv:1905.00537'],
    ['SuperGlue', 'arxiv:1911.11763'],
    ['superglue', null],
    // Split where the name is one word: "Super Glue" is the adhesive, so "Super-GLUE" is not taken either.
    ['Super-GLUE', null],
    ['Super GLUE', null],
  ])('picks the exact-case short name for %j', (original, id) => {
    const [r] = confirmCandidates(ix, [{ kind: 'short', probe: 'superglue', original }]);
    expect(r?.paperId ?? null).toBe(id);
    if (r) expect(r.alternatives).toBeUndefined();
  });

  it('unknown keys confirm to null, results keep input order', () => {
    const r = confirmCandidates(ix, [
      { kind: 'short', probe: 'nope' },
      { kind: 'short', probe: 'stmoe', original: 'ST-MoE' },
    ]);
    expect(r.map((x) => x?.shortName ?? null)).toEqual([null, 'ST-MoE']);
  });
});
