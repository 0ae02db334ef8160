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
 * Makes sure marks in a document or shadow root are drawn: `probe` is an element holding a mark.
 * The manifest's style sheet (marks.css) usually does it already, and nothing is added. Else the
 * marks' styles are adopted for every element of `scope` (a document's ::highlight rules do not
 * reach into shadow trees by selector); the returned function takes them out again.
 */
export function installMarkStyles(scope: Document | ShadowRoot, probe: Element): () => void {
  if (rootStylesReach(probe)) return () => undefined;
  // One constructed sheet, adopted by the page and by every shadow root that needs it (a page of
  // 500 web components parses it once). No <style> element enters the page's DOM.
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(EVERY_ELEMENT_CSS);
  }
  const sheet = shared;
  scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  return () => {
    scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
