import { describe, expect, it } from 'vitest';
import { isSideLinkText, sideLinks, trimmedContents } from '../../../lib/page/side-links';

describe('isSideLinkText', () => {
  it.each([
    ['pdf', true],
    [' html ', true],
    ['other', true],
    ['· 11 authors', true],
    ['4', true],
    ['v2', true],
    ['[pdf, html]', true],
    ['arXiv:2311.09476', false],
    ['LightGlue: Local Feature Matching at Light Speed', false],
    ['link in the description', false],
    ['pdf v3 of the paper', false],
    ['Visit Website', true],
    ['View arXiv page', true],
    ['[arXiv]', true],
    ['arXiv 2311.09476', false],
    ['Read the paper on arXiv', false],
    ['', false],
    // A search result's side link: a site's name, with its kind before it.
    ['arxiv.org', true],
    ['[PDF] arxiv.org', true],
    ['[HTML] sciencedirect.com', true],
    ['github.com/cvg/LightGlue', false],
    ['See arxiv.org for the paper', false],
  ])('%j -> %s', (text, side) => {
    expect(isSideLinkText(text)).toBe(side);
  });
});

/** The marked-or-not verdict of each link of `html` (ids from data-paper), by its text. */
function sidesOf(html: string): string[] {
  document.body.innerHTML = html;
  const links = [...document.querySelectorAll('a')];
  const ids = links.map((a) => a.dataset.paper ?? null);
  const texts = links.map((a) => a.textContent ?? '');
  const sides = sideLinks(links, ids, texts);
  return links.filter((a) => sides.has(a)).map((a) => a.textContent ?? '');
}

describe('sideLinks', () => {
  it("an arXiv listing's pdf, html and other beside its id link", () => {
    expect(
      sidesOf(
        '<dl><dt><a data-paper="a">arXiv:2311.09476</a> [<a data-paper="a">pdf</a>, <a data-paper="a">html</a>, <a data-paper="a">other</a>]</dt></dl>',
      ),
    ).toEqual(['pdf', 'html', 'other']);
  });

  it("an HF card's authors and comments links, a few levels from its title link", () => {
    expect(
      sidesOf(
        '<article><div><h3><a data-paper="b">SWE-Pruner: Self-Adaptive Context Pruning</a></h3>' +
          '<div class="row"><div><a data-paper="b"><span>· 11 authors</span></a></div><a data-paper="b">4</a></div></div></article>',
      ),
    ).toEqual(['· 11 authors', '4']);
  });

  it("a feed reader's Visit Website button under the entry's title link", () => {
    expect(
      sidesOf(
        '<article><a data-paper="e">ARES: An Automated Evaluation Framework for Retrieval-Augmented Generation Systems</a>' +
          '<div class="content"><p>Abstract: Evaluating retrieval-augmented generation systems.</p></div>' +
          '<a data-paper="e">Visit Website</a></article>',
      ),
    ).toEqual(['Visit Website']);
    // Alone, or beside only other buttons, each is the paper's link on the page: marked.
    expect(sidesOf('<p>Some text.</p><a data-paper="e">Visit Website</a>')).toEqual([]);
    expect(sidesOf('<div><a data-paper="e">View arXiv page</a> <a data-paper="e">View PDF</a></div>')).toEqual([]);
  });

  it('keeps a side link alone, one of another paper, and one in a list item of its own', () => {
    expect(
      sidesOf('<p>Houlsby et al. (2019). Parameter-Efficient Transfer Learning. [<a data-paper="c">pdf</a>]</p>'),
    ).toEqual([]);
    expect(sidesOf('<dt><a data-paper="a">arXiv:2311.09476</a> [<a data-paper="z">pdf</a>]</dt>')).toEqual([]);
    expect(
      sidesOf('<ul><li><a data-paper="d">pdf</a></li><li><a data-paper="d">arxiv.org/abs/2306.13643v2</a></li></ul>'),
    ).toEqual([]);
  });
});

describe('trimmedContents', () => {
  it('leaves out the blanks at either end, across nodes', () => {
    document.body.innerHTML = '<a id="a"> <span> arXiv:2311.09476</span>  </a><a id="b">LightGlue</a>';
    expect(trimmedContents(document.getElementById('a') as Element).toString()).toBe('arXiv:2311.09476');
    const whole = trimmedContents(document.getElementById('b') as Element);
    expect(whole.toString()).toBe('LightGlue');
    expect(whole.startContainer).toBe(document.getElementById('b'));
  });
});
