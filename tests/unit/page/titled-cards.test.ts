import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MarkRegistry } from '../../../lib/page/marks';
import { TitledCards } from '../../../lib/page/titled-cards';
import { stubHighlightApi } from './highlight-stubs';

beforeAll(stubHighlightApi);
afterAll(() => vi.unstubAllGlobals());

// A Scholar result: the title (a publisher's link, marked for its text) in a block of its own,
// "[PDF] arxiv.org" to the same paper beside it.
const RESULT =
  '<div class="r"><div class="side"><a id="pdf" href="https://arxiv.org/pdf/2306.13643">[PDF] arxiv.org</a></div>' +
  '<div class="ri"><h3 id="title"><a href="https://openaccess.thecvf.com/x">LightGlue: Local Feature Matching at Light Speed</a></h3>' +
  '<div>P Lindenberger, PE Sarlin, M Pollefeys - ICCV, 2023</div></div></div>';

function setUp(html: string) {
  document.body.innerHTML = html;
  const registry = new MarkRegistry();
  const link = document.getElementById('pdf') as Element;
  const range = document.createRange();
  range.selectNodeContents(link);
  registry.replace(link, [{ paperId: 'lightglue', kind: 'link', range, owner: link }]);
  return { cards: new TitledCards(registry), registry, link, title: document.getElementById('title') as Element };
}

describe('TitledCards', () => {
  it('a side link marked first loses its mark when the title beside it is marked', () => {
    const { cards, registry, link, title } = setUp(RESULT);
    expect(cards.isBesideTitle(link, 'lightglue')).toBe(false);
    cards.titled(title, ['lightglue']);
    expect(registry.visible().filter((m) => m.owner === link)).toEqual([]);
  });

  it('a side link answered after the title is beside it', () => {
    const { cards, link, title } = setUp(RESULT);
    cards.titled(title, ['lightglue']);
    expect(cards.isBesideTitle(link, 'lightglue')).toBe(true);
  });

  it("another result's snippet naming the paper: the result's own side link keeps its mark", () => {
    // Result 1 names the paper in its snippet; result 2 is the paper, under a title not matched.
    const { cards, link } = setUp(
      '<div id="results"><div class="r"><div class="side"><a href="https://arxiv.org/pdf/1">[PDF] arxiv.org</a></div>' +
        '<div class="ri"><h3>Another paper</h3><div id="title">… unlike LightGlue: Local Feature Matching at Light Speed, we …</div></div></div>' +
        '<div class="r"><div class="side"><a id="pdf" href="https://arxiv.org/pdf/2306.13643">[PDF] arxiv.org</a></div>' +
        '<div class="ri"><h3>LightGlue (ICCV 2023 version)</h3></div></div></div>',
    );
    cards.titled(document.getElementById('title') as Element, ['lightglue']);
    expect(cards.isBesideTitle(link, 'lightglue')).toBe(false);
  });

  it('another paper, another card, or the title block holding the link: the link keeps its mark', () => {
    const { cards, link, title } = setUp(RESULT);
    cards.titled(title, ['superglue']);
    expect(cards.isBesideTitle(link, 'lightglue')).toBe(false);
    const other = setUp(
      `<ul><li>${RESULT.replace('id="title"', '')}</li><li><h3 id="title">LightGlue: …</h3></li></ul>`,
    );
    other.cards.titled(other.title, ['lightglue']);
    expect(other.cards.isBesideTitle(other.link, 'lightglue')).toBe(false);
    const inline = setUp(
      '<p id="title">Lindenberger et al. LightGlue: Local Feature Matching at Light Speed. ICCV 2023. <a id="pdf">[pdf]</a></p>',
    );
    inline.cards.titled(inline.title, ['lightglue']);
    expect(inline.cards.isBesideTitle(inline.link, 'lightglue')).toBe(false);
    expect(inline.registry.visible().filter((m) => m.owner === inline.link)).toHaveLength(1);
  });
});
