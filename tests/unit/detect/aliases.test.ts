import { describe, expect, it } from 'vitest';
import type { PatternEntry } from '../../../lib/detect';
import { detectInString } from './helpers';

// Names a paper coins in its abstract (seeds/aliases.json) are matched like short names: exact
// casing on word boundaries, and the evidence policy for weak ones (H3, BUTTON).
const ENTRIES: PatternEntry[] = [
  { id: 'p-tuning', title: 'GPT Understands, Too', aliases: ['P-tuning'], year: 2021 },
  {
    id: 'h3',
    title: 'Hungry Hungry Hippos: Towards Language Modeling with State Space Models',
    aliases: ['H3'],
    year: 2022,
  },
  {
    id: 'tsv',
    title: 'Task Singular Vectors: Reducing Task Interference in Model Merging',
    aliases: ['TSV-Merge', 'TSV-Compress'],
  },
  { id: 'swe-live', title: 'SWE-bench Goes Live!', aliases: ['SWE-bench-Live'] },
  {
    id: 'swe-bench',
    title: 'SWE-bench: Can Language Models Resolve Real-World GitHub Issues?',
    shortName: 'SWE-bench',
  },
  {
    id: 'button',
    title: 'Facilitating Multi-turn Function Calling for LLMs via Compositional Instruction Tuning',
    aliases: ['BUTTON'],
    year: 2024,
  },
  {
    id: 'lepiszcze',
    title: 'This is the way: designing and compiling LEPISZCZE, a comprehensive NLP benchmark for Polish',
    aliases: ['LEPISZCZE'],
  },
];

const found = (text: string) => detectInString(text, ENTRIES).map((m) => [m.paperId, m.text]);

describe('aliases are matched like short names', () => {
  it.each([
    ['Prompt methods such as P-tuning train continuous prompts.', [['p-tuning', 'P-tuning']]],
    [
      'We merge with TSV-Merge and compress with TSV-Compress.',
      [
        ['tsv', 'TSV-Merge'],
        ['tsv', 'TSV-Compress'],
      ],
    ],
    ['Scores on SWE-bench-Live stay low.', [['swe-live', 'SWE-bench-Live']]],
    ['Scores on SWE-bench stay low.', [['swe-bench', 'SWE-bench']]],
    ['the Polish benchmark LEPISZCZE', [['lepiszcze', 'LEPISZCZE']]],
    // Weak names (two to four letters, or an ordinary word) need evidence.
    ['H3 (Fu et al., 2023) replaces attention with state space layers.', [['h3', 'H3']]],
    ['BUTTON (Chen et al., 2024) builds compositional tasks.', [['button', 'BUTTON']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['p-tuning in lower case is not the name'],
    ['P-Tuning v2 is another paper'],
    ['Style the H3 heading like the H2.'],
    ['CLICK THE BUTTON BELOW'],
    ['Press the BUTTON to start.'],
    ['TSV-Merged files'],
  ])('%j matches nothing', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a weak alias counts when its paper is named elsewhere on the page', () => {
    const text = 'Hungry Hungry Hippos: Towards Language Modeling with State Space Models. H3 is fast.';
    expect(found(text)).toEqual([
      ['h3', 'Hungry Hungry Hippos: Towards Language Modeling with State Space Models'],
      ['h3', 'H3'],
    ]);
  });
});
