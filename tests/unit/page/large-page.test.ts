import { describe, expect, it } from 'vitest';
import { isLargePage, LARGE_PAGE_ELEMENTS } from '../../../lib/page/large-page';

describe('isLargePage', () => {
  it.each([
    [10, false],
    [LARGE_PAGE_ELEMENTS - 10, false],
    [LARGE_PAGE_ELEMENTS + 10, true],
  ])('a page with %i elements in its body is large: %s', (count, large) => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.append(...Array.from({ length: count }, () => doc.createElement('i')));
    expect(isLargePage(doc)).toBe(large);
  });
});
