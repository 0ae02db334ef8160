import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { SegmentWalk, type WalkOptions } from '../../../lib/page/segments';
import { type Segment, TextBatch } from '../../../lib/page/text-batch';

// A leaf block (prose only) is read with one textContent instead of a visit to each of its
// nodes. These tests hold that faster way to the node-by-node walk: same blocks, same text,
// same text nodes and offsets, same skipped subtrees, same shadow roots, on every fixture page.

const FIXTURES = join(import.meta.dirname, '../../fixtures/pages');

function walked(root: Node, wholeLeaves: boolean, links: WalkOptions['links'] = 'all', chars = 1e9) {
  const walk = new SegmentWalk(root, { links, wholeLeaves });
  const batches = [new TextBatch()];
  const found: HTMLAnchorElement[] = [];
  for (;;) {
    const status = walk.run(Number.POSITIVE_INFINITY, batches.at(-1) as TextBatch, found, {
      chars,
      blocks: 1e9,
      links: 1e9,
    });
    if (status === 'done') break;
    if (status === 'full') batches.push(new TextBatch());
  }
  const segments = batches.flatMap((batch) =>
    Array.from({ length: batch.size }, (_, b) => {
      const { block, nodes, starts, text } = batch.segment(b) as Segment;
      return { block, nodes, starts, text, owner: batch.owner(b) };
    }),
  );
  // Both ways take the links from the same query (see the link tests below): compared here, they
  // show the walk stepped over the same subtrees.
  // Shadow hosts inside leaves are found after the walk: their order differs, not the roots.
  const shadowRoots = new Set(walk.shadowRoots);
  return { segments, links: found, shadowRoots, undefinedHosts: walk.undefinedHosts };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('reading leaf blocks whole', () => {
  // rerender.html's text is all made by its script: its markup holds none to walk.
  const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && f !== 'rerender.html');

  it.each(pages)('finds what the node-by-node walk finds on %s', (page) => {
    const html = readFileSync(join(FIXTURES, page), 'utf8');
    document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    const reference = walked(document.body, false);
    expect(reference.segments.length).toBeGreaterThan(0);
    expect(walked(document.body, true)).toEqual(reference);
    // In batches that fill up (the walk stops between blocks), too.
    expect(walked(document.body, true, 'papers', 300)).toEqual(walked(document.body, false, 'papers', 300));
  });

  it('reads whole only blocks without nested blocks, breaks, footnote marks or skipped parts', () => {
    document.body.innerHTML =
      '<p id="leaf">We use <em>Light</em><a href="https://arxiv.org/abs/2306.13643">Glue</a>.</p>' +
      '<li>Item <ul><li>nested</li></ul> tail</li>' +
      '<p>line<br>break</p><p>ScaLearn<sup>2</sup></p>' +
      '<p>shown <span hidden>hidden</span> <span contenteditable="true">typed</span></p>' +
      '<div></div><p>after an empty block</p>';
    const fast = walked(document.body, true);
    expect(fast).toEqual(walked(document.body, false));
    expect(fast.segments.map((s) => s.text)).toEqual([
      'We use LightGlue.',
      'Item ',
      'nested',
      ' tail',
      'line\nbreak',
      'ScaLearn\n2',
      'shown  ',
      'after an empty block',
    ]);
  });

  it('tells the leaves read whole from the blocks walked node by node, in any order', () => {
    document.body.innerHTML =
      '<p>leaf one</p><div>walked <p>leaf two</p> tail</div><ul><li>leaf three</li><li>a<br>b</li></ul><p>leaf four</p>';
    const batch = new TextBatch();
    new SegmentWalk(document.body).run(Number.POSITIVE_INFINITY, batch, []);
    const kinds = Array.from({ length: batch.size }, (_, b) => `${batch.blockText(b)}: ${batch.isLeaf(b)}`);
    expect(kinds).toEqual([
      'leaf one: true',
      'walked : false',
      'leaf two: true',
      ' tail: false',
      'leaf three: true',
      'a\nb: false',
      'leaf four: true',
    ]);
  });

  it('gives no segment for a leaf whose text changed since it was read, so no mark lands on the wrong words', () => {
    document.body.innerHTML = '<p>We use <em>LightGlue</em> here.</p>';
    const batch = new TextBatch();
    new SegmentWalk(document.body).run(Number.POSITIVE_INFINITY, batch, []);
    expect(batch.isLeaf(0)).toBe(true);
    expect(batch.segment(0)?.text).toBe('We use LightGlue here.');
    (document.querySelector('em') as HTMLElement).textContent = 'SuperGlue';
    expect(batch.segment(0)).toBeNull();
    expect(batch.owner(0)?.data).toBe('We use ');
  });

  it.each<[string, (p: HTMLElement) => void, string | null]>([
    ['text added at the end', (p) => p.append(' Now.'), null],
    ['its last node removed', (p) => p.lastChild?.remove(), null],
    ['a node emptied', (p) => ((p.firstChild as Text).data = ''), null],
    ['the same text in more nodes', (p) => (p.firstChild as Text).splitText(3), 'We use LightGlue here.'],
    ['an empty node added', (p) => p.prepend(document.createTextNode('')), 'We use LightGlue here.'],
  ])('a leaf read again after %s gives %j', (_, change, text) => {
    document.body.innerHTML = '<p>We use <em>LightGlue</em> here.</p>';
    const batch = new TextBatch();
    new SegmentWalk(document.body).run(Number.POSITIVE_INFINITY, batch, []);
    change(document.querySelector('p') as HTMLElement);
    const segment = batch.segment(0);
    expect(segment?.text ?? null).toBe(text);
    if (segment) expect(segment.nodes.map((n) => n.data).join('')).toBe(text);
  });

  it('hands out the links after the text, in document order, leaving out those in skipped parts', () => {
    document.body.innerHTML =
      '<p><a href="/1">one</a> and <a href="/2">two</a></p>' +
      '<div contenteditable="true"><p><a href="/typed">typed</a></p></div>' +
      '<p>a <a hidden href="/hidden">hidden link</a>, <span hidden><a href="/in-hidden">x</a></span></p>' +
      '<form><button><a href="/in-button">b</a></button></form>' +
      '<svg><a href="/svg"><text>s</text></a></svg>' +
      '<div class="cm-editor"><a href="/code">c</a></div>' +
      '<ul><li><a href="/3">three</a><ul><li><a>no href</a> <a href="/4">four</a></li></ul></li></ul>';
    for (const wholeLeaves of [true, false]) {
      const links: HTMLAnchorElement[] = [];
      new SegmentWalk(document.body, { links: 'all', wholeLeaves }).run(
        Number.POSITIVE_INFINITY,
        new TextBatch(),
        links,
      );
      expect(links.map((a) => a.getAttribute('href'))).toEqual(['/1', '/2', '/3', '/4']);
    }
  });

  it('finds a <span> with a shadow root in a leaf, empty or not, once, and not in a skipped part', () => {
    document.body.innerHTML =
      '<p><span id="alone"></span></p><p>We cite <span id="cite"></span> here.</p>' +
      '<p hidden>x <span id="hidden"></span></p><div><span id="visited"></span><p>y</p></div>';
    const shadows = ['alone', 'cite', 'hidden', 'visited'].map((id) => {
      const shadow = (document.getElementById(id) as HTMLElement).attachShadow({ mode: 'open' });
      shadow.append('ScaLearn (Frohmann et al., 2023)');
      return shadow;
    });
    for (const wholeLeaves of [true, false]) {
      const walk = new SegmentWalk(document.body, { links: 'none', wholeLeaves });
      walk.run(Number.POSITIVE_INFINITY, new TextBatch(), []);
      expect(new Set(walk.shadowRoots)).toEqual(new Set([shadows[0], shadows[1], shadows[3]]));
      expect(walk.shadowRoots).toHaveLength(3);
    }
  });

  it('leaves out links the page puts into skipped parts while the walk runs, and those of an interrupted walk', () => {
    const sections = Array.from({ length: 3 }, (_, s) =>
      Array.from(
        { length: 100 },
        (_, i) => `<p><a href="https://arxiv.org/abs/2306.${10000 + s * 100 + i}">p</a></p>`,
      ).join(''),
    );
    document.body.innerHTML = sections.map((html, s) => `<section id="s${s}">${html}</section>`).join('');
    const walk = new SegmentWalk(document.body, { links: 'papers' });
    const links: HTMLAnchorElement[] = [];
    expect(walk.run(0, new TextBatch(), links)).toBe('paused');
    // Behind the walk, the page adds a hidden menu with paper links, and hides a section it has
    // not reached yet.
    const menu = document.createElement('nav');
    menu.hidden = true;
    menu.innerHTML = '<a href="https://arxiv.org/abs/2306.13643">menu</a>';
    document.body.append(menu);
    (document.getElementById('s2') as HTMLElement).hidden = true;
    expect(walk.run(Number.POSITIVE_INFINITY, new TextBatch(), links)).toBe('done');
    expect(links).toHaveLength(200);
    expect(links.some((a) => a.closest('[hidden]'))).toBe(false);

    const interrupted = new SegmentWalk(document.body, { links: 'papers' });
    const none: HTMLAnchorElement[] = [];
    expect(interrupted.run(0, new TextBatch(), none)).toBe('paused');
    (document.getElementById('s0') as HTMLElement).remove();
    expect(interrupted.run(Number.POSITIVE_INFINITY, new TextBatch(), none)).toBe('done');
    expect(interrupted.interrupted).toBe(true);
    expect(none).toEqual([]);
  });

  it('hands out links in bounded runs', () => {
    const items = Array.from({ length: 50 }, (_, i) => `<a href="https://arxiv.org/abs/2306.${10000 + i}">p${i}</a>`);
    document.body.innerHTML = `<p>${items.join(' ')}</p><p>next <a href="https://example.org/">elsewhere</a></p>`;
    const walk = new SegmentWalk(document.body, { links: 'papers' });
    const batch = new TextBatch();
    const runs: number[] = [];
    for (;;) {
      const links: HTMLAnchorElement[] = [];
      const status = walk.run(Number.POSITIVE_INFINITY, batch, links, { chars: 1e9, blocks: 1e9, links: 20 });
      runs.push(links.length);
      if (status === 'done') break;
      expect(status).toBe('paused');
    }
    expect(runs).toEqual([20, 20, 10]);
    expect(batch.size).toBe(2);
  });
});
