// Characters that show nothing and part nothing: the soft hyphen, zero-width spaces and joiners,
// the word joiner, the byte-order mark. The fold drops them without a word boundary
// (lib/text/normalize.ts), and the page looks past a text node made of them alone at a seam
// (lib/page/seams.ts): the two must agree on which they are. Kept apart so that the content
// script takes this list without the fold's tables.
export const ZERO_WIDTH: readonly number[] = [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

/** Is `text` made of zero-width characters alone (or empty)? */
export function isZeroWidth(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!ZERO_WIDTH.includes(text.charCodeAt(i))) return false;
  return true;
}
