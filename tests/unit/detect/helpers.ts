// Test fixtures and an end-to-end pure pipeline: the background's findInBlocks (quick check,
// normalize, scan, confirm, mentions, overlaps), then the page's evidence policy.

import { applyEvidencePolicy, type Mention, type PatternEntry } from '../../../lib/detect';
import { type BlockIndex, buildBlockIndex, findInBlocks } from '../../../lib/detect/blocks';
import { buildRefIndex } from '../../../lib/detect/links';

export const ENTRIES: PatternEntry[] = [
  { id: 'arxiv:2210.04457', title: 'XPrompt: Exploring the Extreme of Prompt Tuning', shortName: 'XPrompt' },
  {
    id: 'arxiv:1905.00537',
    title: 'SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding Systems',
    shortName: 'SuperGLUE',
  },
  {
    id: 'arxiv:1911.11763',
    title: 'SuperGlue: Learning Feature Matching with Graph Neural Networks',
    shortName: 'SuperGlue',
  },
  {
    id: 'russian-superglue',
    title: 'Russian SuperGLUE 1.1: Revising the Lessons not Learned by Russian NLP models',
    shortName: 'Russian SuperGLUE 1.1',
  },
  { id: 'co4', title: 'Single layer tiny Co⁴ outpaces GPT-2 and GPT-BERT' },
  { id: 'superhuman', title: 'What’s the Meaning of Superhuman Performance in Today’s NLU?' },
  { id: 'gpt-too', title: 'GPT Understands, Too' },
  { id: 'lightglue', title: 'LightGlue: Local Feature Matching at Light Speed', shortName: 'LightGlue' },
  { id: 'st-moe', title: 'ST-MoE: Designing Stable and Transferable Sparse Expert Models', shortName: 'ST-MoE' },
  { id: 'warp', title: 'WARP: Word-level Adversarial ReProgramming', shortName: 'WARP' },
  {
    id: 'glue',
    title: 'GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding',
    shortName: 'GLUE',
  },
  { id: 'clue', title: 'CLUE: A Chinese Language Understanding Evaluation Benchmark', shortName: 'CLUE' },
  {
    id: 'ares',
    title: 'ARES: An Automated Evaluation Framework for Retrieval-Augmented Generation',
    shortName: 'ARES',
  },
  { id: 'spt', title: 'SPT: Semi-Parametric Prompt Tuning for Multitask Prompted Learning', shortName: 'SPT' },
  {
    id: 'ernie3',
    title: 'ERNIE 3.0: Large-scale Knowledge Enhanced Pre-training for Language Understanding and Generation',
    shortName: 'ERNIE 3.0',
  },
  {
    id: 'ernie3-titan',
    title: 'ERNIE 3.0 Titan: Exploring Larger-scale Knowledge Enhanced Pre-training for Language Understanding',
  },
  { id: 'swe-live', title: 'SWE-bench Goes Live!' },
  {
    id: 'swe-bench',
    title: 'SWE-bench: Can Language Models Resolve Real-World GitHub Issues?',
    shortName: 'SWE-bench',
  },
  { id: 'effi', title: 'Efficient Transformers: A Survey' },
  { id: 'short-title', title: 'Attention Is All' },
  { id: 'tiny', title: 'Go Big' },
];

export interface Found extends Mention {
  text: string;
}

/** Runs the whole pipeline on one string; `pageIds` adds papers known from links. */
const indexes = new WeakMap<PatternEntry[], BlockIndex>();
const ALL = { titles: true, shortNames: true, links: false };

export function detectInString(text: string, entries = ENTRIES, pageIds: string[] = []): Found[] {
  let ix = indexes.get(entries);
  if (!ix) {
    ix = buildBlockIndex(entries, buildRefIndex([]));
    indexes.set(entries, ix);
  }
  // The text is one text node, as the page would send it: a mention at a seam or ending inside a
  // word has no node boundary there, and the page drops it (lib/page/seams.ts).
  const mentions = (findInBlocks(ix, [text], ALL)[0]?.mentions ?? []).filter((m) => m.seams === undefined);
  const page = new Set([...pageIds, ...mentions.filter((m) => m.kind === 'title' && !m.casual).map((m) => m.paperId)]);
  return applyEvidencePolicy(mentions, page, text).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}

export function ids(text: string, entries = ENTRIES, pageIds: string[] = []): string[] {
  return detectInString(text, entries, pageIds).map((m) => m.paperId);
}

/** A small deterministic generator (mulberry32) of 32-bit integers, so a failing property test
 * names a reproducible input. */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}
