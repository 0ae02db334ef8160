import { describe, expect, it } from 'vitest';
import { namingSubtitle } from '../../../lib/detect/subtitles';
import { detectInString, ENTRIES } from './helpers';

describe('namingSubtitle', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['LightGlue: Local Feature Matching at Light Speed', 'LightGlue', 'Local Feature Matching at Light Speed'],
    [
      'ERNIE 3.0: Large-scale Knowledge Enhanced Pre-training for Language Understanding and Generation',
      'ERNIE 3.0',
      'Large-scale Knowledge Enhanced Pre-training for Language Understanding and Generation',
    ],
    [
      'Cybench: A Framework for Evaluating Cybersecurity Capabilities and Risk',
      'Cybench',
      'A Framework for Evaluating Cybersecurity Capabilities and Risk',
    ],
    // What kind of thing it is, in a few words: how other works are described too.
    ['CLUE: A Chinese Language Understanding Evaluation Benchmark', 'CLUE', undefined],
    ['MuLD: The Multitask Long Document Benchmark', 'MuLD', undefined],
    // Too short to say which paper by itself.
    ['WARP: Word-level Adversarial ReProgramming', 'WARP', undefined],
    // A headline, not the paper's name, before the colon: its tail may be any work's.
    ['Towards AI-Complete Question Answering: A Set of Prerequisite Toy Tasks', undefined, undefined],
    ['Self-Evolution: A Case Study on SuperGLUE and More', 'SuperGLUE', undefined],
    ['GPT Understands, Too', 'GPT', undefined],
  ])('%j (named %j) -> %j', (title, shortName, subtitle) => {
    expect(namingSubtitle({ id: 'x', title, ...(shortName && { shortName }) })).toBe(subtitle);
  });
});

describe('a title written without its name', () => {
  const found = (text: string) =>
    detectInString(text, ENTRIES).map((m) => [text.slice(m.start, m.end), m.paperId, m.kind]);

  it.each([
    [
      'Semi-Parametric Prompt Tuning for Multitask Prompted Learning (Bari et al., 2023)',
      [['Semi-Parametric Prompt Tuning for Multitask Prompted Learning', 'spt', 'title']],
    ],
    [
      'we read “Local Feature Matching at Light Speed” twice',
      [['Local Feature Matching at Light Speed', 'lightglue', 'title']],
    ],
    // A label's colon or dash, a list's bullet, a venue after it.
    [
      'Week 2: Local Feature Matching at Light Speed',
      [['Local Feature Matching at Light Speed', 'lightglue', 'title']],
    ],
    [
      'Talk — Designing Stable and Transferable Sparse Expert Models, Barret Zoph',
      [['Designing Stable and Transferable Sparse Expert Models', 'st-moe', 'title']],
    ],
    [
      'Reading:\n- Local Feature Matching at Light Speed\n- Exploring the Extreme of Prompt Tuning',
      [
        ['Local Feature Matching at Light Speed', 'lightglue', 'title'],
        ['Exploring the Extreme of Prompt Tuning', 'arxiv:2210.04457', 'title'],
      ],
    ],
    [
      'Paper: Local Feature Matching at Light Speed (ICCV 2023)',
      [['Local Feature Matching at Light Speed', 'lightglue', 'title']],
    ],
    // The whole title is one mention, not a name and its subtitle.
    [
      'LightGlue: Local Feature Matching at Light Speed',
      [['LightGlue: Local Feature Matching at Light Speed', 'lightglue', 'title']],
    ],
    [
      'LightGlue — Local Feature Matching at Light Speed.',
      [['LightGlue — Local Feature Matching at Light Speed', 'lightglue', 'title']],
    ],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // Another work with the same subtitle: its own name says which.
    ['AXPrompt: Exploring the Extreme of Prompt Tuning'],
    ['DarkGlue – Local Feature Matching at Light Speed'],
    ['Ours: local feature matching at light speed'],
    ['MoE-Lite: Designing Stable and Transferable Sparse Expert Models'],
    // Prose about other work, in its own words: a trial's job ad, product page and blog.
    ['Familiarity with designing stable and transferable sparse expert models is a plus.'],
    ['FastMatch SDK delivers local feature matching at light speed on any phone.'],
    ['Local feature matching at light speed'],
    ['LOCAL FEATURE MATCHING AT LIGHT SPEED — NOW ON ANDROID'],
    ['DarkGlue, local feature matching at light speed for night-time drones'],
    // Another paper's title that holds it.
    ['Rethinking Local Feature Matching at Light Speed'],
    ['Local Feature Matching at Light Speed on Mobile GPUs'],
    ['Designing Stable and Transferable Sparse Expert Models from Scratch'],
    ['Exploring the Extreme of Prompt Tuning: A Replication'],
    // Run on from a word.
    ['UltraLocal Feature Matching at Light Speed'],
    ['CMMLU, a Chinese language understanding evaluation benchmark'],
    // Part of it only.
    ['feature matching at light speed'],
  ])('%j is no mention', (text) => {
    expect(found(text)).toEqual([]);
  });
});
