import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../../lib/search/highlight';

const marked = (text: string, terms: string[]) =>
  highlightRanges(text, terms).map(({ start, end }) => text.slice(start, end));

describe('highlightRanges', () => {
  it.each([
    ['LightGlue: Local Feature Matching at Light Speed', ['light'], ['LightGlue', 'Light']],
    ['LightGlue: Local Feature Matching at Light Speed', ['lightglue'], ['LightGlue']],
    ['SuperGLUE: A Stickier Benchmark', ['superglue', 'bench'], ['SuperGLUE', 'Benchmark']],
    ['ST-MoE: Designing Stable and Transferable Sparse Expert Models', ['moe'], ['MoE']],
    ['Timothée Darcet, Théo Moutakanni', ['theo', 'TIMOTHEE'], ['Timothée', 'Théo']],
    ['Prompt tuning', ['st-moe'], []],
    // One letter is that word only, not every word it starts.
    ['SuperGlue: Learning Feature Matching with Graph Neural Networks', ['a', 'graph'], ['Graph']],
    ['A Survey and a Benchmark', ['a'], ['A', 'a']],
    ['Paul-Edouard Sarlin, Andrew Rabinovich', ['a'], []],
    ['Hanrong Ye, Dan Xu', ['x', 'xu'], ['Xu']],
    ['anything', [], []],
    ['', ['x'], []],
  ])('%s with %j', (text, terms, expected) => {
    expect(marked(text, terms)).toEqual(expected);
  });

  it('gives offsets into the original string', () => {
    expect(highlightRanges('A Théo B', ['theo'])).toEqual([{ start: 2, end: 6 }]);
  });

  it('matches only at the start of a word', () => {
    expect(marked('GLUE and SuperGLUE', ['glue'])).toEqual(['GLUE']);
  });
});
