// The scan's hot path skips word starts that begin like no short name (`heads`): the same
// candidates with and without it.
import { describe, expect, it } from 'vitest';
import { buildPrefilter, scanCandidates } from '../../../lib/detect/prefilter';
import { normalizeText } from '../../../lib/text/normalize';

const entries = [
  { id: 'a', title: 'LightGlue: Local Feature Matching at Light Speed', shortName: 'LightGlue' },
  { id: 'b', title: 'GLUE: A Multi-Task Benchmark and Analysis Platform', shortName: 'GLUE' },
  { id: 'c', title: 'GPT Understands, Too' },
  // Shorter than the prefix length: found through the heads and length checks, like short names.
  { id: 'e', title: 'Task Vectors' },
  { id: 'd', title: 'ST-MoE: Designing Stable and Transferable Sparse Expert Models', shortName: 'ST-MoE' },
];
const text =
  'We compare LightGlue and ST-MoE on GLUE; GPT understands, too. lightglue, glue code, ' +
  'LightGlue: Local Feature Matching at Light Speed and nothing else but task vectors.';

describe('prefilter heads', () => {
  it('finds the same candidates as a prefilter without heads', () => {
    const ix = buildPrefilter(entries);
    expect(ix.heads?.some((bits) => bits !== 0)).toBe(true);
    const nt = normalizeText(text);
    const withHeads = scanCandidates(ix, nt);
    const without = scanCandidates({ ...ix, heads: null }, nt);
    expect(withHeads).toEqual(without);
    expect(withHeads.map((c) => `${c.kind}:${c.probe.slice(0, 12)}`)).toContain('short:lightglue');
    expect(withHeads.filter((c) => c.kind === 'title')).toHaveLength(3);
  });

  it('normalizeText handles multi-char folds that grow its buffers', () => {
    // U+FDFA folds to 18 letters: many of them force the buffers to grow.
    const s = `${'\uFDFA'.repeat(50)} ﬁne ᵃ`;
    const nt = normalizeText(s);
    expect(nt.chars.length).toBe(nt.wordStart.length);
    expect(nt.chars.length).toBe(nt.offsets.length);
    expect(nt.chars.endsWith('finea')).toBe(true);
    expect(nt.offsets[nt.offsets.length - 1]).toBe(s.length - 1);
  });
});
