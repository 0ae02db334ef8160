import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../lib/detect/types';
import { atNodeSeams } from '../../../lib/page/seams';

const mention = (start: number, end: number, seams?: number[]): Mention => ({
  paperId: 'p',
  kind: 'short',
  start,
  end,
  ...(seams && { seams }),
});

describe('atNodeSeams', () => {
  // Text nodes begin at 0, 4 and 12: "#402" "ARES: a tool" "2".
  const nodes = ['#402', 'ARES: a tool', '2'].map((t) => document.createTextNode(t));
  const segment = { starts: [0, 4, 12], nodes };
  const shownApart = () => true;
  it.each([
    ['no seam', mention(4, 8), true],
    ['a node begins at its seam', mention(4, 8, [4]), true],
    ['a node begins at its end seam', mention(4, 12, [12]), true],
    ['no node begins there', mention(5, 8, [5]), false],
    ['one of two seams has no node', mention(4, 9, [4, 9]), false],
    // The first node begins the block, where no seam can be.
    ['only the block begins there', mention(0, 3, [0]), false],
  ])('%s', (_, m, kept) => {
    expect(atNodeSeams(segment, [m], shownApart)).toEqual(kept ? [m] : []);
  });

  it('asks whether the two nodes at the seam are shown apart, and drops the mention if not', () => {
    const asked: string[][] = [];
    const flush = (before: Text, after: Text) => {
      asked.push([before.data, after.data]);
      return false;
    };
    expect(atNodeSeams(segment, [mention(4, 12, [4, 12])], flush)).toEqual([]);
    expect(asked).toEqual([['#402', 'ARES: a tool']]);
  });

  it('looks past a node of invisible characters before the seam (a link card’s zero-width space)', () => {
    const asked: string[][] = [];
    const texts = ['LightGlue: Local', '\u200b', 'arxiv.org'].map((t) => document.createTextNode(t));
    const card = { starts: [0, 16, 17], nodes: texts };
    const record = (before: Text, after: Text) => {
      asked.push([before.data, after.data]);
      return true;
    };
    const m = mention(0, 16, [17]);
    expect(atNodeSeams(card, [m], record)).toEqual([m]);
    expect(asked).toEqual([['LightGlue: Local', 'arxiv.org']]);
  });

  it('keeps a title that ends inside a word over its own name where its end is set apart, else the name', () => {
    // "LightGlue: … Light Speed" + "arXiv": two links, or one text node.
    const title = 'LightGlue: Local Feature Matching at Light Speed';
    const links = [title, 'arXiv'].map((t) => document.createTextNode(t));
    const card = { starts: [0, title.length], nodes: links };
    const name: Mention = { paperId: 'lg', kind: 'short', start: 0, end: 9 };
    const glued: Mention = {
      paperId: 'lg',
      kind: 'title',
      start: 0,
      end: title.length,
      seams: [title.length],
      glued: true,
    };
    const other: Mention = { paperId: 'other', kind: 'short', start: 11, end: 16 };
    expect(atNodeSeams(card, [name, glued, other], shownApart)).toEqual([glued, other]);
    expect(atNodeSeams(card, [name, glued, other], () => false)).toEqual([name, other]);
    const oneNode = { starts: [0], nodes: [document.createTextNode(`${title}arXiv`)] };
    expect(atNodeSeams(oneNode, [name, glued], shownApart)).toEqual([name]);
  });

  it('returns the same list when no mention is at a seam', () => {
    const mentions = [mention(0, 3)];
    expect(atNodeSeams(segment, mentions)).toBe(mentions);
  });
});
