// A label: a block that is a weak name alone, as a dataset card's or a menu's name is ("GLUE" in
// its own element, "General Language Understanding Evaluation benchmark" in the next). Its block
// says nothing of it, so the next block is read as the words that would follow it in a sentence:
// spelled out as its paper does, it names the paper; spelled out as something else ("Grid
// Laboratory Uniform Environment"), it is that. (A trial's Papers-with-Code page: its cards of
// GLUE and CLUE were left unmarked.) The background reads blocks in the page's order, so the next
// block is the next element's text.
import { sentenceAfter } from './signs';
import { echoesExpansion, LOOK_BACK_CHARS, spelledAs, spelledBelow, spelledLike } from './spelled-out';
import type { Evidence, Mention, WeakNameProfile } from './types';

/** Is `text` the mention alone, but for blanks and a trailing colon or dash? */
export function isLabel(text: string, m: Mention): boolean {
  return text.slice(0, m.start).trim() === '' && /^\s*[:–—-]?\s*$/u.test(text.slice(m.end));
}

/** Is `text` a short heading that opens with the mention and a colon, as a search result's title
 * does ("GLUE: 20 years on", a hydrology paper on Scholar): six words at most after it, no sentence? */
export function isNamedHeading(text: string, m: Mention): boolean {
  const rest = /^\s*(?::\s+|：\s*)(.*)$/su.exec(text.slice(m.end))?.[1];
  return (
    text.slice(0, m.start).trim() === '' &&
    rest !== undefined &&
    !/[.!?]\s+\S/u.test(rest) &&
    rest.trim().split(/\s+/u).length <= 6
  );
}

/** What a block below a label or heading says of `name` where it spells it out in brackets, as a
 * snippet does ("… the Generalized Likelihood Uncertainty Estimation (GLUE) methodology"):
 * 'named' for the paper's own expansion, 'none' for another, undefined where it does not. */
export function spelledInBrackets(
  name: string,
  block: string,
  profile: WeakNameProfile | undefined,
): Evidence | undefined {
  for (let at = block.indexOf(`(${name})`); at !== -1; at = block.indexOf(`(${name})`, at + 1)) {
    const spelled = spelledAs(block.slice(Math.max(0, at - LOOK_BACK_CHARS), at + 1), name);
    if (spelled) return spelledLike(spelled, profile?.expansions) ? 'named' : 'none';
  }
  return undefined;
}

/** What the label `name`'s next block says of it: 'named' when it spells out or echoes the paper's
 * expansion, 'none' when it spells the name out as something else, undefined otherwise. */
export function labelEvidence(name: string, next: string, profile: WeakNameProfile | undefined): Evidence | undefined {
  const head = next.slice(0, LOOK_BACK_CHARS);
  const spelled = spelledBelow(head, name);
  if (spelled) return spelledLike(spelled, profile?.expansions) ? 'named' : 'none';
  return echoesExpansion(sentenceAfter(head), profile?.expansions) ? 'named' : undefined;
}
