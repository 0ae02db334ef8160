// While custom highlights are registered, Chromium prepares the paint of the whole page again in
// every frame in which anything on it changes (docs/bench.md, "Frames while highlights are
// registered"): ~6 ms a frame on the 1 MB bench page (~7,500 elements), ~30 ms on the 5 MB one
// (37,810). Past this many elements a frame takes more than its 16 ms.
export const LARGE_PAGE_ELEMENTS = 15_000;

/** Is the page so large that the popover should appear without its fade? Each frame of the
 * 120 ms fade costs a whole-page paint preparation there: three more frames of ~30 ms on the 5 MB
 * page, for a fade that stutters anyway. */
export function isLargePage(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > LARGE_PAGE_ELEMENTS;
}
