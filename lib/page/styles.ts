import { HIGHLIGHT } from './marks';

// The marks' look, added with adoptedStyleSheets so no <style> element enters the page's DOM.
// A mid-tone underline reads on light and dark pages; saved papers get a solid green underline
// and a faint tint, so a reader sees at a glance what is already in a reading list.
const CSS_TEXT = `
::highlight(${HIGHLIGHT.mention}) {
  text-decoration: underline solid rgba(76, 110, 245, 0.75);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
::highlight(${HIGHLIGHT.saved}) {
  text-decoration: underline solid rgba(32, 150, 95, 0.95);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
  background-color: rgba(32, 150, 95, 0.1);
}
::highlight(${HIGHLIGHT.active}) {
  background-color: rgba(76, 110, 245, 0.18);
}
`;

let shared: CSSStyleSheet | null = null;

/** Adds the marks' styles to a document, or to a shadow root (a document's ::highlight rules do
 * not reach into shadow trees); the returned function takes them out again. */
export function installMarkStyles(scope: Document | ShadowRoot): () => void {
  // One constructed sheet, adopted by the page and by every shadow root (a page of 500 web
  // components parses it once).
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(CSS_TEXT);
  }
  const sheet = shared;
  scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  return () => {
    scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
