// PageScanner wired to the background's real pass (findInBlocks) in-process: what the page marks.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBlockIndex, findInBlocks } from '../../../lib/detect/blocks';
import { buildRefIndex } from '../../../lib/detect/links';
import type { DetectionKinds } from '../../../lib/detect/types';
import { MarkRegistry } from '../../../lib/page/marks';
import { PageScanner, type ScannerDeps } from '../../../lib/page/scanner';
import { ENTRIES } from '../detect/helpers';
import { stubHighlightApi } from './highlight-stubs';

const ix = buildBlockIndex(ENTRIES, buildRefIndex([{ id: 'lightglue', arxivId: '2306.13643', links: {} }]));
const ALL: DetectionKinds = { titles: true, shortNames: true, links: true };

/** The background's answer to a scan request, in-process. */
const answer = (texts: string[], kinds: DetectionKinds) => findInBlocks(ix, texts, kinds);

beforeAll(stubHighlightApi);

/** A scanner over the in-process background; `background` replaces either of its answers. */
function setUp(kinds = ALL, background: Partial<Pick<ScannerDeps, 'scanTexts' | 'resolveLinks' | 'setApart'>> = {}) {
  const registry = new MarkRegistry();
  const requests: number[] = [];
  const scanner = new PageScanner({
    registry,
    kinds,
    scanTexts: async (texts, k) => {
      requests.push(texts.length);
      return answer(texts, k);
    },
    resolveLinks: async (hrefs) => hrefs.map((h) => (h.includes('2306.13643') ? 'lightglue' : null)),
    ...background,
  });
  const marked = () =>
    registry
      .visible()
      .map((m) => `${m.paperId} "${m.range.toString()}"`)
      .sort();
  return { scanner, registry, requests, marked };
}

afterAll(() => {
  vi.unstubAllGlobals();
});

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('PageScanner', () => {
  it('marks titles, names and links, and a weak name only with evidence', async () => {
    document.body.innerHTML =
      '<p>We use <b>Light</b>Glue here, and <a href="https://arxiv.org/abs/2306.13643">the paper</a>.</p>' +
      '<p>A clue, some glue, a WARP drive and GLUE in a headline.</p>' +
      '<p>Scores on the GLUE benchmark [3].</p>';
    const { scanner, marked } = setUp();
    await scanner.scan(document.body, new AbortController().signal);
    // The headline's GLUE has no evidence of its own; "the GLUE benchmark" vouches for it.
    expect(marked()).toEqual(['glue "GLUE"', 'glue "GLUE"', 'lightglue "LightGlue"', 'lightglue "the paper"']);
  });

  it('does not spread a weak name shown with its own evidence over the page (a biology page says H3)', async () => {
    document.body.innerHTML =
      '<p>Trimethylation of histone SPT at lysine 27 (Zhou et al., 2022) silences genes.</p>' +
      '<p>We measured SPT and H4 levels by western blot.</p>';
    const { scanner, marked } = setUp();
    await scanner.scan(document.body, new AbortController().signal);
    expect(marked()).toEqual(['spt "SPT"']);
    // Its title does vouch for it, anywhere on the page.
    document.body.insertAdjacentHTML(
      'beforeend',
      '<p>SPT: Semi-Parametric Prompt Tuning for Multitask Prompted Learning</p>',
    );
    await scanner.scan(document.body, new AbortController().signal, true);
    expect(marked()).toEqual([
      'spt "SPT"',
      'spt "SPT"',
      'spt "SPT: Semi-Parametric Prompt Tuning for Multitask Prompted Learning"',
    ]);
  });

  it('shows a weak name cited by number only on a page naming papers of the catalog, and then its later uses', async () => {
    // A physics blog cites with numbers too: nothing of the catalog is on it.
    document.body.innerHTML =
      '<p>The SPT collaboration [12] released a lensing map.</p><p>SPT observes from the South Pole.</p>';
    const { scanner, marked } = setUp();
    await scanner.scan(document.body, new AbortController().signal);
    expect(marked()).toEqual([]);
    // An ML post: a paper of the catalog named further down (here by a link, answered last).
    document.body.innerHTML =
      '<p>SPT [5] mixes prompt tuning with a prompt memory.</p><p>In our runs SPT was stable.</p>' +
      '<p>See <a href="https://arxiv.org/abs/2306.13643">the matcher</a>.</p>';
    scanner.reset();
    await scanner.scan(document.body, new AbortController().signal);
    expect(marked()).toEqual(['lightglue "the matcher"', 'spt "SPT"', 'spt "SPT"']);
  });

  it('shows a weak name once its paper turns up later on the page', async () => {
    // The table comes first; GLUE's evidence (its title) arrives two blocks later. WARP has none.
    document.body.innerHTML =
      '<table><tr><th>WARP</th><th>GLUE</th></tr></table>' +
      '<p>Nothing here.</p>' +
      '<p>GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding</p>';
    const { scanner, marked } = setUp();
    await scanner.scan(document.body, new AbortController().signal);
    expect(marked()).toEqual([
      'glue "GLUE"',
      'glue "GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding"',
    ]);
  });

  it('drops the marks of a block that no longer mentions a paper, and keeps the others', async () => {
    document.body.innerHTML = '<p id="a">XPrompt again</p><p id="b">ST-MoE too</p>';
    const { scanner, marked } = setUp();
    const signal = new AbortController().signal;
    await scanner.scan(document.body, signal);
    expect(marked()).toEqual(['arxiv:2210.04457 "XPrompt"', 'st-moe "ST-MoE"']);
    const a = document.getElementById('a') as HTMLElement;
    (a.firstChild as Text).data = 'nothing now';
    await scanner.scan(a, signal);
    expect(marked()).toEqual(['st-moe "ST-MoE"']);
    // Rescanned from above, the paragraph is a leaf block read whole: its marks go as well.
    // (Marks on text the page removed are pruned by the session: see PageSession.)
    const b = document.getElementById('b') as HTMLElement;
    (b.firstChild as Text).data = 'no paper here';
    await scanner.scan(document.body, signal, true);
    expect(marked()).toEqual([]);
    (b.firstChild as Text).data = 'back to ST-MoE';
    await scanner.scan(document.body, signal, true);
    expect(marked()).toEqual(['st-moe "ST-MoE"']);
  });

  it.each([
    ['a leaf block', '<p id="d">LightGlue here</p>'],
    ['a block with a nested block', '<div id="d">LightGlue here<p>ST-MoE</p></div>'],
  ])(
    'keeps one mark when the page puts text before the first node of %s, and none once it is edited away',
    async (_, html) => {
      document.body.innerHTML = html;
      const { scanner, registry, marked } = setUp();
      const signal = new AbortController().signal;
      await scanner.scan(document.body, signal);
      const d = document.getElementById('d') as HTMLElement;
      // The block's first text node, which keyed its marks, is its second now.
      d.insertBefore(document.createTextNode('New: '), d.firstChild);
      await scanner.scan(d, signal, true);
      const others = html.includes('ST-MoE') ? ['st-moe "ST-MoE"'] : [];
      expect(marked()).toEqual(['lightglue "LightGlue"', ...others]);
      (d.childNodes[1] as Text).data = 'nothing here';
      await scanner.scan(d, signal, true);
      expect(marked()).toEqual(others);
      expect([...registry.counts().keys()]).toEqual(others.length ? ['st-moe'] : []);
    },
  );

  it.each([
    ['a mention edited away (a word joined to it, no seam)', 'xyz2', []],
    ['text added after it', ' and more', ['lightglue "LightGlue"']],
  ])(
    'keys a block that starts with blank text in an inline element the same way on a rescan: %s',
    async (_, added, after) => {
      document.body.innerHTML = '<p id="d"><b>\n</b>LightGlue</p>';
      const { scanner, marked } = setUp();
      const signal = new AbortController().signal;
      await scanner.scan(document.body, signal);
      expect(marked()).toEqual(['lightglue "LightGlue"']);
      const d = document.getElementById('d') as HTMLElement;
      // The observer rescans the block itself: its root is walked node by node, not read whole.
      d.append(added);
      await scanner.scan(d, signal, true);
      expect(marked()).toEqual(after);
    },
  );

  it('drops the marks keyed by blank text that stopped starting a block (a block was put after it)', async () => {
    document.body.innerHTML = '<div id="d">\n<b></b>LightGlue<p>x</p></div>';
    const { scanner, marked } = setUp();
    const signal = new AbortController().signal;
    await scanner.scan(document.body, signal);
    expect(marked()).toEqual(['lightglue "LightGlue"']);
    const d = document.getElementById('d') as HTMLElement;
    const p = document.createElement('p');
    p.textContent = 'Intro';
    d.insertBefore(p, d.childNodes[1] as Node);
    await scanner.scan(p, signal, true);
    d.insertBefore(document.createTextNode('xyz2'), d.childNodes[4] as Node);
    await scanner.scan(d, signal, true);
    expect(marked()).toEqual([]);
  });

  it('marks a name where two elements meet without a space, and not inside one word of one text node', async () => {
    document.body.innerHTML =
      '<div><span>#12</span><span>LightGlue: Local Feature Matching at Light Speed</span></div>' +
      '<p><strong>ST-MoE</strong><a href="#fn2">2</a> and <b>Oral</b>XPrompt</p>' +
      '<p>MyLightGlue, XPrompt2 and H3K27me3 are other words.</p>' +
      // A search highlight inside a word: two nodes that meet, shown flush (the layout says so).
      '<p>restart the My<mark class="flush">LightGlue</mark> service</p>';
    // happy-dom lays nothing out: the test says which nodes are shown apart.
    const setApart = (_: Text, after: Text) => after.parentElement?.className !== 'flush';
    const { scanner, marked } = setUp(ALL, { setApart });
    await scanner.scan(document.body, new AbortController().signal);
    expect(marked()).toEqual([
      'arxiv:2210.04457 "XPrompt"',
      'lightglue "LightGlue: Local Feature Matching at Light Speed"',
      'st-moe "ST-MoE"',
    ]);
  });

  it('forgets the marks inside the elements the page hid, and only those', async () => {
    document.body.innerHTML =
      '<section id="s"><p>XPrompt again</p><ul><li>ST-MoE here</li></ul></section><p>LightGlue outside</p>';
    const { scanner, marked } = setUp();
    await scanner.scan(document.body, new AbortController().signal);
    expect(marked()).toHaveLength(3);
    const section = document.getElementById('s') as HTMLElement;
    expect(scanner.forgetWithin(new Set([section]))).toBe(true);
    expect(marked()).toEqual(['lightglue "LightGlue"']);
    expect(scanner.forgetWithin(new Set([section]))).toBe(false);
  });

  it('answers a rescanned block from memory when its text comes back, and asks only for new text', async () => {
    document.body.innerHTML = '<div id="list"><p>XPrompt again</p><p>nothing</p></div>';
    const { scanner, registry, requests, marked } = setUp();
    const signal = new AbortController().signal;
    const list = document.getElementById('list') as HTMLElement;
    const render = async (html: string) => {
      list.innerHTML = html; // new nodes, as a framework re-rendering the list makes
      await scanner.scan(list, signal, true);
      registry.pruneDisconnected();
    };
    await scanner.scan(document.body, signal); // the page's first scan remembers nothing
    await render('<p>XPrompt again</p><p>nothing</p>');
    await render('<p>XPrompt again</p><p>nothing</p>');
    expect(requests).toEqual([2, 2]);
    expect(marked()).toEqual(['arxiv:2210.04457 "XPrompt"']);
    await render('<p>XPrompt again</p><p>ST-MoE now</p>');
    expect(requests).toEqual([2, 2, 1]);
    expect(marked()).toEqual(['arxiv:2210.04457 "XPrompt"', 'st-moe "ST-MoE"']);
  });

  it('finds only the kinds asked for, and sends no text when none is', async () => {
    document.body.innerHTML = '<p>XPrompt and <a href="https://arxiv.org/abs/2306.13643">LightGlue</a></p>';
    const links = setUp({ titles: false, shortNames: false, links: true });
    await links.scanner.scan(document.body, new AbortController().signal);
    expect(links.marked()).toEqual(['lightglue "LightGlue"']);
    const none = setUp({ titles: false, shortNames: false, links: false });
    await none.scanner.scan(document.body, new AbortController().signal);
    expect(none.marked()).toEqual([]);
    expect(none.requests).toEqual([]);
  });

  it('lets every answer land before it reports a failed request', async () => {
    const paragraphs = Array.from({ length: 6_000 }, (_, i) =>
      i % 1_200 === 600
        ? `<p>${i}: Efficient Transformers: A Survey</p>`
        : `<p>Paragraph ${i} says nothing at all.</p>`,
    );
    document.body.innerHTML = paragraphs.join('');
    let calls = 0;
    const { scanner, registry } = setUp(ALL, {
      scanTexts: async (texts, k) => {
        // The first request fails at once (the worker stopped); the others answer a little later.
        if (calls++ === 0) throw new Error('worker stopped');
        await new Promise((done) => setTimeout(done, 20));
        return answer(texts, k);
      },
      resolveLinks: async (hrefs) => hrefs.map(() => null),
    });
    await expect(scanner.scan(document.body, new AbortController().signal)).rejects.toThrow('worker stopped');
    expect(calls).toBeGreaterThan(1);
    // The first batch (5,000 blocks, four mentions) is lost with its request; the second's
    // mention is shown before the scan reports the failure.
    expect(registry.visible().map((m) => m.range.toString())).toEqual(['Efficient Transformers: A Survey']);
  });

  it('shows a weak name whose evidence came in another batch, though a third request failed', async () => {
    // Three requests of 5,000 blocks at most: the heading's GLUE, a failing one, then GLUE's title.
    const filler = (from: number) =>
      Array.from({ length: 4_999 }, (_, i) => `<p>Paragraph ${from + i} says nothing at all.</p>`).join('');
    document.body.innerHTML =
      `<table><tr><th>GLUE</th></tr></table>${filler(0)}<p>One more.</p>${filler(5_000)}` +
      '<p>GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding</p>';
    let calls = 0;
    const { scanner, registry } = setUp(ALL, {
      scanTexts: async (texts, k) => {
        if (++calls === 2) throw new Error('worker stopped');
        return answer(texts, k);
      },
      resolveLinks: async (hrefs) => hrefs.map(() => null),
    });
    await expect(scanner.scan(document.body, new AbortController().signal)).rejects.toThrow('worker stopped');
    expect(calls).toBe(3);
    expect(registry.visible().map((m) => `${m.paperId} "${m.range.toString()}"`)).toEqual([
      'glue "GLUE"',
      'glue "GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding"',
    ]);
  });

  it.each([
    ['a block with a line break', '<p id="edit">Edited: Efficient Transformers: A Survey<br>second line</p>'],
    ['a leaf block', '<p id="edit">Edited: Efficient Transformers: A Survey</p>'],
  ])('marks nothing in %s whose text the page edited while the answer was on the way', async (_, html) => {
    document.body.innerHTML = html;
    const text = (document.getElementById('edit') as HTMLElement).firstChild as Text;
    const { scanner, registry } = setUp(ALL, {
      scanTexts: async (texts, k) => {
        text.data = 'Edited: nothing here now, just words and more words';
        return answer(texts, k);
      },
      resolveLinks: async (hrefs) => hrefs.map(() => null),
    });
    await scanner.scan(document.body, new AbortController().signal);
    expect(registry.visible()).toEqual([]);
  });

  it('shows no late answer inside a part the page hid while the walk went on', async () => {
    // The first scan asks only once its walk is over: the page can hide a part it read (a tab
    // switched) and the observer clear it before the answer for it lands.
    const filler = Array.from({ length: 6_000 }, (_, i) => `<p>Paragraph ${i} says nothing at all.</p>`);
    document.body.innerHTML = `<div id="panel"><p>Efficient Transformers: A Survey</p></div>${filler.join('')}`;
    const panel = document.getElementById('panel') as HTMLElement;
    const { scanner, registry, marked } = setUp();
    let t = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (t += 10));
    let yields = 0;
    vi.stubGlobal('scheduler', {
      yield: async () => {
        if (++yields === 60) {
          panel.hidden = true;
          scanner.forgetWithin(new Set([panel])); // what the session does with the observer's batch
        }
      },
    });
    try {
      const signal = new AbortController().signal;
      await scanner.scan(document.body, signal);
      await scanner.scan([panel], signal, true); // the rescan the observer queued
      expect(yields).toBeGreaterThan(60);
      expect(marked()).toEqual([]);
      expect([...registry.counts().keys()]).toEqual([]);
    } finally {
      now.mockRestore();
      vi.stubGlobal('scheduler', undefined);
    }
  });

  it('drops the mark of a link whose href changed while its answer was on the way', async () => {
    document.body.innerHTML = '<p>See <a href="https://arxiv.org/abs/2306.13643">this paper</a>.</p>';
    const link = document.querySelector('a') as HTMLAnchorElement;
    let calls = 0;
    const { scanner, registry } = setUp(ALL, {
      scanTexts: async (texts, k) => answer(texts, k),
      resolveLinks: async (hrefs) => {
        const ids = hrefs.map((h) => (h.includes('2306.13643') ? 'lightglue' : null));
        if (calls++ === 0) {
          // The page points the link elsewhere before the first answer lands.
          link.setAttribute('href', 'https://example.org/');
          scanner.forgetWithin(new Set([link]));
        }
        return ids;
      },
    });
    const signal = new AbortController().signal;
    await scanner.scan(document.body, signal);
    // The rescan the observer queued no longer asks: the link is not a paper link now.
    await scanner.scan([document.querySelector('p') as HTMLElement], signal, true);
    expect(calls).toBe(1);
    expect(registry.visible()).toEqual([]);
  });

  it('walks the page again when the page removed the part the walk was in (hydration)', async () => {
    document.body.innerHTML = ['a', 'b', 'c']
      .map(
        (id) => `<section id="${id}">${Array.from({ length: 100 }, (_, i) => `<p>${id}${i}</p>`).join('')}</section>`,
      )
      .join('');
    (document.querySelector('#c p') as HTMLElement).textContent = 'Efficient Transformers: A Survey';
    // Every clock read is past the deadline: the walk yields to the page every 64 nodes.
    let t = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (t += 10));
    try {
      const { scanner, marked } = setUp();
      const scanning = scanner.scan(document.body, new AbortController().signal);
      (document.getElementById('a') as HTMLElement).remove(); // while the walk yields, inside section a
      await scanning;
      expect(marked()).toEqual(['effi "Efficient Transformers: A Survey"']);
    } finally {
      now.mockRestore();
    }
  });

  it('lets go of the blocks with weak names waiting once the page removed them (a live feed)', async () => {
    // A weak name without evidence waits for its paper to turn up elsewhere. A feed drops old
    // posts as new ones come in: the waiting blocks it removed must not be kept (each holds its
    // detached elements and text) until the page closes.
    const { scanner } = setUp();
    const waiting = () => (scanner as unknown as { weakBlocks: Map<Node, unknown> }).weakBlocks.size;
    for (let round = 0; round < 5; round++) {
      document.body.innerHTML = '';
      const posts = Array.from({ length: 20 }, (_, i) => `<p>Post ${round}.${i}: WARP and GLUE in a headline.</p>`);
      document.body.insertAdjacentHTML('beforeend', posts.join(''));
      await scanner.scan([...document.body.children], new AbortController().signal, true);
    }
    expect(waiting()).toBe(20);
  });

  it('sends a long page in several requests of whole blocks', async () => {
    const paragraphs = Array.from({ length: 6_000 }, (_, i) =>
      i % 1_200 === 600
        ? `<p>${i}: Efficient Transformers: A Survey</p>`
        : `<p>Paragraph ${i} says nothing at all.</p>`,
    );
    document.body.innerHTML = paragraphs.join('');
    const { scanner, requests, marked } = setUp();
    await scanner.scan(document.body, new AbortController().signal);
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.reduce((a, b) => a + b, 0)).toBe(6_000);
    expect(marked()).toHaveLength(5);
  });
});

describe('MarkRegistry painting', () => {
  it('stops painting the marks on an edited text node at once, keeping the others, until the rescan', async () => {
    const { scanner, registry } = setUp();
    document.body.innerHTML = '<p>We use LightGlue.</p><p>And XPrompt: Exploring the Extreme of Prompt Tuning.</p>';
    await scanner.scan(document.body, new AbortController().signal);
    const painted = () => (CSS.highlights.get('paperlens-mention') as unknown as Set<AbstractRange>).size;
    expect(painted()).toBe(2);
    const first = document.querySelector('p')?.firstChild as Text;
    // Text added after the mark does not move it: it stays painted.
    first.appendData(' Fast.');
    registry.unpaintOn(first, 'We use LightGlue.');
    expect(painted()).toBe(2);
    // Text changed before it does.
    first.data = 'Now we use LightGlue. Fast.';
    registry.unpaintOn(first, 'We use LightGlue. Fast.');
    expect(painted()).toBe(1);
    // Nothing paints it again before the rescan: not a change of saved state, not a hover.
    registry.setState(new Set(['lightglue']), new Set());
    registry.setActive(registry.marksInNode(first)[0] ?? null);
    const saved = () => (CSS.highlights.get('paperlens-saved') as unknown as Set<AbstractRange>).size;
    expect([painted(), saved()]).toEqual([1, 0]);
    expect((CSS.highlights.get('paperlens-active') as unknown as Set<AbstractRange>).size).toBe(0);
    registry.setState(new Set(), new Set());
    // Still counted: the rescan decides what the edited block mentions.
    expect(registry.counts()).toEqual(
      new Map([
        ['lightglue', 1],
        ['arxiv:2210.04457', 1],
      ]),
    );
    await scanner.scan(document.querySelector('p') as Element, new AbortController().signal, true);
    expect(painted()).toBe(2);
  });
});

describe('MarkRegistry painting across nodes', () => {
  it('stops painting a mark when text is added at the end of a node it continues past', async () => {
    const { scanner, registry } = setUp();
    document.body.innerHTML = '<p>We use <b>Light</b>Glue here.</p>';
    await scanner.scan(document.body, new AbortController().signal);
    const painted = () => (CSS.highlights.get('paperlens-mention') as unknown as Set<AbstractRange>).size;
    expect(registry.visible().map((m) => m.range.toString())).toEqual(['LightGlue']);
    // "Light" -> "Lightning ": the words inside the mark are now "Lightning Glue", not LightGlue,
    // and its painted pieces ("Light", "Glue") would underline them until the rescan.
    const bold = document.querySelector('b')?.firstChild as Text;
    bold.appendData('ning ');
    registry.unpaintOn(bold, 'Light');
    expect(painted()).toBe(0);
  });
});

describe('MarkRegistry counts', () => {
  it('counts a paper once per place that mentions it, however that place names it', async () => {
    const { scanner, registry } = setUp();
    document.body.innerHTML =
      // An arXiv listing entry: the id and three links on one line, the title on the next.
      '<dl><dt><a href="https://arxiv.org/abs/2306.13643">arXiv:2306.13643</a> [<a href="https://arxiv.org/pdf/2306.13643">pdf</a>, ' +
      '<a href="https://arxiv.org/html/2306.13643v1">html</a>]</dt>' +
      '<dd>LightGlue: Local Feature Matching at Light Speed</dd></dl>' +
      // A reference that writes the id as text and links it too.
      '<ol><li>Sarlin et al. <a href="https://en.wikipedia.org/wiki/ArXiv">arXiv</a>:<a href="https://arxiv.org/abs/2306.13643">2306.13643</a></li></ol>' +
      '<p>LightGlue twice in one paragraph: LightGlue.</p>';
    await scanner.scan(document.body, new AbortController().signal);
    expect(registry.counts()).toEqual(new Map([['lightglue', 4]]));
  });
});
