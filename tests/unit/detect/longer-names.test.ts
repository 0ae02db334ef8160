import { describe, expect, it } from 'vitest';
import type { PatternEntry } from '../../../lib/detect';
import { detectInString, ENTRIES } from './helpers';

// A name that starts a longer name of another work is not a mention of its paper.
const WITH_ALIAS: PatternEntry[] = [
  ...ENTRIES,
  { id: 'p-tuning', title: 'GPT Understands, Too (P-tuning paper)', aliases: ['P-tuning'] },
  { id: 'houlsby', title: 'Parameter-Efficient Transfer Learning for NLP' },
];
const found = (text: string) => detectInString(text, WITH_ALIAS).map((m) => [m.paperId, m.text]);

describe('names that start a longer name', () => {
  it.each([
    ['everyone confused it with P-tuning v2 last year'],
    ['P-tuning-v2 and P-tuning V2 and P-tuning v1.5'],
    ['ERNIE 3.0 Titan is a different paper'],
    ['THE ERNIE 3.0 TITAN MODEL'],
    ['Title: Parameter-Efficient Transfer Learning for NLP with Sparse Adapters'],
    ['Parameter-Efficient Transfer Learning for NLP via Shared Hypernetworks'],
    ['Parameter-Efficient Transfer Learning for NLP in Practice'],
    ['Parameter-Efficient Transfer Learning for NLP on Edge Devices'],
    ['XPrompt++ improves on it'],
    ['XPrompt-Lite and XPrompt-Pro, and the ONNX port XPrompt-ONNX'],
    // A variant or a sequel (an eighth trial's HF daily card: "… Refactoring with RefactorBench-2").
    ['XPrompt+ improves on it'],
    ['Measuring prompt pruning with XPrompt-2'],
    ['Measuring prompt pruning with XPrompt 2.'],
    ['We release XPrompt 3: faster'],
  ])('%j marks nothing', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    [
      'we use P-tuning, then P-tuning again',
      [
        ['p-tuning', 'P-tuning'],
        ['p-tuning', 'P-tuning'],
      ],
    ],
    // A venue after a title without a full stop between.
    [
      'Parameter-Efficient Transfer Learning for NLP in Proceedings of ICML',
      [['houlsby', 'Parameter-Efficient Transfer Learning for NLP']],
    ],
    [
      'Parameter-Efficient Transfer Learning for NLP in 2019',
      [['houlsby', 'Parameter-Efficient Transfer Learning for NLP']],
    ],
    ['ERNIE 3.0 is large', [['ernie3', 'ERNIE 3.0']]],
    ['ERNIE 3.0 and GPT', [['ernie3', 'ERNIE 3.0']]],
    ['the ERNIE 3.0 base model', [['ernie3', 'ERNIE 3.0']]],
    // A citation or a headline after a name that ends in a number: still the name.
    ['such as ERNIE 3.0 Sun et al. (2021)', [['ernie3', 'ERNIE 3.0']]],
    ['trained P-tuning on V100 GPUs', [['p-tuning', 'P-tuning']]],
    // A sum, a score, a count after it: still the name.
    [
      'XPrompt+LightGlue, as a sum',
      [
        ['arxiv:2210.04457', 'XPrompt'],
        ['lightglue', 'LightGlue'],
      ],
    ],
    [
      'XPrompt 2 points ahead, XPrompt 2.5 points, XPrompt 12.',
      [
        ['arxiv:2210.04457', 'XPrompt'],
        ['arxiv:2210.04457', 'XPrompt'],
        ['arxiv:2210.04457', 'XPrompt'],
      ],
    ],
    // A size, a task, weights, an adjective, a German compound: still the name.
    [
      'XPrompt-32B, XPrompt-L, XPrompt-Large, XPrompt-RTE, XPrompt-DISK',
      [
        ['arxiv:2210.04457', 'XPrompt'],
        ['arxiv:2210.04457', 'XPrompt'],
        ['arxiv:2210.04457', 'XPrompt'],
        ['arxiv:2210.04457', 'XPrompt'],
        ['arxiv:2210.04457', 'XPrompt'],
      ],
    ],
    [
      'XPrompt-32B, XPrompt-style prompts, der XPrompt-Ansatz',
      [
        ['arxiv:2210.04457', 'XPrompt'],
        ['arxiv:2210.04457', 'XPrompt'],
        ['arxiv:2210.04457', 'XPrompt'],
      ],
    ],
    // Titles followed by their authors or makers.
    ['GPT Understands, Too by Liu et al.', [['gpt-too', 'GPT Understands, Too']]],
    ['SWE-bench Goes Live! from Microsoft', [['swe-live', 'SWE-bench Goes Live!']]],
    // Prose goes on in lower case: still the paper.
    [
      'Parameter-Efficient Transfer Learning for NLP with adapters is a classic',
      [['houlsby', 'Parameter-Efficient Transfer Learning for NLP']],
    ],
    // A citation goes on with its venue.
    [
      'Houlsby et al. Parameter-Efficient Transfer Learning for NLP. In ICML',
      [['houlsby', 'Parameter-Efficient Transfer Learning for NLP']],
    ],
    // Another title right after the joining word: two titles, not one long one.
    [
      'Parameter-Efficient Transfer Learning for NLP with XPrompt: Exploring the Extreme of Prompt Tuning',
      [
        ['houlsby', 'Parameter-Efficient Transfer Learning for NLP'],
        ['arxiv:2210.04457', 'XPrompt: Exploring the Extreme of Prompt Tuning'],
      ],
    ],
    [
      'GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding and SuperGLUE',
      [
        ['glue', 'GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding'],
        ['arxiv:1905.00537', 'SuperGLUE'],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
