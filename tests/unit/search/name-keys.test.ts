import { describe, expect, it } from 'vitest';
import type { Paper } from '../../../lib/catalog/types';
import { camelParts, nameKeys } from '../../../lib/search/name-keys';

const paper = (title: string, shortName?: string, aliases?: string[]): Paper => ({
  id: 'x',
  title,
  abstract: '',
  tldr: '',
  authors: [],
  year: 2020,
  links: {},
  tags: [],
  ...(shortName && { shortName }),
  ...(aliases && { aliases }),
});

describe('camelParts', () => {
  it.each([
    ['RussianSuperGLUE', ['Russian', 'Super', 'GLUE']],
    ['NumGLUE', ['Num', 'GLUE']],
    ['XPrompt', ['X', 'Prompt']],
    ['LightGlue', ['Light', 'Glue']],
    ['XGLUE', []],
    ['DINOv2', []],
    ['glue', []],
  ])('%s -> %j', (word, parts) => {
    expect(camelParts(word)).toEqual(parts);
  });
});

describe('nameKeys', () => {
  it.each([
    // Hyphenated words joined, in titles and names: "SWEbench", "ptuning", "multitask" find them.
    [paper('SWE-bench Goes Live!', undefined, ['SWE-bench-Live']), ['swebench', 'swebenchlive']],
    [paper('GPT Understands, Too', undefined, ['P-tuning']), ['ptuning']],
    [paper('A Multi-Task Benchmark'), ['multitask']],
    // A name of several words, joined; the parts of a camel-case name (three letters or more).
    [paper('SWE-Bench Pro: Can AI Agents', 'SWE-Bench Pro'), ['swebench', 'swebenchpro']],
    [paper('NumGLUE: A Suite', 'NumGLUE'), ['num', 'glue']],
    [paper('ST-MoE: Designing', 'ST-MoE'), ['stmoe']],
    [paper('GLUE: A Benchmark', 'GLUE'), []],
    // Numbers alone are no name ("1.1" is not "11").
    [paper('Russian SuperGLUE 1.1: Revising', 'Russian SuperGLUE 1.1'), ['russiansuperglue11', 'super', 'glue']],
  ])('%j', (p, keys) => {
    expect(nameKeys(p).sort()).toEqual([...keys].sort());
  });
});
