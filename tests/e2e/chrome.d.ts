// Code passed to page.evaluate / worker.evaluate runs in the extension, where `chrome` exists.
// Its promise-returning MV3 APIs have the same shape as WXT's `browser`.
declare const chrome: typeof import('wxt/browser').browser;

/** Installed in every page by the e2e harness (tests/e2e/browser.ts): the marks, one per mention. */
interface Window {
  __paperlensMarks(names?: string[]): Array<{ range: Range; highlight: string }>;
}
