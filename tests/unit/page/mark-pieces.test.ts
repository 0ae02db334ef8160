import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isWithin, piecesOf, textNodesIn } from '../../../lib/page/mark-pieces';

beforeAll(() => {
  // happy-dom has no StaticRange: its four fields are all that is read here.
  vi.stubGlobal(
    'StaticRange',
    class {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    },
  );
});

/** A range over `text` in the body's text, as the scanner makes a mark's. */
function rangeOver(text: string): Range {
  const all: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) all.push(n as Text);
  const joined = all.map((t) => t.data).join('');
  const at = joined.indexOf(text);
  const locate = (i: number, end: boolean) => {
    let start = 0;
    for (const t of all) {
      if (i < start + t.data.length || (end && i === start + t.data.length)) return { node: t, offset: i - start };
      start += t.data.length;
    }
    throw new Error(`test: ${i} is outside the text`);
  };
  const from = locate(at, false);
  const to = locate(at + text.length, true);
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

const painted = (range: Range) =>
  piecesOf(range, textNodesIn(range)).map(
    (p) => `${(p.startContainer as Text).data.slice(p.startOffset, p.endOffset)}`,
  );

describe('mark pieces', () => {
  it.each<[string, string, string[]]>([
    ['one text node', '<p>We use LightGlue here.</p>', ['LightGlue']],
    [
      'across inline elements',
      '<p>See <b>LightGlue</b>: <i>Local Feature</i> Matching.</p>',
      ['LightGlue', ': ', 'Local Feature', ' Matching'],
    ],
    ['starting at a node boundary', '<p>x<em>LightGlue: Local</em> Feature</p>', ['LightGlue: Local', ' Feature']],
  ])('%s: one static range per text node, none empty', (_, html, pieces) => {
    document.body.innerHTML = html;
    const want = pieces.join('');
    expect(painted(rangeOver(want))).toEqual(pieces);
  });

  it.each<[string, string[]]>([
    ['Light<b>Glue</b>', ['Light', 'Glue']],
    ['LightGlue', ['LightGlue']],
    ['<b>LightGlue</b>', ['LightGlue']],
    ['<img alt="">', []],
  ])('a link mark (the contents of <a>%s) paints each of its text nodes whole', (inner, pieces) => {
    document.body.innerHTML = `<p>See <a href="/x">${inner}</a>.</p>`;
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('a') as Element);
    expect(painted(range)).toEqual(pieces);
    expect(textNodesIn(range).map((t) => t.data)).toEqual(pieces);
  });

  it('isWithin finds a node inside one of the elements, and only there', () => {
    document.body.innerHTML = '<section><p>in</p></section><p>out</p>';
    const [section, , out] = [...document.querySelectorAll('section, p')];
    const els = new Set<Node>([section as Node]);
    expect(isWithin(document.querySelector('section p')?.firstChild as Node, els)).toBe(true);
    expect(isWithin(out?.firstChild as Node, els)).toBe(false);
  });
});
