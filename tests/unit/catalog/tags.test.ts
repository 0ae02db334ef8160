// Tags from keyword rules (lib/catalog/tags.ts): the words must say what the paper is about.
import { describe, expect, it } from 'vitest';
import { extractTags, TAG_VOCABULARY } from '../../../lib/catalog/tags';
import { readSeedCatalog } from '../../../lib/catalog/vite-plugin';
import { root } from './fixtures';

const { papers } = readSeedCatalog(root).catalog;
const byArxiv = (id: string) => {
  const paper = papers.find((p) => p.arxivId === id);
  if (!paper) throw new Error(`no paper ${id} in the catalog`);
  return paper;
};
const taggedWith = (tag: string) =>
  papers
    .filter((p) => p.tags.includes(tag))
    .map((p) => p.arxivId)
    .sort();

describe('extractTags on short texts', () => {
  it.each([
    // [title, abstract, tag, expected]
    ['X', 'We study vision-language models.', 'multimodal', true],
    ['X', 'Pairs of image-text data.', 'multimodal', true],
    ['X', 'A multimodal benchmark.', 'multimodal', true],
    ['X', 'Robust visual features for matching.', 'multimodal', false],
    ['X', 'LLM agents that browse the web.', 'LLM agents', true],
    ['X', 'An agent driven by a large language model.', 'LLM agents', true],
    ['X', 'AI agents resolve issues on GitHub.', 'LLM agents', true],
    ['X', 'An intelligent dialogue agent answers questions.', 'LLM agents', false],
    ['X', 'The agent must adapt to new tasks by reinforcement learning.', 'LLM agents', false],
    ['X', 'Instruction tuning improves generalization.', 'instruction tuning', true],
    ['X', 'Models trained for instruction following.', 'instruction tuning', true],
    ['Instruction Tuned Models are Quick Learners', 'Sample efficiency.', 'instruction tuning', true],
    ['X', 'Transcripts of instructional videos.', 'instruction tuning', false],
    ['X', 'We use instruction-tuned language models to rank steps.', 'instruction tuning', false],
    ['X', 'A novel method P-tuning with continuous prompts.', 'prompt tuning', true],
    ['X', 'Results on the SuperGlue benchmark.', 'SuperGLUE', true],
    ['X', 'SuperGlue matches local features.', 'SuperGLUE', false],
  ])('%s / %s: %s is %s', (title, abstract, tag, expected) => {
    expect(extractTags(title, abstract).includes(tag)).toBe(expected);
  });
});

describe('the order of tags', () => {
  it('puts what a paper is first, its methods next, the benchmarks it reports on last', () => {
    expect(byArxiv('1905.00537').tags).toEqual(['SuperGLUE', 'benchmark', 'transfer learning', 'GLUE']);
    expect(byArxiv('2212.14052').tags).toEqual(['state space models', 'SuperGLUE']);
    expect(byArxiv('2210.04457').tags).toEqual(['prompt tuning', 'parameter-efficient fine-tuning', 'SuperGLUE']);
    expect(extractTags('GLUE: A Benchmark', 'Multi-task models fail on CLUE.')).toEqual([
      'GLUE',
      'benchmark',
      'multi-task learning',
      'CLUE',
    ]);
  });
});

describe('tags of the bundled catalog', () => {
  it.each([
    // [arXiv id, paper, tag, expected, why]
    ['2306.13643', 'LightGlue', 'multimodal', false, 'its abstract says "visual", not vision and language'],
    ['2306.13643', 'LightGlue', 'feature matching', true, ''],
    ['2307.15324', 'TaskExpert', 'multimodal', false, 'visual scene understanding only'],
    ['2410.22330', 'Task Vectors are Cross-Modal', 'multimodal', true, 'vision-and-language models'],
    ['2506.08666', 'LLaVA-c', 'multimodal', true, ''],
    ['1502.05698', 'Towards AI-Complete Question Answering', 'LLM agents', false, 'a 2015 dialogue agent'],
    ['2305.18444', 'CoTASP', 'LLM agents', false, 'a reinforcement-learning agent'],
    ['2305.18444', 'CoTASP', 'reinforcement learning', true, ''],
    ['2307.13854', 'WebArena', 'LLM agents', true, 'a GPT-4-based agent'],
    ['2408.08926', 'Cybench', 'LLM agents', true, 'LM agents'],
    ['2603.21489', 'Asynchronous SWE agents', 'LLM agents', true, '"AI agents", no "LLM" in the abstract'],
    ['2302.09173', 'Unsupervised Task Graph Generation', 'instruction tuning', false, 'uses an instruction-tuned LM'],
    ['2306.05539', 'Instruction Tuned Models are Quick Learners', 'instruction tuning', true, ''],
    ['2402.09391', 'LlaSMol', 'instruction tuning', true, ''],
    ['2103.10385', 'GPT Understands, Too', 'prompt tuning', true, 'P-tuning'],
    ['2103.10385', 'GPT Understands, Too', 'SuperGLUE', true, '"the SuperGlue benchmark"'],
    ['1911.11763', 'SuperGlue', 'SuperGLUE', false, 'the matcher, not the benchmark'],
  ])('%s %s: %s is %s (%s)', (id, _name, tag, expected) => {
    expect(byArxiv(id).tags.includes(tag)).toBe(expected);
  });

  it('gives every tag in the vocabulary to at least one paper', () => {
    const unused = TAG_VOCABULARY.filter((tag) => !papers.some((p) => p.tags.includes(tag)));
    expect(unused).toEqual([]);
  });

  it('gives no tag outside the vocabulary', () => {
    const known = new Set(TAG_VOCABULARY);
    expect(papers.flatMap((p) => p.tags).filter((tag) => !known.has(tag))).toEqual([]);
  });

  // The three tightened rules, paper by paper: a change to them shows here as a list to review.
  it.each([
    ['multimodal', ['2302.08672', '2310.17796', '2403.04343', '2410.22330', '2506.08666', '2509.02949', '2512.01274']],
    [
      'LLM agents',
      [
        '2307.13854',
        '2407.15734',
        '2408.08926',
        '2410.12952',
        '2412.06294',
        '2503.07832',
        '2505.21577',
        '2505.23419',
        '2506.01716',
        '2506.10055',
        '2509.16941',
        '2601.13295',
        '2601.16746',
        '2603.00718',
        '2603.21489',
        '2604.05013',
      ],
    ],
    [
      'instruction tuning',
      [
        '2204.07705',
        '2303.10475',
        '2305.04429',
        '2305.14232',
        '2306.01150',
        '2306.05539',
        '2310.17876',
        '2402.09391',
        '2403.04343',
        '2410.12952',
        '2506.08666',
      ],
    ],
  ])('%s', (tag, ids) => {
    expect(taggedWith(tag)).toEqual(ids);
  });
});
