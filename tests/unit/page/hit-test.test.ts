import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { markAtPoint } from '../../../lib/page/hit-test';
import { MarkRegistry } from '../../../lib/page/marks';
import { stubHighlightApi } from './highlight-stubs';

beforeAll(stubHighlightApi);
afterAll(() => vi.unstubAllGlobals());

/** A document whose caret API answers with `node`, counting its calls. */
function caretDoc(node: Node) {
  const calls = { n: 0 };
  const doc = Object.assign(Object.create(document), {
    caretPositionFromPoint: () => {
      calls.n++;
      return { offsetNode: node, offset: 0 };
    },
  }) as Document;
  return { doc, calls };
}

describe('markAtPoint', () => {
  it('finds the mark whose line box holds the point', () => {
    document.body.innerHTML = '<p>We use LightGlue.</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 7);
    range.setEnd(text, 16);
    Object.assign(range, { getClientRects: () => [new DOMRect(40, 0, 60, 16)] });
    const registry = new MarkRegistry();
    const mark = { paperId: 'lightglue', kind: 'short' as const, range, owner: text };
    registry.replace(text, [mark]);
    const { doc } = caretDoc(text);
    expect(markAtPoint(doc, registry, 50, 8)).toBe(mark);
    expect(markAtPoint(doc, registry, 10, 8)).toBeNull();
  });

  it('does not hit-test a page without marks', () => {
    document.body.innerHTML = '<p>Nothing to see.</p>';
    const { doc, calls } = caretDoc(document.querySelector('p')?.firstChild as Text);
    expect(markAtPoint(doc, new MarkRegistry(), 5, 5)).toBeNull();
    expect(calls.n).toBe(0);
  });
});
