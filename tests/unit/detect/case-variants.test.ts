import { describe, expect, it } from 'vitest';
import { caseVariants, withCaseVariants } from '../../../lib/detect/case-variants';
import type { PatternEntry } from '../../../lib/detect/types';
import { detectInString } from './helpers';

describe('caseVariants', () => {
  it.each<[string, string[]]>([
    ['SWE-Bench Pro', ['SWE-bench Pro']],
    ['P-tuning', ['P-Tuning']],
    ['TALL-masks', ['TALL-Masks']],
    ['SWE-bench-Live', ['SWE-Bench-Live', 'SWE-bench-live', 'SWE-Bench-live']],
    ['Super(ficial)-alignment', ['Super(ficial)-Alignment']],
    // Coined parts, capitals, single letters and the first part keep their casing.
    ['ST-MoE', []],
    ['Light-PEFT', []],
    ['LLaVA-c', []],
    ['XPrompt', []],
    ['Russian SuperGLUE 1.1', []],
  ])('%s -> %j', (name, variants) => {
    expect(caseVariants(name)).toEqual(variants);
  });
});

describe('withCaseVariants', () => {
  const entry = (id: string, shortName: string, aliases?: string[]): PatternEntry => ({
    id,
    title: `${shortName}: a paper`,
    shortName,
    ...(aliases && { aliases }),
  });

  it('adds the variants of distinctive names to the aliases, none to weak names nor to twins', () => {
    const out = withCaseVariants([
      entry('pro', 'SWE-Bench Pro'),
      entry('gpt-too', 'GPT', ['P-tuning']),
      entry('glue', 'GLUE'),
      entry('a', 'Foo-Bar'),
      entry('b', 'Foo-bar'),
    ]);
    expect(out.map((e) => [e.id, e.aliases ?? []])).toEqual([
      ['pro', ['SWE-bench Pro']],
      ['gpt-too', ['P-tuning', 'P-Tuning']],
      ['glue', []],
      ['a', []],
      ['b', []],
    ]);
  });
});

describe('detecting a name written with another case after its hyphen', () => {
  const ENTRIES: PatternEntry[] = [
    {
      id: 'swe-pro',
      title: 'SWE-Bench Pro: Can AI Agents Solve Long-Horizon Software Engineering Tasks?',
      shortName: 'SWE-Bench Pro',
    },
    { id: 'gpt-too', title: 'GPT Understands, Too', aliases: ['P-tuning'] },
    { id: 'st-moe', title: 'ST-MoE: Designing Stable and Transferable Sparse Expert Models', shortName: 'ST-MoE' },
  ];
  it.each<[string, string[]]>([
    ['SWE-bench Pro includes Go and TypeScript repositories.', ['swe-pro SWE-bench Pro']],
    ['SWE-Bench Pro includes Go and TypeScript repositories.', ['swe-pro SWE-Bench Pro']],
    ['We compare with P-Tuning and prompt tuning.', ['gpt-too P-Tuning']],
    ['We compare with P-Tuning v2 and prompt tuning.', []],
    ['swe-bench pro, in lower case, is not the name as written.', []],
    ['ST-moe is not how the paper writes its name.', []],
  ])('%s', (text, found) => {
    expect(detectInString(text, ENTRIES).map((m) => `${m.paperId} ${m.text}`)).toEqual(found);
  });
});
