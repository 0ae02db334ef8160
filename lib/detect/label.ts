// A label: a block that is a weak name alone, as a dataset card's or a menu's name is ("GLUE" in
// its own element, "General Language Understanding Evaluation benchmark" in the next). Its block
// says nothing of it, so the next block is read as the words that would follow it in a sentence:
// spelled out as its paper does, it names the paper; spelled out as something else ("Grid
// Laboratory Uniform Environment"), it is that. (A trial's Papers-with-Code page: its cards of
// GLUE and CLUE were left unmarked.) The background reads blocks in the page's order, so the next
// block is the next element's text.
import { sentenceAfter } from './signs';
import { echoesExpansion, LOOK_BACK_CHARS, spelledBelow, spelledLike } from './spelled-out';
import type { Evidence, Mention, WeakNameProfile } from './types';

/** Is `text` the mention alone, but for blanks and a trailing colon or dash? */
export function isLabel(text: string, m: Mention): boolean {
  return text.slice(0, m.start).trim() === '' && /^\s*[:–—-]?\s*$/u.test(text.slice(m.end));
}

/** What the label `name`'s next block says of it: 'named' when it spells out or echoes the paper's
 * expansion, 'none' when it spells the name out as something else, undefined otherwise. */
export function labelEvidence(name: string, next: string, profile: WeakNameProfile | undefined): Evidence | undefined {
  const head = next.slice(0, LOOK_BACK_CHARS);
  const spelled = spelledBelow(head, name);
  if (spelled) return spelledLike(spelled, profile?.expansions) ? 'named' : 'none';
  return echoesExpansion(sentenceAfter(head), profile?.expansions) ? 'named' : undefined;
}
