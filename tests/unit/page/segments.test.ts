import { beforeEach, describe, expect, it } from 'vitest';
import { buildPrefilter, loadPrefilter } from '../../../lib/detect/prefilter';
import { QuickCheck } from '../../../lib/detect/quick-check';
import { locate, type Segment, SegmentWalk, type WalkItem, walkAll } from '../../../lib/page/segments';
import { ENTRIES } from '../detect/helpers';

function walk(root: Node) {
  const segments: string[] = [];
  const links: string[] = [];
  for (const item of walkAll(root)) {
    if (item.kind === 'segment') segments.push(item.segment.text);
    else links.push(item.link.getAttribute('href') ?? '');
  }
  return { segments, links };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('SegmentWalk without a filter', () => {
  it('joins a block across inline elements and splits at blocks and <br>', () => {
    document.body.innerHTML =
      '<p><strong><a href="https://x.org/w">WARP</a></strong>: <em>Word-level</em> Adversarial <code>ReProgramming</code></p>' +
      '<ul><li>Mixture-of-Experts with<br>Expert Choice Routing</li></ul>';
    const { segments, links } = walk(document.body);
    expect(segments).toEqual([
      'WARP: Word-level Adversarial ReProgramming',
      'Mixture-of-Experts with\nExpert Choice Routing',
    ]);
    expect(links).toEqual(['https://x.org/w']);
  });

  it('steps over skipped subtrees and carries on after them, at any depth', () => {
    document.body.innerHTML =
      '<div><p>A</p><textarea>XPrompt</textarea><p>B</p>' +
      '<section><div contenteditable="true"><p>typed</p></div></section>' +
      '<div class="cm-editor"><div><div>code</div></div></div></div>' +
      '<form><p>C <button>skip</button>D</p></form><script>var s = "script";</script><p>E</p>' +
      '<h3><button>Accordion title</button></h3>';
    // A form's buttons are controls; a button elsewhere (an accordion header) is read.
    expect(walk(document.body).segments).toEqual(['A', 'B', 'C D', 'E', 'Accordion title']);
  });

  it('yields nothing for a root inside an editable region (a rescan of a typed paragraph)', () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="typed">LightGlue</p></div><p id="plain">x</p>';
    const typed = document.getElementById('typed') as HTMLElement;
    expect(walk(typed).segments).toEqual([]);
    expect(walk(typed.firstChild as Node).segments).toEqual([]);
    expect(walk(document.getElementById('plain') as HTMLElement).segments).toEqual(['x']);
  });

  it('stays inside the root when the root ends with a skipped element', () => {
    document.body.innerHTML = '<div id="root"><p>in</p><div><textarea>t</textarea></div></div><p>outside</p>';
    expect(walk(document.getElementById('root') as HTMLElement).segments).toEqual(['in']);
  });

  it('maps segment indexes back to text nodes', () => {
    document.body.innerHTML = '<p>ab<em>cd</em>ef</p>';
    const item = walkAll(document.body)[0] as { segment: Segment };
    const { segment } = item;
    expect(segment.text).toBe('abcdef');
    expect(locate(segment, 2)).toMatchObject({ offset: 0 });
    expect(locate(segment, 2).node.data).toBe('cd');
    expect(locate(segment, 4, true).node.data).toBe('cd');
    expect(locate(segment, 4, true).offset).toBe(2);
  });
});

describe("SegmentWalk with a filter (the scanner's walk)", () => {
  const quick = new QuickCheck(loadPrefilter(buildPrefilter(ENTRIES)));

  function filtered(root: Node, links = true, slice = Number.POSITIVE_INFINITY) {
    const plain: string[] = [];
    const walk = new SegmentWalk(root, { quick, links, onPlain: (owner) => plain.push(owner.data) });
    const items: WalkItem[] = [];
    // A deadline in the past: every run() stops after one step batch, so resuming is exercised.
    let runs = 0;
    while (!walk.run(slice, items, 1)) runs++;
    const segments = items.flatMap((i) => (i.kind === 'segment' ? [i.segment.text] : []));
    const hrefs = items.flatMap((i) => (i.kind === 'link' ? [i.link.getAttribute('href')] : []));
    return { segments, hrefs, plain, runs };
  }

  it('hands out only the blocks that may mention a paper, whole, and reports the rest as plain', () => {
    document.body.innerHTML =
      '<p>Nothing to see here.</p>' +
      '<p>We use <em>Light</em>Glue for matching.</p>' +
      '<p>Plain <b>again</b>.</p>' +
      '<li>Efficient Transformers:<br>A Survey</li>';
    const { segments, plain } = filtered(document.body);
    expect(segments).toEqual(['We use LightGlue for matching.', 'Efficient Transformers:\nA Survey']);
    expect(plain).toEqual(['Nothing to see here.', 'Plain ']);
  });

  it('hands out blocks that may hold an "arXiv:<id>", also split across elements, only with links on', () => {
    document.body.innerHTML = '<p>see arXiv:2210.04457 now</p><p>as in <b>arXiv</b>: 2303.08774.</p><p>a: b</p>';
    expect(filtered(document.body).segments).toEqual(['see arXiv:2210.04457 now', 'as in arXiv: 2303.08774.']);
    expect(filtered(document.body, false).segments).toEqual([]);
  });

  it('hands out links that may go to a paper, judged by the raw href', () => {
    document.body.innerHTML =
      '<p><a href="https://arxiv.org/abs/2210.04457">x</a> <a href="https://example.org/a">y</a> ' +
      '<a href="/abs/2210.04457">z</a> <a>no href</a> <a href="https://doi.org/10.1/x">d</a></p>';
    expect(filtered(document.body).hrefs).toEqual(['https://arxiv.org/abs/2210.04457', 'https://doi.org/10.1/x']);
    expect(filtered(document.body, false).hrefs).toEqual([]);
  });

  it('gives the same answer when it stops and resumes every few nodes', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) =>
      i % 7 === 0 ? `<p>Item ${i}: <em>XPrompt</em> again</p>` : `<p>Item ${i} is <b>plain</b> prose.</p>`,
    );
    document.body.innerHTML = paragraphs.join('');
    const once = filtered(document.body);
    const sliced = filtered(document.body, true, 0);
    expect(sliced.runs).toBeGreaterThan(5);
    expect(sliced.segments).toEqual(once.segments);
    expect(sliced.plain).toEqual(once.plain);
    expect(once.segments).toHaveLength(43);
  });
});

describe('SegmentWalk and shadow trees', () => {
  it('lists the open shadow roots it passes, and a shadow tree walks like a page (top-level text belongs to the host)', () => {
    document.body.innerHTML = '<p>light text</p><paper-card></paper-card>';
    const host = document.querySelector('paper-card') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    const title = document.createElement('h2');
    title.textContent = 'in an element';
    shadow.append('at the top', title);
    const walk = new SegmentWalk(document.body);
    const items: WalkItem[] = [];
    walk.run(Number.POSITIVE_INFINITY, items, Number.POSITIVE_INFINITY);
    expect(items.map((i) => (i.kind === 'segment' ? i.segment.text : ''))).toEqual(['light text']);
    expect(walk.shadowRoots).toEqual([shadow]);
    const inside = walkAll(shadow).map((i) => (i.kind === 'segment' ? [i.segment.text, i.segment.block] : []));
    expect(inside).toEqual([
      ['at the top', host],
      ['in an element', title],
    ]);
  });
});

describe('SegmentWalk and footnote marks', () => {
  it('starts a word at <sup> and <sub>, so "ScaLearn<sup>2</sup>" keeps the name apart from its footnote', () => {
    document.body.innerHTML = '<p>ScaLearn<sup>2</sup> improves on Co<sup>4</sup> and H<sub>2</sub>O.</p>';
    expect(walk(document.body).segments).toEqual(['ScaLearn\n2 improves on Co\n4 and H\n2O.']);
  });
});
