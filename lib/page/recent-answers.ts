import type { Mention } from '../detect/types';
import type { TextBatch } from './text-batch';

/**
 * The background's answers for blocks rescanned lately, by their text (null: no mention), the
 * least recently used dropped first. Pages that rebuild the same text (a list re-rendered from
 * the same data, a component mounted again) then cost no round trip: the answer for a text
 * depends on nothing else during a session (the evidence that needs the whole page is checked
 * by the page when it shows the marks).
 */
export class RecentAnswers {
  private readonly answers = new Map<string, Mention[] | null>();

  constructor(
    private readonly maxEntries = 200,
    /** Longer texts are not kept: they rarely come back whole, and would hold memory. */
    readonly maxText = 2_000,
  ) {}

  get(text: string): Mention[] | null | undefined {
    // A long text is never kept, so looking it up (hashing it) would be wasted.
    if (text.length > this.maxText) return undefined;
    const answer = this.answers.get(text);
    if (answer === undefined) return undefined;
    // Most recently used last, so the first key is the one to drop.
    this.answers.delete(text);
    this.answers.set(text, answer);
    return answer;
  }

  set(text: string, answer: Mention[] | null): void {
    if (text.length > this.maxText) return;
    this.answers.delete(text);
    this.answers.set(text, answer);
    if (this.answers.size > this.maxEntries) this.answers.delete(this.answers.keys().next().value as string);
  }

  get size(): number {
    return this.answers.size;
  }
}

/** Asks the background for the mentions in each block's text (null: none). */
export type AskTexts = (texts: string[]) => Promise<Array<Mention[] | null>>;

/** The mentions in each block of a rescanned batch: blocks whose text `recent` answered lately
 * are not sent again, and the new answers are remembered. */
export async function askRemembering(
  recent: RecentAnswers,
  batch: TextBatch,
  ask: AskTexts,
): Promise<Array<Mention[] | null>> {
  const answers: Array<Mention[] | null> = new Array(batch.size).fill(null);
  const asked: number[] = [];
  const texts: string[] = [];
  for (let b = 0; b < batch.size; b++) {
    const text = batch.blockText(b);
    const known = recent.get(text);
    if (known !== undefined) answers[b] = known;
    else {
      asked.push(b);
      texts.push(text);
    }
  }
  if (asked.length === 0) return answers;
  const fresh = await ask(texts);
  asked.forEach((b, i) => {
    answers[b] = fresh[i] ?? null;
    recent.set(texts[i] as string, fresh[i] ?? null);
  });
  return answers;
}
