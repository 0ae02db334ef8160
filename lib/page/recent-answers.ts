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
    // A label's answer depends on the blocks after it too (a dataset card streamed in, its
    // description a moment after its name): it is asked again each time.
    if (text.length > this.maxText || answer?.some((m) => m.readsNext)) return;
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

/**
 * The mentions in each block of a rescanned batch, in two steps: `known` at once, for the blocks
 * whose text `recent` answered lately (a page that rebuilds the same text: a chat re-rendering its
 * whole answer as it streams), and `asked`, the blocks sent to the background, answered by `rest`
 * (their new answers are remembered). Known blocks are marked without waiting for the others'
 * round trip: their marks are back before the page is painted again.
 */
export function askRemembering(
  recent: RecentAnswers,
  batch: TextBatch,
  ask: AskTexts,
): { known: Map<number, Mention[] | null>; asked: number[]; rest: Promise<Array<Mention[] | null>> } {
  const known = new Map<number, Mention[] | null>();
  const asked: number[] = [];
  const texts: string[] = [];
  for (let b = 0; b < batch.size; b++) {
    const text = batch.blockText(b);
    const answer = recent.get(text);
    if (answer !== undefined) known.set(b, answer);
    else {
      asked.push(b);
      texts.push(text);
    }
  }
  const rest =
    asked.length === 0
      ? Promise.resolve([])
      : ask(texts).then((fresh) =>
          texts.map((text, i) => {
            recent.set(text, fresh[i] ?? null);
            return fresh[i] ?? null;
          }),
        );
  return { known, asked, rest };
}
