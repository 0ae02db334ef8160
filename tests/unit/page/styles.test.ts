import { afterEach, describe, expect, it, vi } from 'vitest';
import MARK_CSS from '../../../lib/page/marks.css?raw';
import FIREFOX_MARK_CSS from '../../../lib/page/marks.firefox.css?raw';
import { EVERY_ELEMENT_CSS, HIGHLIGHT, MarkStyles, rootStylesReach } from '../../../lib/page/styles';

afterEach(() => {
  vi.restoreAllMocks();
  document.adoptedStyleSheets = [];
});

/** getComputedStyle as a browser answers it: `highlight` for the mention highlight's style. */
function computed(highlight: { line: string; color: string }, own = { line: 'none', color: 'rgb(0, 0, 0)' }) {
  vi.spyOn(window, 'getComputedStyle').mockImplementation(((_el: Element, pseudo?: string | null) => {
    const s = pseudo === `::highlight(${HIGHLIGHT.mention})` ? highlight : own;
    return { textDecorationLine: s.line, textDecorationColor: s.color } as CSSStyleDeclaration;
  }) as typeof window.getComputedStyle);
}

const INHERITED = { line: 'underline', color: 'rgba(76, 110, 245, 0.75)' };

describe('mark styles', () => {
  it('marks.css sets every highlight on the root, and only code elements by their tags, so the page is not restyled when marks appear', () => {
    const rules = [...MARK_CSS.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^}]*)\}/g)];
    const selectors = rules.map((m) => (m[1] as string).trim());
    expect(selectors.slice(0, 3)).toEqual(Object.values(HIGHLIGHT).map((name) => `:root::highlight(${name})`));
    // Code's looks (tight lines): one selector per tag, which the style engine tries on that tag
    // only, each look written whole, as a matching rule replaces what the element would inherit.
    const CODE = ['pre', 'code', 'kbd', 'samp'];
    for (const name of [HIGHLIGHT.mention, HIGHLIGHT.saved]) {
      const rule = rules.find((m) => (m[1] as string).includes(`code::highlight(${name})`)) ?? ['', '', ''];
      expect((rule[1] as string).split(',').map((s) => s.trim())).toEqual(
        CODE.map((tag) => `${tag}::highlight(${name})`),
      );
      expect(rule[2]).toMatch(/text-decoration: underline solid rgba\(/);
      expect(rule[2]).toMatch(/background-color: rgba\(/);
    }
    expect(rules).toHaveLength(5);
  });

  it('marks.firefox.css sets the same highlights for every element, each with a tint Firefox 140 paints', () => {
    const css = FIREFOX_MARK_CSS.replace(/\/\*[\s\S]*?\*\//g, '');
    const [light = '', dark = ''] = css.split('@media (prefers-color-scheme: dark) {');
    const rulesOf = (text: string) => [...text.matchAll(/([^{}]+)\{([^}]*)\}/g)];
    const every = Object.values(HIGHLIGHT).map((name) => `::highlight(${name})`);
    // A light system's rules, then a dark system's stronger tints for the same highlights.
    for (const part of [light, dark]) {
      const rules = rulesOf(part);
      expect(rules.map((m) => (m[1] as string).trim())).toEqual(every);
      for (const [, , body] of rules) expect(body).toMatch(/background-color: rgba\(/);
    }
    for (const [, , body = ''] of rulesOf(dark)) expect(body.trim()).toMatch(/^background-color: rgba\([^)]*\);$/);
    // The underline stays where Chromium has one, for a Firefox that paints it.
    const underlined = (css: string) =>
      [...css.matchAll(/(?:^|\n)(?::root)?::highlight\(([\w-]+)\) \{[^}]*underline/g)].map((m) => m[1]);
    expect(underlined(FIREFOX_MARK_CSS)).toEqual(underlined(MARK_CSS));
  });

  it.each<[string, { line: string; color: string }, { line: string; color: string } | undefined, boolean]>([
    ['inherited from the root', INHERITED, undefined, true],
    ['no highlight style (no inheritance)', { line: 'none', color: 'rgb(0, 0, 0)' }, undefined, false],
    // A browser that cannot read a highlight's style gives the element's own: a link's underline.
    [
      'the element own underline',
      { line: 'underline', color: 'rgb(0, 0, 238)' },
      { line: 'underline', color: 'rgb(0, 0, 238)' },
      false,
    ],
  ])('the root styles reach an element when its highlight style is %s: %s', (_, highlight, own, reach) => {
    document.body.innerHTML = '<p>We use <a href="/x">LightGlue</a>.</p>';
    computed(highlight, own);
    expect(rootStylesReach(document.querySelector('a') as Element)).toBe(reach);
  });

  it('the fallback rules are the same rules for every element', () => {
    expect(EVERY_ELEMENT_CSS).toBe(MARK_CSS.replaceAll(':root::highlight(', '::highlight('));
    expect(EVERY_ELEMENT_CSS).toContain(`\n::highlight(${HIGHLIGHT.mention}) {`);
    expect(EVERY_ELEMENT_CSS).not.toContain(':root::');
  });

  it('adds nothing to the page when the root styles reach the marks, and probes a scope once', () => {
    document.body.innerHTML = '<p>LightGlue</p>';
    computed(INHERITED);
    const styles = new MarkStyles();
    const p = document.querySelector('p') as Element;
    styles.ensure(document, p);
    styles.ensure(document, p);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    // getComputedStyle: the element's own style and its highlight's, for the first mark only.
    expect(window.getComputedStyle).toHaveBeenCalledTimes(2);
    styles.dispose();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('adopts the rules for every element where they do not, again if the page drops them, and takes them out', () => {
    document.body.innerHTML = '<p>LightGlue</p>';
    computed({ line: 'none', color: 'rgb(0, 0, 0)' });
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [own];
    const styles = new MarkStyles();
    const p = document.querySelector('p') as Element;
    styles.ensure(document, p);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    const ours = document.adoptedStyleSheets[1];
    styles.ensure(document, p);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    // A theme switch replaces the page's sheets: the next marks bring ours back.
    document.adoptedStyleSheets = [own];
    styles.ensure(document, p);
    expect(document.adoptedStyleSheets).toEqual([own, ours]);
    styles.dispose();
    expect(document.adoptedStyleSheets).toEqual([own]);
  });
});

describe('mark styles where the page refuses the fallback sheet', () => {
  it('reads a list without array methods and keeps going when the page will not take the sheet (Firefox 140.12)', () => {
    document.body.innerHTML = '<p>LightGlue</p>';
    computed({ line: 'none', color: 'rgb(0, 0, 0)' });
    // What a Firefox content script sees through its Xray view: an array-like without includes,
    // and a setter that throws.
    const scope = {
      get adoptedStyleSheets() {
        return { length: 0, [Symbol.iterator]: [][Symbol.iterator] } as unknown as CSSStyleSheet[];
      },
      set adoptedStyleSheets(_: CSSStyleSheet[]) {
        throw new Error('Accessing from Xray wrapper is not supported.');
      },
    } as unknown as Document;
    const styles = new MarkStyles();
    const probe = document.querySelector('p') as Element;
    expect(() => styles.ensure(scope, probe)).not.toThrow();
    // Tried once: the scope is taken as drawn by the manifest's sheet from then on.
    expect(() => styles.ensure(scope, probe)).not.toThrow();
    expect(() => styles.dispose()).not.toThrow();
  });

  it("adopts a sheet made by the page's own constructor into a list made by the page's Array where the page offers them (Firefox)", () => {
    document.body.innerHTML = '<p>LightGlue</p>';
    computed({ line: 'none', color: 'rgb(0, 0, 0)' });
    // The page's side, as a Firefox content script reaches it through wrappedJSObject: its own
    // constructors, and a list whose iterator a content script may not read.
    class PageArray<T> extends Array<T> {}
    class PageSheet {
      css = '';
      replaceSync(css: string) {
        this.css = css;
      }
    }
    const own = new PageSheet();
    let list: unknown[] = PageArray.of(own);
    const pageDocument = {
      get adoptedStyleSheets() {
        const view = { length: list.length } as Record<string | number | symbol, unknown>;
        list.forEach((s, i) => {
          view[i] = s;
        });
        Object.defineProperty(view, Symbol.iterator, {
          get() {
            throw new Error('Permission denied to access property Symbol.iterator');
          },
        });
        return view as unknown as unknown[];
      },
      set adoptedStyleSheets(next: unknown[]) {
        if (!(next instanceof PageArray)) throw new Error('Accessing from Xray wrapper is not supported.');
        list = next;
      },
    };
    const pageWindow = { CSSStyleSheet: PageSheet, Array: PageArray };
    const scope = {
      ownerDocument: null,
      defaultView: { wrappedJSObject: pageWindow },
      wrappedJSObject: pageDocument,
    } as unknown as Document;
    const styles = new MarkStyles();
    const probe = document.querySelector('p') as Element;
    styles.ensure(scope, probe);
    expect(list).toHaveLength(2);
    expect(list[0]).toBe(own);
    expect(list[1]).toBeInstanceOf(PageSheet);
    expect((list[1] as PageSheet).css).toBe(EVERY_ELEMENT_CSS);
    styles.ensure(scope, probe);
    expect(list).toHaveLength(2);
    styles.dispose();
    expect(list).toEqual([own]);
  });
});
