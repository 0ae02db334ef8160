import { beforeEach, describe, expect, it } from 'vitest';
import { mayBePaperHref } from '../../../lib/detect/links';
import { SegmentWalk, type WalkOptions, walkAll } from '../../../lib/page/segments';
import { locate, type Segment, TextBatch } from '../../../lib/page/text-batch';

function walk(root: Node) {
  const all = walkAll(root);
  return {
    segments: all.segments.map((s) => s.text),
    links: all.links.map((a) => a.getAttribute('href') ?? ''),
  };
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

  it('makes no block of the blank text between blocks, and keeps blank text that starts prose', () => {
    document.body.innerHTML =
      '<article>\n  <h2>Title</h2>\n  <p>Prose.</p>\n  <ul>\n    <li>\n      <a href="/a">Link</a> text</li>\n  </ul>\n' +
      '  <div>\n</div>\n  <div>Before\n  <p>nested</p>\n  after</div>\n' +
      '  <!--v-if-->\n  <p>Vue</p>\n  <!---->\n  <div>\n  <!---->\n  <em>Angular</em></div>\n</article>\n';
    for (const wholeLeaves of [true, false]) {
      const batch = new TextBatch();
      new SegmentWalk(document.body, { links: 'none', wholeLeaves }).run(Number.POSITIVE_INFINITY, batch, []);
      expect(batch.texts).toEqual([
        'Title',
        'Prose.',
        '\n      Link text',
        'Before\n  ',
        'nested',
        '\n  after',
        'Vue',
        '\n  \n  Angular',
      ]);
    }
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
    const segment = walkAll(document.body).segments[0] as Segment;
    expect(segment.text).toBe('abcdef');
    expect(locate(segment, 2)).toMatchObject({ offset: 0 });
    expect(locate(segment, 2).node.data).toBe('cd');
    expect(locate(segment, 4, true).node.data).toBe('cd');
    expect(locate(segment, 4, true).offset).toBe(2);
  });
});

describe("SegmentWalk with the scanner's options", () => {
  /** Walks in runs as the scanner does, sending a batch whenever the walk says it is full. */
  function sliced(root: Node, links: WalkOptions['links'] = 'papers', slice = Number.POSITIVE_INFINITY, chars = 1e9) {
    const walk = new SegmentWalk(root, { links });
    const batches: TextBatch[] = [new TextBatch()];
    const found: HTMLAnchorElement[] = [];
    // A deadline in the past: every run() stops after one step batch, so resuming is exercised.
    let runs = 0;
    for (;;) {
      const status = walk.run(slice, batches[batches.length - 1] as TextBatch, found, {
        chars,
        blocks: 1e9,
        links: 1e9,
      });
      if (status === 'done') break;
      if (status === 'full') batches.push(new TextBatch());
      runs++;
    }
    const segments = batches.flatMap((b) => Array.from({ length: b.size }, (_, i) => (b.segment(i) as Segment).text));
    const hrefs = found.map((a) => a.getAttribute('href'));
    return { segments, hrefs, runs, batches: batches.length };
  }

  it("hands out every block, whole (finding papers in them is the background's work)", () => {
    document.body.innerHTML =
      '<p>Nothing to see here.</p>' +
      '<p>We use <em>Light</em>Glue for matching.</p>' +
      '<li>Efficient Transformers:<br>A Survey</li>';
    expect(sliced(document.body).segments).toEqual([
      'Nothing to see here.',
      'We use LightGlue for matching.',
      'Efficient Transformers:\nA Survey',
    ]);
  });

  it('hands out links that may go to a paper, judged by the raw href, or none', () => {
    document.body.innerHTML =
      '<p><a href="https://arxiv.org/abs/2210.04457">x</a> <a href="https://example.org/a">y</a> ' +
      '<a href="/abs/2210.04457">z</a> <a>no href</a> <a href="https://doi.org/10.1/x">d</a></p>';
    expect(sliced(document.body).hrefs).toEqual(['https://arxiv.org/abs/2210.04457', 'https://doi.org/10.1/x']);
    expect(sliced(document.body, 'none').hrefs).toEqual([]);
    expect(sliced(document.body, 'all').hrefs).toHaveLength(4);
  });

  it('gives the same answer when it stops and resumes every few nodes', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) =>
      i % 7 === 0
        ? `<p>Item ${i}: <em>XPrompt</em> <a href="https://arxiv.org/abs/2210.04457">again</a></p>`
        : `<p>Item ${i} is <b>plain</b> prose.</p>`,
    );
    document.body.innerHTML = paragraphs.join('');
    const once = sliced(document.body);
    const resumed = sliced(document.body, 'papers', 0);
    expect(resumed.runs).toBeGreaterThan(5);
    expect(resumed).toEqual({ ...once, runs: resumed.runs });
    // Batches of about 1,000 characters: each holds whole blocks, and together the same ones.
    const batched = sliced(document.body, 'papers', 0, 1_000);
    expect(batched.batches).toBeGreaterThan(5);
    expect(batched.segments).toEqual(once.segments);
    expect(once.segments).toHaveLength(400);
    expect(once.hrefs).toHaveLength(58);
  });
});

describe('SegmentWalk limits', () => {
  it('drops a block too long for one scan request, telling its owner, and keeps the rest', () => {
    document.body.innerHTML = `<p>before</p><p>${'long '.repeat(10)}<em>still long</em></p><p>after</p>`;
    const tooLong: string[] = [];
    const batch = new TextBatch();
    new SegmentWalk(document.body, { links: 'none' }, 40, (owner) => tooLong.push(owner.data)).run(
      Number.POSITIVE_INFINITY,
      batch,
      [],
    );
    expect(Array.from({ length: batch.size }, (_, b) => (batch.segment(b) as Segment).text)).toEqual([
      'before',
      'after',
    ]);
    expect(batch.texts).toEqual(['before', 'after']);
    expect(batch.chars).toBe(11);
    expect(tooLong).toEqual(['long '.repeat(10)]);
  });

  it('stops between blocks when the batch holds enough blocks', () => {
    document.body.innerHTML = '<p>a</p><p>b</p><p>c</p>';
    const walk = new SegmentWalk(document.body);
    const first = new TextBatch();
    expect(walk.run(Number.POSITIVE_INFINITY, first, [], { chars: 1e9, blocks: 2, links: 1e9 })).toBe('full');
    const second = new TextBatch();
    expect(walk.run(Number.POSITIVE_INFINITY, second, [], { chars: 1e9, blocks: 2, links: 1e9 })).toBe('done');
    expect([first.texts, second.texts]).toEqual([['a', 'b'], ['c']]);
    expect(second.owner(0)?.data).toBe('c');
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
    const batch = new TextBatch();
    walk.run(Number.POSITIVE_INFINITY, batch, []);
    expect(batch.segment(0)?.text).toBe('light text');
    expect(batch.size).toBe(1);
    expect(walk.shadowRoots).toEqual([shadow]);
    const inside = walkAll(shadow).segments.map((s) => [s.text, s.block]);
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

describe('SegmentWalk and MathML', () => {
  it('reads inline math as part of its sentence, its tokens apart and its TeX source left out', () => {
    // arXiv's HTML: a title's "Co⁴", and a formula whose H₃ is no H3.
    document.body.innerHTML =
      '<p>Tiny Co<math alttext="^{4}" display="inline"><semantics><msup><mi></mi><mn>4</mn></msup>' +
      '<annotation encoding="application/x-tex">^{4}</annotation></semantics></math> outpaces GPT-2; ' +
      '<math><msub><mi>H</mi><mn>3</mn></msub><annotation-xml encoding="MathML-Content"><ci>H</ci></annotation-xml></math> is a state.</p>';
    expect(walk(document.body).segments).toEqual(['Tiny Co\n4 outpaces GPT-2; \nH\n3 is a state.']);
  });
});

describe('SegmentWalk and many links', () => {
  it('pauses once it holds about as many links as asked, so each request stays bounded', () => {
    document.body.innerHTML = `<ul>${Array.from({ length: 1_000 }, (_, i) => `<li><a href="https://arxiv.org/abs/2306.${String(i).padStart(5, '0')}">p${i}</a></li>`).join('')}</ul>`;
    const walk = new SegmentWalk(document.body, { links: 'papers' });
    const batch = new TextBatch();
    const sizes: number[] = [];
    let links: HTMLAnchorElement[] = [];
    for (;;) {
      const status = walk.run(Number.POSITIVE_INFINITY, batch, links, { chars: 1e9, blocks: 1e9, links: 100 });
      sizes.push(links.length);
      links = [];
      if (status === 'done') break;
    }
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1_000);
    expect(Math.max(...sizes)).toBe(100);
    expect(sizes.length).toBeGreaterThan(5);
    expect(batch.size).toBe(1_000);
  });
});

describe('SegmentWalk when the page removes where it was', () => {
  it('says it was interrupted, so the scanner walks the root again', () => {
    document.body.innerHTML = ['a', 'b', 'c']
      .map((s) => `<section id="${s}">${Array.from({ length: 100 }, (_, i) => `<p>${s}${i}</p>`).join('')}</section>`)
      .join('');
    const walk = new SegmentWalk(document.body);
    const batch = new TextBatch();
    // A deadline in the past: the walk stops after 64 steps, inside section a.
    expect(walk.run(0, batch, [])).toBe('paused');
    expect(batch.texts[0]).toBe('a0');
    (document.getElementById('a') as HTMLElement).remove(); // a framework replacing its markup
    expect(walk.run(Number.POSITIVE_INFINITY, batch, [])).toBe('done');
    expect(walk.interrupted).toBe(true);
    const again = walkAll(document.body).segments.map((s) => s.text);
    expect(again).toHaveLength(200);
    expect(again[0]).toBe('b0');
  });
});

describe('SegmentWalk and links that may go to a paper', () => {
  const hrefs = [
    'https://arxiv.org/abs/2306.13643',
    'HTTPS://ARXIV.ORG/pdf/2306.13643v2',
    'https://ar5iv.labs.arxiv.org/html/2306.13643',
    'https://www.alphaxiv.org/abs/2306.13643',
    'https://huggingface.co/papers/2306.13643',
    'https://doi.org/10.48550/arXiv.2306.13643',
    'https://aclanthology.org/2022.acl-long.1/',
    'https://www.aclweb.org/anthology/P19-1001.pdf',
    'https://OpenReview.net/forum?id=SylzhkBtDB',
    'https://example.org/x',
    'https://arxiv-sanity.com/2306.13643',
    '/abs/2306.13643',
    'mailto:someone@example.org',
  ];
  const page = () =>
    `<p>${hrefs.map((href) => `<a href="${href}">link</a>`).join(' ')}</p><script><a href="https://arxiv.org/abs/1">x</a></script>`;
  const handedOut = () => walkAll(document.body, { links: 'papers' }).links.map((a) => a.getAttribute('href'));

  it('hands out, from the page query, the links whose href names a paper host in any case: those mayBePaperHref takes', () => {
    document.body.innerHTML = page();
    expect(handedOut()).toEqual(hrefs.filter((href) => mayBePaperHref(href, false)));
    expect(handedOut()).toHaveLength(9);
  });

  it('on a paper host, hands out its relative links too', () => {
    const base = document.createElement('base');
    base.href = 'https://arxiv.org/list/cs.CL/recent';
    document.head.append(base);
    try {
      document.body.innerHTML = page();
      expect(document.baseURI).toContain('arxiv.org');
      expect(handedOut()).toEqual(hrefs.filter((href) => mayBePaperHref(href, true)));
      expect(handedOut()).toContain('/abs/2306.13643');
    } finally {
      base.remove();
    }
  });
});
