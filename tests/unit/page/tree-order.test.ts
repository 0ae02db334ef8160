import { describe, expect, it } from 'vitest';
import { compareRanges } from '../../../lib/page/tree-order';

function rangeOf(node: Node): Range {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range;
}

describe('compareRanges', () => {
  it('orders ranges in the page, in shadow trees and across them, as a reader meets them', () => {
    document.body.innerHTML =
      '<p id="a">first</p><div id="host"><span id="light">slotted</span></div><p id="z">last</p>';
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    inner.textContent = 'inside';
    const nestedHost = document.createElement('div');
    shadow.append(inner, nestedHost);
    const nested = nestedHost.attachShadow({ mode: 'open' });
    nested.append('deepest');
    const text = (id: string) => (document.getElementById(id) as HTMLElement).firstChild as Node;
    const ranges = {
      a: rangeOf(text('a')),
      inside: rangeOf(inner.firstChild as Node),
      deepest: rangeOf(nested.firstChild as Node),
      light: rangeOf(text('light')),
      z: rangeOf(text('z')),
    };
    const shuffled = [ranges.z, ranges.deepest, ranges.light, ranges.a, ranges.inside];
    const sorted = shuffled.sort(compareRanges).map((r) => r.toString());
    // A host's shadow content comes before its light children; nested trees sit where their host is.
    expect(sorted).toEqual(['first', 'inside', 'deepest', 'slotted', 'last']);
    expect(compareRanges(ranges.inside, ranges.inside)).toBe(0);
  });
});
