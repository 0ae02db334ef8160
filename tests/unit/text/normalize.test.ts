import { describe, expect, it } from 'vitest';
import { caseKey, normalizeText, SEAM, SOFT, sourceSpan, titleKey, WORD_START } from '../../../lib/text/normalize';

/** Stream with '|' before each word start (except the first), to assert boundaries. */
function marked(s: string): string {
  const nt = normalizeText(s);
  let out = '';
  for (let i = 0; i < nt.chars.length; i++) {
    if (i > 0 && nt.wordStart[i] === WORD_START) out += '|';
    out += nt.chars[i];
  }
  return out;
}

describe('titleKey', () => {
  it.each([
    ['Co$^4$', 'co4'],
    ['Co⁴', 'co4'],
    ['Co4', 'co4'],
    ['What’s', 'whats'],
    ["What's", 'whats'],
    ['What‘s', 'whats'],
    ['What`s', 'whats'],
    ['What´s', 'whats'],
    ['Multi-Task', 'multitask'],
    ['multi task', 'multitask'],
    ['Multi–Task — x', 'multitaskx'],
    ['ﬁne-tuning', 'finetuning'],
    ['ＸＰｒｏｍｐｔ', 'xprompt'],
    ['Café naïve', 'cafenaive'],
    ['Cafe\u0301', 'cafe'],
    ['soft\u00adhyphen', 'softhyphen'],
    ['zero\u200bwidth\ufeff', 'zerowidth'],
    ['\\textbf{Bold}', 'textbfbold'],
    ['𝐁𝐨𝐥𝐝 math', 'boldmath'],
    ['ΑΒΓ', 'αβγ'],
    ['', ''],
  ])('%j -> %j', (input, key) => {
    expect(titleKey(input)).toBe(key);
  });
});

describe('normalizeText word starts', () => {
  it.each([
    ['GPT Understands, Too', 'gpt|understands|too'],
    ['Effi-\ncient', 'efficient'],
    ['Effi-\r\n   cient', 'efficient'],
    ['Effi‐\ncient', 'efficient'],
    ['Effi- cient', 'effi|cient'],
    ['Multi-Task', 'multi|task'],
    ['  (XPrompt) ', 'xprompt'],
    ["the 'XPrompt' way", 'the|xprompt|way'],
    ['Co$^4$ x', 'co4|x'],
    ['a\u00a0b', 'a|b'],
  ])('%j -> %j', (input, out) => {
    expect(marked(input)).toBe(out);
  });

  it('marks chars joined across an apostrophe as SOFT (possessives may end a match)', () => {
    const nt = normalizeText('GLUE’s');
    expect(nt.chars).toBe('glues');
    expect(nt.wordStart[4]).toBe(SOFT);
  });

  it('maps every char to its source index, expansions share one index', () => {
    const s = 'a ﬁ 𝐁!';
    const nt = normalizeText(s);
    expect(nt.chars).toBe('afib');
    expect([...nt.offsets]).toEqual([0, 2, 2, 4]);
  });

  it('sourceSpan recovers whole original characters', () => {
    const s = 'see Cafe\u0301 now';
    const nt = normalizeText(s);
    const [a, b] = sourceSpan(s, nt, 3, 4);
    expect(s.slice(a, b)).toBe('Cafe\u0301');
  });

  it('is linear on megabytes of text', () => {
    const s = 'XPrompt: Exploring the Extreme — of “Prompt” Tuning’s café. '.repeat(40_000);
    const t0 = performance.now();
    const nt = normalizeText(s);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(nt.chars.length).toBeGreaterThan(1_500_000);
    expect(nt.offsets.length).toBe(nt.chars.length);
  });
});

describe('normalizeText seams', () => {
  /** The stream with "|" before each word start and "^" before each seam. */
  const seams = (s: string) => {
    const { chars, wordStart } = normalizeText(s, true);
    return [...chars]
      .map((c, i) => (i === 0 ? '' : wordStart[i] === SEAM ? '^' : wordStart[i] === WORD_START ? '|' : '') + c)
      .join('');
  };
  it.each([
    ['#402ARES: An', '402^ares|an'],
    ['OralLightGlue', 'oral^light^glue'],
    ['CooperBench4', 'cooper^bench^4'],
    ['Models2022', 'models^2022'],
    ['H3K27me3', 'h^3^k^27me^3'],
    // A capital then lower case is one word, capitals in a row are one, but for the last capital
    // before lower case ("ORAL" "LightGlue", "XML" "Http"); no seam across a separator, a hyphen
    // or an apostrophe.
    ['Light XPROMPT GLUE’s', 'light|xprompt|glues'],
    ['ORALLightGlue XMLHttp', 'oral^light^glue|xml^http'],
    ['XPrompt', 'x^prompt'],
    ['ST-MoE', 'st|mo^e'],
    ['Effi-\nCient', 'efficient'],
    // Only a letter or digit right before: not across a dropped brace (BibTeX's {N}um{GLUE}).
    ['{N}um{GLUE}', 'numglue'],
    ['2nd 10x', '2nd|10x'],
    // Letters beyond ASCII make no seam.
    ['NormaleÉcole', 'normaleecole'],
  ])('%j -> %j', (input, out) => {
    expect(seams(input)).toBe(out);
  });

  it('marks none without the option: catalog keys and casing checks never see one', () => {
    expect([...normalizeText('#402ARES OralLightGlue', false).wordStart]).not.toContain(SEAM);
  });
});

describe('caseKey', () => {
  it('keeps case, drops separators', () => {
    expect(caseKey('ST‑MoE')).toBe('STMoE');
    expect(caseKey('SuperGLUE')).not.toBe(caseKey('SuperGlue'));
  });
});
