// Scripts that write words without spaces, for the fold (lib/text/normalize).

/** Han, kana and Hangul. These scripts write words without spaces, so "用LightGlue替换" has
 * no separator around the name; catalog titles are in Latin script, so these characters are
 * folded to separators: each one is a word boundary. */
export function isCjk(cp: number): boolean {
  return (
    (cp >= 0x3040 && cp <= 0x30ff) || // Hiragana, Katakana
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK Extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK Unified Ideographs
    (cp >= 0xac00 && cp <= 0xd7af) || // Hangul syllables
    (cp >= 0x1100 && cp <= 0x11ff) || // Hangul Jamo
    (cp >= 0x3130 && cp <= 0x318f) || // Hangul compatibility Jamo
    (cp >= 0x31f0 && cp <= 0x31ff) || // Katakana phonetic extensions
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xff66 && cp <= 0xff9f) || // half-width Katakana
    (cp >= 0x20000 && cp <= 0x3134f) // CJK Extensions B-H
  );
}
