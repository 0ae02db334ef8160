// Issue 3: what the detector finds on realistic static pages, and that it finds nothing else,
// never touches the page's DOM and never breaks the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DETECTOR_CASES as CASES } from './detector-cases';
import {
  badgeText,
  type DetectorEnv,
  markedTexts,
  openFixture,
  probes,
  reportedPapers,
  startDetectorEnv,
  tabIdOf,
  waitForStable,
} from './detector-harness';
import { readMarks } from './marks';
import { pixelsAt, underlinePixels } from './pixels';
import { hoverMark, popover, popoverTitle } from './popover-helpers';

let env: DetectorEnv;
beforeAll(async () => {
  env = await startDetectorEnv();
});
afterAll(async () => {
  await env?.close();
});

describe('detector: static pages', () => {
  for (const c of CASES) {
    it(`${c.file}: finds exactly the expected papers, badge ${c.papers.length || 'empty'}, DOM untouched`, async () => {
      const { page, pageErrors } = await openFixture(env, c.file);
      const tabId = await tabIdOf(env, page);
      // Settled = the reported papers and the marks stopped changing.
      const papers = await waitForStable(() => reportedPapers(env, tabId), 400);
      const marks = await waitForStable(() => markedTexts(page), 250);
      expect(marks).toEqual(c.marks);
      expect(papers).toEqual(c.papers);
      expect(await badgeText(env, tabId)).toBe(c.papers.length ? String(c.papers.length) : '');
      const p = await probes(page);
      expect(p.initialHTML).toBeDefined();
      // Byte-identical: marks are CSS highlights, and the UI host (added on the first hover) is a
      // child of <html>, outside <body>.
      expect(p.currentHTML).toBe(p.initialHTML);
      expect(p.errors).toEqual([]);
      expect(pageErrors).toEqual([]);
      // No trace in what the page's script can see: no highlight registered where there is nothing
      // to mark, and no style sheet adopted either way (the marks' styles come with the manifest).
      const traces = await page.evaluate(() => ({
        registered: CSS.highlights.has('paperlens-mention'),
        adopted: document.adoptedStyleSheets.length,
      }));
      expect(traces).toEqual({ registered: c.marks.length > 0, adopted: 0 });
      await page.close();
    });
  }

  it('notes.xhtml: titles written in CDATA sections of an XHTML page are marked and open their popover', async () => {
    const { page, pageErrors } = await openFixture(env, 'notes.xhtml');
    const marks = await waitForStable(() => markedTexts(page), 250);
    expect(marks).toEqual([
      'LightGlue: Local Feature Matching at Light Speed',
      'ST-MoE: Designing Stable and Transferable Sparse Expert Models',
    ]);
    await hoverMark(page, 'ST-MoE: Designing');
    expect(await popoverTitle(page)).toBe('ST-MoE: Designing Stable and Transferable Sparse Expert Models');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('components.html: a mention in a shadow tree shows its popover, and changed shadow text is rescanned', async () => {
    const { page } = await openFixture(env, 'components.html');
    await waitForStable(() => markedTexts(page), 250);
    await hoverMark(page, 'LightGlue: Local Feature');
    expect(await popoverTitle(page)).toBe('LightGlue: Local Feature Matching at Light Speed');
    // "Reveal" (from the popup) reaches text at the top of a shadow tree, which has no parent element.
    const tabId = await tabIdOf(env, page);
    const reveal = { channel: 'paperlens', type: 'tab/reveal', payload: { paperId: 'arxiv:2202.08906' } };
    const answer = (await env.session.worker.evaluate(
      ([id, message]) => chrome.tabs.sendMessage(id as number, message),
      [tabId, reveal] as const,
    )) as { value: unknown };
    expect(answer.value).toBe(true);
    await expect.poll(() => popoverTitle(page)).toBe('ST-MoE: Designing Stable and Transferable Sparse Expert Models');
    await page.evaluate(() => (window as unknown as { updateSecondCard(): void }).updateSecondCard());
    await expect.poll(() => markedTexts(page)).toContain('XPrompt: Exploring the Extreme of Prompt Tuning');
    // The marks are drawn inside the shadow tree too: the manifest's root styles reach it by
    // highlight inheritance, so no style sheet was added to the shadow root (nor to the page).
    const look = await page.evaluate(() => {
      const root = document.getElementById('second')?.shadowRoot;
      const text = [...(root?.querySelectorAll('*') ?? [])].find((el) => el.textContent?.includes('XPrompt'));
      return {
        line: text ? getComputedStyle(text, '::highlight(paperlens-mention)').textDecorationLine : '',
        adopted: (root?.adoptedStyleSheets.length ?? 0) + document.adoptedStyleSheets.length,
      };
    });
    expect(look).toEqual({ line: 'underline', adopted: 0 });
    await page.close();
  });

  it('components.html: a component appended alone, and one whose code loads late, are scanned too', async () => {
    const { page } = await openFixture(env, 'components.html');
    await waitForStable(() => markedTexts(page), 250);
    const count = async (text: string) => (await readMarks(page)).filter((m) => m.text === text).length;
    expect(await count('LightGlue: Local Feature Matching at Light Speed')).toBe(1);
    // A bare host appended to <body>: the walk starts below it, its shadow root must not be missed.
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('paper-card'), { id: 'first' })),
    );
    await expect.poll(() => count('LightGlue: Local Feature Matching at Light Speed')).toBe(2);
    // An element whose definition arrives later: attaching its shadow root is no DOM mutation.
    await page.evaluate(() => document.body.append(document.createElement('lazy-card')));
    await page.waitForTimeout(400);
    await page.evaluate(() =>
      customElements.define(
        'lazy-card',
        class extends HTMLElement {
          connectedCallback() {
            this.attachShadow({ mode: 'open' }).append(
              'Loaded late: SuperGlue: Learning Feature Matching with Graph Neural Networks.',
            );
          }
        },
      ),
    );
    await expect
      .poll(() => markedTexts(page), { timeout: 5_000 })
      .toContain('SuperGlue: Learning Feature Matching with Graph Neural Networks');
    await page.close();
  });

  it('results-table.html: GLUE is marked in the text and in the column heading, WARP tape is not', async () => {
    const { page } = await openFixture(env, 'results-table.html');
    await waitForStable(() => markedTexts(page), 250);
    const texts = (await readMarks(page)).map((m) => m.text);
    expect(texts.filter((t) => t === 'GLUE')).toHaveLength(2);
    expect(texts).not.toContain('WARP');
    await page.close();
  });

  it('stackexchange.html: GLUE marked where the answers cite it, not in "AWS GLUE job bookmarks"', async () => {
    const { page } = await openFixture(env, 'stackexchange.html');
    await waitForStable(() => markedTexts(page), 250);
    // The words before each GLUE mark, as the page reads them.
    const before = await page.evaluate(() =>
      window
        .__paperlensMarks()
        .filter(({ range }) => range.toString() === 'GLUE')
        .map(({ range }) => {
          const around = document.createRange();
          around.setStart(range.startContainer, 0);
          around.setEnd(range.startContainer, range.startOffset);
          return around.toString().trim().split(/\s+/).slice(-2).join(' ');
        }),
    );
    expect(before).not.toContain('for AWS');
    expect(before.length).toBeGreaterThan(0);
    await page.close();
  });

  it('chinese.html: marks LightGlue in both the Chinese and the Japanese sentence, and GLUE once', async () => {
    const { page } = await openFixture(env, 'chinese.html');
    await waitForStable(() => markedTexts(page), 250);
    const texts = (await readMarks(page)).map((m) => m.text);
    expect(texts.filter((t) => t === 'LightGlue')).toHaveLength(2);
    expect(texts.filter((t) => t === 'GLUE')).toHaveLength(1);
    await page.close();
  });

  it('scholar-results.html: a result’s "[PDF] arxiv.org" is not marked beside its title marked as text', async () => {
    const { page } = await openFixture(env, 'scholar-results.html');
    await waitForStable(() => markedTexts(page), 250);
    const pdfMarks = await page.evaluate(() =>
      window
        .__paperlensMarks()
        .filter(({ range }) => range.toString().trim() === '[PDF] arxiv.org')
        .map(({ range }) => range.startContainer.parentElement?.closest('a')?.getAttribute('href')),
    );
    // LightGlue's and SuperGlue's titles are marked; the XPrompt result's title is another work's.
    expect(pdfMarks).toEqual(['https://arxiv.org/pdf/2210.04457']);
    await page.close();
  });

  it('ml-thread.html: of two works called WARP in one sentence, only the catalog’s is marked', async () => {
    const { page } = await openFixture(env, 'ml-thread.html');
    await waitForStable(() => markedTexts(page), 250);
    const inTwins = await page.evaluate(() => {
      const twins = document.getElementById('twins') as Element;
      const text = twins.querySelector('p:last-child')?.textContent ?? '';
      return window
        .__paperlensMarks()
        .filter(({ range }) => twins.contains(range.startContainer))
        .map(({ range }) => text.indexOf('WARP', range.startOffset) === range.startOffset && range.startOffset);
    });
    const second = 'Careful: WARP (the reward model averaging one from DeepMind) and '.length;
    expect(inTwins).toEqual([second]);
    await page.close();
  });

  it('negatives.html: still alive (a real title appended later is marked), the negatives stay unmarked', async () => {
    const { page } = await openFixture(env, 'negatives.html');
    const tabId = await tabIdOf(env, page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later: SuperGlue: Learning Feature Matching with Graph Neural Networks.';
      document.getElementById('notes')?.append(p);
    });
    expect(await waitForStable(() => markedTexts(page), 300)).toEqual([
      'SuperGlue: Learning Feature Matching with Graph Neural Networks',
    ]);
    expect(await waitForStable(() => reportedPapers(env, tabId), 300)).toEqual(['arxiv:1911.11763']);
    await page.close();
  });

  it('a short name inside a link to the same paper is one mention, not two', async () => {
    const { page } = await openFixture(env, 'negatives.html');
    const tabId = await tabIdOf(env, page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.append('Matching with ');
      const a = document.createElement('a');
      a.href = 'https://arxiv.org/abs/2306.13643';
      a.textContent = 'LightGlue';
      p.append(a, ' is fast.');
      document.getElementById('notes')?.append(p);
    });
    expect(await waitForStable(() => reportedPapers(env, tabId), 300)).toEqual(['arxiv:2306.13643']);
    const counts = await env.session.worker.evaluate(async (id) => {
      const key = `tab:${id}`;
      const api = globalThis as unknown as {
        chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
      };
      const record = (await api.chrome.storage.session.get(key))[key] as { papers: Array<{ count: number }> };
      return record.papers.map((p) => p.count);
    }, tabId);
    expect(counts).toEqual([1]);
    await page.close();
  });

  it('editable.html: text typed into a contenteditable region, input or textarea is never marked', async () => {
    const { page } = await openFixture(env, 'editable.html');
    await waitForStable(() => markedTexts(page), 300);
    const title = 'WebArena: A Realistic Web Environment for Building Autonomous Agents';
    await page.click('#editor-typing');
    await page.keyboard.press('End');
    await page.keyboard.type(title, { delay: 0 });
    await page.fill('#f-input', title);
    await page.fill('#f-textarea', title);
    // A script (not the keyboard) adding a paragraph inside the editor is still editor content.
    await page.evaluate((t) => {
      const p = document.createElement('p');
      p.textContent = t;
      document.getElementById('editor')?.append(p);
    }, title);
    await page.waitForTimeout(600);
    expect(await markedTexts(page)).toEqual(['LightGlue: Local Feature Matching at Light Speed']);
    await page.close();
  });
});

describe("detector: a paper's own page", () => {
  // arxiv.org resolves to the fixtures' server: the page is served as the paper's abstract page.
  let arxiv: DetectorEnv;
  beforeAll(async () => {
    arxiv = await startDetectorEnv(['--host-resolver-rules=MAP arxiv.org 127.0.0.1']);
  });
  afterAll(async () => {
    await arxiv?.close();
  });

  it('leaves its links to itself unmarked ("View PDF", versions), marks its text and other papers\' links', async () => {
    const { page } = await openFixture(arxiv, 'abs/2306.13643/', 'arxiv.org');
    expect(new URL(page.url()).hostname).toBe('arxiv.org');
    const tabId = await tabIdOf(arxiv, page);
    const papers = await waitForStable(() => reportedPapers(arxiv, tabId), 400);
    const marks = await waitForStable(() => markedTexts(page), 250);
    expect(papers).toEqual(['arxiv:1911.11763', 'arxiv:2306.13643']);
    // Its title and name in the text; SuperGlue by name, id and link. Not "View PDF", "HTML
    // (experimental)", "Other Formats", "v1", "[v1]", "[v2]": links to the page's own paper; nor
    // its own id written in its text ("arXiv:2306.13643v2", the page's label).
    expect(marks).toEqual([
      'LightGlue',
      'LightGlue: Local Feature Matching at Light Speed',
      'SuperGlue',
      'SuperGlue (arXiv:1911.11763)',
      'arXiv:1911.11763',
    ]);
    await page.close();
  });
});

describe('detector: a thread that names papers loosely', () => {
  it('ml-thread.html: each use marked or not as a reader would, the H3 grid left alone', async () => {
    const { page } = await openFixture(env, 'ml-thread.html');
    await waitForStable(() => markedTexts(page), 250);
    const marks = await readMarks(page);
    const count = (text: string) => marks.filter((m) => m.text === text).length;
    // WARP: named by the next sentence's citation of its authors, which vouches for the later
    // "ask for WARP as a baseline", but not for the sidebar's trend, whose spans read "GamingWARP1.2k
    // posts"; the cited one of the two WARPs a comment tells apart (see below); GLUE reported twice;
    // H3 only inside the link, not Uber's grid.
    expect({ WARP: count('WARP'), GLUE: count('GLUE'), H3: count('H3') }).toEqual({ WARP: 3, GLUE: 2, H3: 1 });
    await hoverMark(page, 'SWE-bench Pro');
    expect(await popoverTitle(page)).toBe(
      'SWE-Bench Pro: Can AI Agents Solve Long-Horizon Software Engineering Tasks?',
    );
    await page.close();
  });
});

describe('detector: names where two elements meet without a space', () => {
  it('conference-program.html: a title in the span after its number opens its paper; a name glued to a footnote anchor is marked, a hashtag is not; a dark button on a white page opens a light popover', async () => {
    const { page } = await openFixture(env, 'conference-program.html');
    await waitForStable(() => markedTexts(page), 250);
    // The page's text reads "#402ARES: An Automated …": the mark starts where the title's span does.
    const title = await page.evaluate(() => {
      const span = document.querySelector('.paper-title') as HTMLElement;
      return { text: span.textContent, before: span.previousElementSibling?.textContent };
    });
    expect(title.before).toBe('#402');
    await hoverMark(page, 'ARES: An Automated Evaluation Framework for Retrieval-Augmented Generation Systems');
    expect(await popoverTitle(page)).toBe(title.text);
    await page.mouse.move(5, 5);
    await hoverMark(page, 'SWE-bench-Live');
    expect(await popoverTitle(page)).toMatch(/^SWE-bench Goes Live!/);
    // LightGlue only on the sponsor's button, not in the hashtag nor the framework's class name;
    // its popover is light, as the white page around the dark button is.
    const marks = await readMarks(page);
    expect(marks.filter((m) => m.text.includes('LightGlue')).map((m) => m.text)).toEqual(['LightGlue']);
    await page.mouse.move(5, 5);
    await hoverMark(page, 'LightGlue');
    expect(await popover(page).getAttribute('data-theme')).toBe('light');
    await page.close();
  });
});

describe('detector: link marks', () => {
  it("arxiv-listing.html: an entry's id link is underlined without the blanks around it in the link", async () => {
    const { page } = await openFixture(env, 'arxiv-listing.html');
    await waitForStable(() => markedTexts(page), 250);
    // The marks' own text, blanks and all (readMarks trims it).
    const ends = await page.evaluate(() =>
      window.__paperlensMarks(['paperlens-mention']).map(({ range }) => range.toString()),
    );
    // (Marked twice: as a link, and as an arXiv id in its text.)
    expect(ends.filter((t) => t.includes('2311.09476'))).toEqual(['arXiv:2311.09476', 'arXiv:2311.09476']);
    // "Beyond CLUE: …" and "CLUE (Xu et al., 2020)" in its abstract.
    expect(ends.filter((t) => t === 'CLUE')).toHaveLength(2);
    await page.close();
  });
});

describe('detector: how marks look in a row cut to one line', () => {
  it('inbox.html: a name in a cell that clips to one line at normal line height shows its underline', async () => {
    const { page } = await openFixture(env, 'inbox.html');
    await waitForStable(() => markedTexts(page), 250);
    const rect = await page.evaluate(() => {
      const cell = [...document.querySelectorAll('.bog')].find((el) => el.textContent?.startsWith('SuperGlue'));
      const text = cell?.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 'SuperGlue'.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    // The row's clipping box ends at the line box's bottom: an underline 3 px below the baseline
    // fell outside it and was never painted (Gmail's subject cells).
    const { data, width } = await pixelsAt(page, {
      x: rect.x,
      y: rect.y + rect.height - 5,
      width: rect.width,
      height: 5,
    });
    expect(underlinePixels(data)).toBeGreaterThan(width * 0.6);
    await page.close();
  });
});

describe('detector: how marks look in code', () => {
  it("awesome.html: a name in a tight code block shows its underline, which the next line's background used to cover", async () => {
    const { page } = await openFixture(env, 'awesome.html');
    await waitForStable(() => markedTexts(page), 250);
    // The first LightGlue of the snippet's first line: the line below has a code background too.
    const spot = await page.evaluate(() => {
      const code = document.querySelector('pre.snippet code') as HTMLElement;
      const text = code.firstChild as Text;
      const at = text.data.indexOf('LightGlue,');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'LightGlue'.length);
      code.scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      const look = getComputedStyle(code, '::highlight(paperlens-mention)');
      return {
        rect: { x: r.x, y: r.y, width: r.width, height: r.height },
        look: { line: look.textDecorationLine, offset: look.textUnderlineOffset, tint: look.backgroundColor },
      };
    });
    expect(spot.look).toEqual({ line: 'underline', offset: '1px', tint: 'rgba(76, 110, 245, 0.1)' });
    // What a reader sees: the lowest rows of the name's box and just below, where the underline is.
    const { x, y, width, height } = spot.rect;
    const { data, width: shotWidth } = await pixelsAt(page, { x, y: y + height - 4, width, height: 6 });
    // Most of the name's width is underlined (the line skips descenders: "g").
    expect(underlinePixels(data)).toBeGreaterThan(shotWidth * 0.6);
    await page.close();
  });
});
