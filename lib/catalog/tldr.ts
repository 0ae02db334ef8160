// The TL;DR is chosen from the abstract at build time. Abstracts usually open with background
// ("Large language models have ..."), so the first sentence is rarely the point. We score
// sentences by the cues that mark a contribution or a finding and take the best one.

const MAX_TLDR = 280;

const CONTRIBUTION = [
  /\b(we|this (paper|work|report)|our (work|method|approach|model|framework))\s+(propose|introduce|present|develop|design|describe|release|build|offer)/i,
  /\bin this (paper|work|report),? we\b/i,
  /\b(we|our results?|experiments?|our analysis)\s+(show|find|demonstrate|reveal|observe)/i,
  /\bwe (propose|introduce|present)\b/i,
];
const FINDING = /\b(outperform\w*|achiev\w*|improv\w*|state-of-the-art|surpass\w*|reduc\w*|\d+(\.\d+)?\s?(%|×|x)\b)/i;
const BACKGROUND =
  /^(recent(ly)?|however|but|despite|while|although|in the (last|past)|over the past|with the|as )|\b(has|have) (become|emerged|shown|gained|achieved)\b/i;

/** Split prose into sentences without breaking "et al.", "e.g.", decimals or initials. */
export function splitSentences(text: string): string[] {
  const protectedText = text
    .replace(/\b(et al|e\.g|i\.e|vs|cf|Fig|Eq|approx)\./g, '$1\uE000')
    .replace(/(\d)\.(\d)/g, '$1\uE001$2');
  return protectedText
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d(“"‘'])/u)
    .map((s) =>
      s
        .replace(/\uE000/g, '.')
        .replace(/\uE001/g, '.')
        .trim(),
    )
    .filter((s) => s.length > 0);
}

function score(sentence: string, index: number): number {
  let s = 0;
  if (CONTRIBUTION.some((re) => re.test(sentence))) s += 4;
  if (FINDING.test(sentence)) s += 1.5;
  if (BACKGROUND.test(sentence)) s -= 2;
  if (sentence.length < 40) s -= 2;
  if (sentence.length > MAX_TLDR) s -= 1;
  return s - index * 0.05; // earlier wins a tie
}

// A sentence lifted out of its abstract often opens by pointing back at the one before ("To
// address these challenges, we propose ..."). Said alone, that opening is noise: drop it.
const LEAD_IN = new RegExp(
  String.raw`^(?:${[
    // "To address these challenges, we ...", "Building on these findings, our ...": a clause of
    // purpose or source, but only when the sentence then goes on with its own subject.
    String.raw`(?:to|in order to|inspired by|building on|based on|with|through|in pursuit of|toward(?:s)? that end|for this reason)\b[^,]{0,80}(?=,\s+(?:we|our|this|these)\b),`,
    'in (?:this|our) (?:paper|work|report|study),?',
    '(?:to this end|notably|furthermore|moreover|additionally|specifically|importantly|however|therefore|thus|hence|finally|besides|here|surprisingly|empirically|consequently|in addition|as a result|overall|in particular),',
  ].join('|')})\s+`,
  'i',
);

/** Drop a lead-in that only makes sense after the previous sentence, and capitalise the rest. */
export function standAlone(sentence: string): string {
  const rest = sentence.replace(LEAD_IN, '');
  if (rest === sentence || rest.length < 30) return sentence;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

// Words a clipped sentence must not end on: "… and…", "… of the…" read as broken.
const DANGLING =
  /(?:[\s,;:(–—-]+(?:and|or|but|nor|of|for|to|in|on|at|by|with|from|via|as|than|that|which|while|whereas|the|a|an|its|their|our|this|these|is|are|was|were|be))+[\s,;:(–—-]*$/i;

/** At most MAX_TLDR chars, cut at a word, without a dangling word or punctuation before the "…". */
export function clip(text: string): string {
  if (text.length <= MAX_TLDR) return text;
  const cut = text.slice(0, MAX_TLDR - 1);
  const words = cut
    .slice(0, cut.lastIndexOf(' '))
    .replace(DANGLING, '')
    .replace(/[\s,;:(–—-]+$/, '');
  return `${words}…`;
}

/**
 * `text` without its asides in brackets, when it is too long to show whole: the sentence says
 * its point in fewer words, where clipping it cut a list in the middle ("… tasks including
 * reasoning (SuperGLUE, ARC Easy, ARC Challenge), summarization (XSum, CNN-DM), closed book…", a
 * new-user trial). An aside is a bracket after a space, or a citation glued to a word
 * ("machine(Adeel,2025)"); "O(N)" is notation, and stays.
 */
export function withoutAsides(text: string): string {
  if (text.length <= MAX_TLDR) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const close = text[i] === '(' ? closingBracket(text, i) : -1;
    if (close < 0) {
      out += text[i];
      i++;
      continue;
    }
    const inside = text.slice(i + 1, close);
    const afterSpace = /\s$/u.test(out);
    if (afterSpace || /\b(?:19|20)\d\d\b/u.test(inside)) out = out.trimEnd();
    else out += text.slice(i, close + 1);
    i = close + 1;
  }
  return out.replace(/\s+([,;.])/gu, '$1');
}

/** The index of the ")" that closes the "(" at `open`, or -1. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** A sentence that only announces what comes next ("Here we present an alternative approach."). */
const TEASER_LENGTH = 60;

/** One or two sentences (<= 280 chars) that say what the paper contributes or finds. */
export function chooseTldr(abstract: string): string {
  const sentences = splitSentences(abstract);
  if (sentences.length === 0) return '';
  let best = 0;
  sentences.forEach((sentence, i) => {
    if (score(sentence, i) > score(sentences[best] ?? '', best)) best = i;
  });
  const first = standAlone(sentences[best] ?? '');
  const next = sentences[best + 1];
  // A short contribution sentence is often completed by the next one ("... Specifically, ..."); a
  // teaser always is ("Here we present an alternative approach. We performed automated text …").
  const completes = next !== undefined && (score(next, best + 1) > 0 || first.length < TEASER_LENGTH);
  if (next && completes && first.length < 140 && first.length + 1 + next.length <= MAX_TLDR) {
    return `${first} ${next}`;
  }
  // A teaser alone says nothing: with the next sentence clipped, it says something.
  return clip(withoutAsides(next && first.length < TEASER_LENGTH ? `${first} ${next}` : first));
}
