import { beforeEach, describe, expect, it } from 'vitest';
import { nextMentionIndex, revealIndex } from '../../../lib/page/next-mention';

interface FakeMark {
  range: Range;
  top: number;
}

let marks: FakeMark[];
beforeEach(() => {
  document.body.innerHTML =
    '<p id="a">SuperGLUE first</p><p id="b"><a id="link" href="#">a link</a> then LightGlue</p><p id="c">ST-MoE last</p>';
  marks = ['a', 'b', 'c'].map((id, i) => {
    const range = document.createRange();
    const text = document.getElementById(id)?.lastChild as Text;
    range.setStart(text, 0);
    range.setEnd(text, 4);
    return { range, top: -200 + i * 300 };
  });
});

const at = (current: FakeMark | null, focused: Element | null) => ({
  current,
  focused,
  atOrBelowTop: (m: FakeMark) => m.top >= 0,
});

describe('nextMentionIndex', () => {
  it('continues after the open (or last opened) mention, wrapping at the end', () => {
    expect(nextMentionIndex(marks, at(marks[0] as FakeMark, null))).toBe(1);
    expect(nextMentionIndex(marks, at(marks[2] as FakeMark, null))).toBe(0);
  });

  it('starts after the focused element', () => {
    expect(nextMentionIndex(marks, at(null, document.getElementById('link')))).toBe(1);
    expect(nextMentionIndex(marks, at(null, document.getElementById('c')))).toBe(2);
  });

  it('otherwise starts at the first mention at or below the top of the viewport', () => {
    expect(nextMentionIndex(marks, at(null, null))).toBe(1);
    for (const m of marks) m.top = -1;
    expect(nextMentionIndex(marks, at(null, null))).toBe(0);
  });

  it('has nothing to open on a page without mentions', () => {
    expect(nextMentionIndex([], at(null, null))).toBe(-1);
  });
});

describe('revealIndex', () => {
  it.each([
    ['the first, with no popover open', ['a', 'b', 'c'], null, 0],
    ['the first, with another paper open', ['a', 'b', 'c'], 'x', 0],
    ['the next, asked again while one of them is open', ['a', 'b', 'c'], 'a', 1],
    ['round to the first after the last', ['a', 'b', 'c'], 'c', 0],
    ['none to reveal', [], null, -1],
  ] as const)('%s', (_, shown, current, expected) => {
    expect(revealIndex(shown, current)).toBe(expected);
  });
});
