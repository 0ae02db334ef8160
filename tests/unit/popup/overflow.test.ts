import { describe, expect, it } from 'vitest';
import { isCut, scrollEdges, tooltipWhenCut } from '../../../components/popup/overflow';

describe('scrollEdges', () => {
  it.each([
    // [scrollTop, clientHeight, scrollHeight, above, below]
    [0, 122, 122, false, false], // everything fits
    [0, 122, 122.6, false, false], // a rounding error is not more content
    [0, 122, 200, false, true], // more below
    [40, 122, 200, true, true], // scrolled part way
    [78, 122, 200, true, false], // at the end
    [77.5, 122, 200, true, false], // at the end, zoomed
  ])(
    'scrollTop %d, clientHeight %d, scrollHeight %d: above %s, below %s',
    (scrollTop, clientHeight, scrollHeight, above, below) => {
      expect(scrollEdges({ scrollTop, clientHeight, scrollHeight })).toEqual({ above, below });
    },
  );
});

describe('isCut', () => {
  it.each([
    [120, 120, false],
    [80, 120, false],
    [240, 120, true],
  ])('scrollWidth %d in clientWidth %d: %s', (scrollWidth, clientWidth, cut) => {
    expect(isCut({ scrollWidth, clientWidth })).toBe(cut);
  });
});

describe('tooltipWhenCut', () => {
  const enter = (scrollWidth: number, clientWidth: number) => {
    const el = document.createElement('span');
    el.title = 'stale';
    Object.defineProperty(el, 'scrollWidth', { value: scrollWidth });
    Object.defineProperty(el, 'clientWidth', { value: clientWidth });
    tooltipWhenCut('Ada Lovelace, Charles Babbage').onPointerEnter({ currentTarget: el } as unknown as PointerEvent);
    return el.getAttribute('title');
  };
  it('gives the whole text as the tooltip only while the element is cut', () => {
    expect(enter(300, 120)).toBe('Ada Lovelace, Charles Babbage');
    expect(enter(120, 120)).toBeNull();
  });
});
