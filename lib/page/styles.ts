import MARK_CSS from './marks.css?raw';

// Highlight names; lib/page/marks.css gives each its look.
export const HIGHLIGHT = {
  mention: 'paperlens-mention',
  saved: 'paperlens-saved',
  active: 'paperlens-active',
} as const;

// marks.css sets the marks' look on the root, and highlight inheritance takes it to every
// element. Where it does not arrive (a browser without highlight inheritance, or a page whose own
// rules cut it off), the same rules for every element are adopted instead, with the first mark.
export const EVERY_ELEMENT_CSS = MARK_CSS.replaceAll(':root::highlight(', '::highlight(');

let shared: CSSStyleSheet | null = null;
const fallbackSheet = (): CSSStyleSheet => {
  if (!shared) {
    // One constructed sheet for the page and every shadow root that needs it (a page of 500 web
    // components parses it once). No <style> element enters the page's DOM.
    shared = new CSSStyleSheet();
    shared.replaceSync(EVERY_ELEMENT_CSS);
  }
  return shared;
};

/** Do the root's mark styles reach the highlights of `el`? (A browser that cannot read a
 * highlight's style gives the element's own, whose decoration is not the marks'.) */
export function rootStylesReach(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const mark = view.getComputedStyle(el, `::highlight(${HIGHLIGHT.mention})`);
  return (
    mark.textDecorationLine.includes('underline') &&
    mark.textDecorationColor !== view.getComputedStyle(el).textDecorationColor
  );
}

/**
 * Makes sure marks are drawn in each document or shadow root that holds some. The manifest's
 * style sheet (marks.css) usually does it already, and nothing is added: the first mark in a
 * scope is probed once. Else the rules for every element are adopted there (a document's
 * ::highlight rules do not reach into shadow trees by selector), and adopted again whenever marks
 * are added after the page dropped them (`document.adoptedStyleSheets = [...]` by a theme switch).
 */
export class MarkStyles {
  private readonly reached = new WeakMap<Document | ShadowRoot, boolean>();
  private readonly adopted = new Set<Document | ShadowRoot>();

  /** Called as marks go into `scope`; `probe` is an element holding one. */
  ensure(scope: Document | ShadowRoot, probe: Element): void {
    let reached = this.reached.get(scope);
    if (reached === undefined) {
      reached = rootStylesReach(probe);
      this.reached.set(scope, reached);
    }
    if (reached) return;
    const sheet = fallbackSheet();
    try {
      // Array.from: a Firefox content script sees the page's array through an Xray wrapper, which
      // has no array methods (Firefox 140.12: "adoptedStyleSheets.includes is not a function").
      const sheets = Array.from(scope.adoptedStyleSheets);
      if (sheets.includes(sheet)) return;
      scope.adoptedStyleSheets = [...sheets, sheet];
      this.adopted.add(scope);
    } catch (error) {
      // Firefox 140.12 refuses a content script's sheet in the page's list ("Accessing from Xray
      // wrapper is not supported"). The marks stay (counted, reported, hovered) even where they
      // cannot be drawn; the scan went on failing here before.
      this.reached.set(scope, true);
      console.debug('PaperLens: marks: the fallback style sheet could not be adopted', error);
    }
  }

  /** Takes out every sheet this adopted. */
  dispose(): void {
    const sheet = shared;
    for (const scope of this.adopted)
      scope.adoptedStyleSheets = Array.from(scope.adoptedStyleSheets).filter((s) => s !== sheet);
    this.adopted.clear();
  }
}
