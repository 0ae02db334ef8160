// Seams of the match stream (lib/text/normalize): where a word may start inside a run of letters
// and digits, because two elements of the page meet there without a space.

/**
 * A seam: a capital after a lower-case letter or a digit, a digit after a letter, or a capital
 * that starts a word in lower case after capitals ("#402ARES", "OralLightGlue", "CooperBench4",
 * "SPOTLIGHTDid You Read…"). Where two elements meet without a space (`<span>#402</span>
 * <span>ARES: …</span>`, a footnote's `<a>2</a>` after a name), the joined text has no separator,
 * yet they are two words. A match may start or end at a seam only if the page finds its text
 * nodes meet there, shown apart (lib/page/seams.ts): "MyLightGlue" in one text node is not
 * LightGlue. Only normalizeText's `seams` option marks them, for page text. (Not a lower-case
 * letter after a digit: names and titles start with a capital, and "2nd", "10x" would only cost
 * time.)
 */
export const SEAM = 3;

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;

/** Is there a seam before s[i] (c, an ASCII capital or digit joined to the char before it)? Only
 * capitals and digits are looked at, so the fold's loop pays one comparison for the lower-case
 * letters that most text is. */
export function seamBefore(s: string, i: number, c: number): boolean {
  const b = s.charCodeAt(i - 1);
  if (c <= 57) return isLower(b) || isUpper(b);
  return isLower(b) || (b >= 48 && b <= 57) || (isUpper(b) && isLower(s.charCodeAt(i + 1)));
}
