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
// (The Firefox build reads marks.firefox.css here, whose rules are for every element already.)
export const EVERY_ELEMENT_CSS = MARK_CSS.replaceAll(':root::highlight(', '::highlight(');

/** Firefox gives a content script the page's own objects under `wrappedJSObject` (its "Xray
 * vision" otherwise); Chromium has no such property. */
type Unwrappable<T> = T & { wrappedJSObject?: T };

/** The fallback sheet for `scope` and the page's list to put it in, made where the page can take
 * them. A Firefox page will not adopt a sheet made by a content script, nor take a content
 * script's array ("Accessing from Xray wrapper is not supported"), so there both are the page's. */
interface SheetHome {
  sheet: CSSStyleSheet;
  read(): CSSStyleSheet[];
  write(sheets: CSSStyleSheet[]): void;
}

let shared: CSSStyleSheet | null = null;
const pageSheets = new WeakMap<Window, CSSStyleSheet>();

function sheetHome(scope: Document | ShadowRoot): SheetHome {
  // A document's ownerDocument is null.
  const doc = scope.ownerDocument ?? (scope as Document);
  const pageWindow = (doc.defaultView as Unwrappable<Window> | null)?.wrappedJSObject as
    | (Window & typeof globalThis)
    | undefined;
  const pageScope = (scope as Unwrappable<Document | ShadowRoot>).wrappedJSObject;
  if (pageWindow && pageScope) {
    let sheet = pageSheets.get(pageWindow);
    if (!sheet) {
      sheet = new pageWindow.CSSStyleSheet();
      sheet.replaceSync(EVERY_ELEMENT_CSS);
      pageSheets.set(pageWindow, sheet);
    }
    // By index both ways: neither side may read the other's Symbol.iterator ("Permission
    // denied to access property Symbol.iterator").
    return {
      sheet,
      read: () => {
        const list = pageScope.adoptedStyleSheets;
        const sheets: CSSStyleSheet[] = [];
        for (let i = 0; i < list.length; i++) sheets.push(list[i] as CSSStyleSheet);
        return sheets;
      },
      write: (sheets) => {
        const list = new pageWindow.Array<CSSStyleSheet>();
        for (const s of sheets) list.push(s);
        pageScope.adoptedStyleSheets = list;
      },
    };
  }
  if (!shared) {
    // One constructed sheet for the page and every shadow root that needs it (a page of 500 web
    // components parses it once). No <style> element enters the page's DOM.
    shared = new CSSStyleSheet();
    shared.replaceSync(EVERY_ELEMENT_CSS);
  }
  return {
    sheet: shared,
    // Array.from: a Firefox content script sees the page's array through an Xray wrapper, which
    // has no array methods (Firefox 140.12: "adoptedStyleSheets.includes is not a function").
    read: () => Array.from(scope.adoptedStyleSheets),
    write: (sheets) => {
      scope.adoptedStyleSheets = sheets;
    },
  };
}

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
  private readonly adopted = new Map<Document | ShadowRoot, SheetHome>();

  /** Called as marks go into `scope`; `probe` is an element holding one. */
  ensure(scope: Document | ShadowRoot, probe: Element): void {
    let reached = this.reached.get(scope);
    if (reached === undefined) {
      reached = rootStylesReach(probe);
      this.reached.set(scope, reached);
    }
    if (reached) return;
    try {
      const home = this.adopted.get(scope) ?? sheetHome(scope);
      const sheets = home.read();
      if (sheets.includes(home.sheet)) return;
      home.write([...sheets, home.sheet]);
      this.adopted.set(scope, home);
    } catch (error) {
      // A page that will not take the sheet at all: the marks stay (counted, reported, hovered)
      // even where they cannot be drawn, and the scan goes on.
      this.reached.set(scope, true);
      console.debug('PaperLens: marks: the fallback style sheet could not be adopted', error);
    }
  }

  /** Takes out every sheet this adopted. */
  dispose(): void {
    for (const home of this.adopted.values()) {
      try {
        home.write(home.read().filter((s) => s !== home.sheet));
      } catch (error) {
        console.debug('PaperLens: marks: the fallback style sheet could not be taken out', error);
      }
    }
    this.adopted.clear();
  }
}
