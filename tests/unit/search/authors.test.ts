import { describe, expect, it } from 'vitest';
import { authorLine } from '../../../lib/search/authors';

const line = (authors: string[], terms: string[], shown?: number) => {
  const { names, more } = authorLine(authors, terms, shown);
  return `${names.map((n, i) => (i === 0 ? '' : n.gap ? ', … ' : ', ') + n.name).join('')}${more ? ' et al.' : ''}`;
};
const SEVEN = ['Ann Arc', 'Bo Bell', 'Cy Cole', 'Di Dunn', 'Ed Eames', 'Fay Fox', 'Gus Gray'];

describe('authorLine', () => {
  it.each([
    { authors: SEVEN, terms: [], want: 'Ann Arc, Bo Bell, Cy Cole et al.' },
    { authors: SEVEN, terms: ['bell'], want: 'Ann Arc, Bo Bell, Cy Cole et al.' },
    { authors: SEVEN, terms: ['eames'], want: 'Ann Arc, … Ed Eames et al.' },
    { authors: SEVEN, terms: ['gray'], want: 'Ann Arc, … Gus Gray' },
    { authors: SEVEN, terms: ['dunn', 'gray'], want: 'Ann Arc, … Di Dunn, … Gus Gray' },
    // An early match keeps its place when there is room beside the late one.
    { authors: SEVEN, terms: ['bell', 'gray'], want: 'Ann Arc, Bo Bell, … Gus Gray' },
    { authors: SEVEN, terms: ['cole', 'eames', 'gray'], want: 'Ann Arc, … Ed Eames, … Gus Gray' },
    { authors: SEVEN, terms: ['dunn', 'eames', 'fox'], want: 'Ann Arc, … Di Dunn, Ed Eames et al.' },
    // A folded term matches accented names, and only at a word start.
    { authors: ['A', 'B', 'C', 'Zoë Ünal'], terms: ['unal'], want: 'A, … Zoë Ünal' },
    { authors: ['A', 'B', 'C', 'Dunal'], terms: ['unal'], want: 'A, B, C et al.' },
    { authors: ['Ann Arc', 'Bo Bell'], terms: ['bell'], want: 'Ann Arc, Bo Bell' },
    { authors: [], terms: ['x'], want: '' },
  ])('$terms in $authors.length authors -> $want', ({ authors, terms, want }) => {
    expect(line(authors, terms)).toBe(want);
  });

  // The real names behind the tester's report: three long names do not fit the popup's line.
  const LIGHTGLUE = ['Philipp Lindenberger', 'Paul-Edouard Sarlin', 'Marc Pollefeys'];
  it.each([
    { terms: ['pollefeys'], want: 'Philipp Lindenberger, … Marc Pollefeys' },
    { terms: ['sarlin'], want: 'Philipp Lindenberger, Paul-Edouard Sarlin et al.' },
    { terms: ['sarlin', 'pollefeys'], want: 'Philipp Lindenberger, Paul-Edouard Sarlin, Marc Pollefeys' },
    // No match: nothing to keep in view, the line stays as it was (CSS shortens its end).
    { terms: [], want: 'Philipp Lindenberger, Paul-Edouard Sarlin, Marc Pollefeys' },
  ])('fits $terms into a line of 46 characters by dropping unmatched names', ({ terms, want }) => {
    expect(line(LIGHTGLUE, terms)).toBe(want);
  });

  // The room the card measured: without a match, names are dropped whole, never the first.
  it.each([
    { terms: [], room: 30, want: 'Philipp Lindenberger et al.' },
    { terms: [], room: 5, want: 'Philipp Lindenberger et al.' },
    { terms: [], room: 50, want: 'Philipp Lindenberger, Paul-Edouard Sarlin et al.' },
    { terms: ['pollefeys'], room: 30, want: 'Philipp Lindenberger, … Marc Pollefeys' },
  ])('fits $terms into a measured room of $room characters', ({ terms, room, want }) => {
    const { names, more } = authorLine(LIGHTGLUE, terms, 3, room);
    expect(
      `${names.map((n, i) => (i === 0 ? '' : n.gap ? ', … ' : ', ') + n.name).join('')}${more ? ' et al.' : ''}`,
    ).toBe(want);
  });

  it('takes a one-letter word of the query for no author ("a graph neural network")', () => {
    expect(
      line(['Paul-Edouard Sarlin', 'Daniel DeTone', 'Tomasz Malisiewicz', 'Andrew Rabinovich'], ['a', 'graph']),
    ).toBe('Paul-Edouard Sarlin, Daniel DeTone, Tomasz Malisiewicz et al.');
  });

  it('keeps the first author even with more late matches than places', () => {
    expect(line(SEVEN, ['dunn', 'eames', 'fox', 'gray'], 2)).toBe('Ann Arc, … Di Dunn et al.');
  });
});
