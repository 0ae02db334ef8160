import { describe, expect, it } from 'vitest';
import {
  buildConfirmIndex,
  buildPrefilter,
  confirmCandidates,
  normalizeText,
  type PatternEntry,
  scanCandidates,
  toProbes,
} from '../../../lib/detect';
import { ENTRIES } from './helpers';

/** Deterministic PRNG (mulberry32) so the synthetic catalog is the same on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticCatalog(n: number): PatternEntry[] {
  const rand = rng(42);
  const syl = ['ka', 'lo', 'mi', 'ne', 'ru', 'sta', 'tor', 'vex', 'qua', 'zen', 'pri', 'dal', 'fo', 'gri', 'hu'];
  const word = () => {
    let w = '';
    const k = 2 + Math.floor(rand() * 3);
    for (let i = 0; i < k; i++) w += syl[Math.floor(rand() * syl.length)];
    return w;
  };
  const out: PatternEntry[] = [];
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 5 + Math.floor(rand() * 8) }, word);
    const name = `${word()}${i}`;
    const e: PatternEntry = { id: `syn:${i}`, title: `${name}: ${words.join(' ')}` };
    if (i % 3 === 0) e.shortName = name.charAt(0).toUpperCase() + name.slice(1);
    out.push(e);
  }
  return out;
}

describe('prefilter at catalog scale', () => {
  const big = [...syntheticCatalog(100_000), ...ENTRIES];
  const ix = buildPrefilter(big);
  const confirmIx = buildConfirmIndex(big);

  it('is compact: typed arrays of about 10 bytes per title', () => {
    const heap = [ix.titleTable, ix.shortTable].reduce(
      (n, t) => n + t.hashes.byteLength + t.starts.byteLength + (t.values?.byteLength ?? 0),
      0,
    );
    // Title hashes, short-name hashes with their case masks, and bucket indexes.
    expect(heap).toBeLessThan(1_200_000);
    expect(ix.titleTable.hashes.length).toBeGreaterThan(99_000);
  });

  it('finds exactly the titles present in a long text, fast', () => {
    const synth = big[12_345] as PatternEntry;
    const filler = 'The model was trained on several corpora and evaluated with care, as usual in this field. ';
    const text = `${filler.repeat(300)}We build on ${synth.title}, and on XPrompt: Exploring the Extreme of Prompt Tuning. ${filler.repeat(300)}See GPT Understands, Too.`;
    const nt = normalizeText(text);
    const t0 = performance.now();
    const candidates = scanCandidates(ix, nt);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(200);
    // Hash collisions are possible but rare: the prefilter must stay selective.
    expect(candidates.length).toBeLessThan(10);
    const confirmed = confirmCandidates(confirmIx, toProbes(text, nt, candidates));
    const titles = confirmed.filter((c) => c?.kind === 'title').map((c) => c?.paperId);
    expect(titles).toEqual([synth.id, 'arxiv:2210.04457', 'gpt-too']);
  });

  it('finds a synthetic short name and rejects its lowercase form', () => {
    const e = big[300] as PatternEntry;
    const name = e.shortName as string;
    const text = `Compared with ${name} and ${name.toLowerCase()} alike.`;
    const nt = normalizeText(text);
    const candidates = scanCandidates(ix, nt);
    const confirmed = confirmCandidates(confirmIx, toProbes(text, nt, candidates));
    expect(confirmed.filter((c) => c !== null).map((c) => c?.paperId)).toEqual([e.id]);
  });
});

describe('prefilter basics', () => {
  it('knows the short-name lengths (GLUE, WARP: 4)', () => {
    const ix = buildPrefilter(ENTRIES);
    expect((ix.lenFlags[4] ?? 0) & 1).toBe(1);
    expect(ix.lenFlags[3]).toBe(1);
  });

  it('an empty catalog yields no candidates', () => {
    const ix = buildPrefilter([]);
    expect(scanCandidates(ix, normalizeText('XPrompt: Exploring the Extreme of Prompt Tuning'))).toEqual([]);
  });

  it('title probes carry word boundaries', () => {
    const ix = buildPrefilter(ENTRIES);
    const [c] = scanCandidates(ix, normalizeText('GPT Understands, Too!')).filter((x) => x.kind === 'title');
    expect(c?.probe).toBe('gpt understands too');
  });
});
