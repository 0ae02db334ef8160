// Short names match with exact casing: "SuperGLUE" and "SuperGlue" are different papers, and
// "Glue" at the start of a sentence is not GLUE. confirmCandidates decides (caseKey equality);
// the prefilter screens on the same rule for ASCII letters, so capitalised ordinary words
// ("Warp", "Clue", "Ares") stop becoming candidates. A mask records
// which letters are capitals; anything it cannot describe exactly is ANY_CASE, which matches
// everything, so the screen never rejects what the background would accept.

/** Unknown casing: a non-ASCII char in the span, or more than 31 letters and digits. */
export const ANY_CASE = 0x80000000;

/** Bit i is set when the i-th letter or digit of s[from, to) is an ASCII capital. */
export function caseMask(s: string, from: number, to: number): number {
  let mask = 0;
  let n = 0;
  const end = Math.min(to, s.length);
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return ANY_CASE;
    const upper = c >= 65 && c <= 90;
    if (upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (n === 31) return ANY_CASE;
      if (upper) mask |= 1 << n;
      n++;
    }
  }
  return mask;
}

/** Can a span with case mask `found` be a short name whose mask is `wanted`? */
export function caseFits(found: number, wanted: number): boolean {
  return found === wanted || found === ANY_CASE || wanted === ANY_CASE;
}
