// A paper titled "Name: what it is" is also written by what it is alone, its name left out or
// set apart: a talk's slide with "Semi-Parametric Prompt Tuning for Multitask Prompted Learning"
// under SPT's logo, a list that gives the name in one column and the rest in the next (a ninth
// detector trial). The subtitle is then matched as a title of the same paper, where it can say
// which paper by itself: the head is the paper's own name (not a headline such as "Towards
// AI-Complete Question Answering: A Set of …", whose tail may be any work's "a case study on …"),
// and it runs to five words or more ("Word-level Adversarial ReProgramming" does not). One that
// says what kind of thing the paper is ("A Chinese Language Understanding Evaluation Benchmark",
// "A Multimodal Reasoning Benchmark in Chemistry") is how another work is described too ("CMMLU,
// a Chinese language understanding evaluation benchmark"): it needs eight.
import { titleKey } from '../text/normalize';
import { namesOf } from './prefilter';
import type { PatternEntry } from './types';

const MIN_WORDS = 5;
const MIN_WORDS_OF_A_KIND = 8;

/** The subtitle that names the paper by itself, or undefined. */
export function namingSubtitle(entry: PatternEntry): string | undefined {
  const colon = entry.title.indexOf(': ');
  if (colon <= 0) return undefined;
  const head = titleKey(entry.title.slice(0, colon));
  if (!namesOf(entry).some((name) => titleKey(name) === head)) return undefined;
  const subtitle = entry.title.slice(colon + 2).trim();
  const words = subtitle.split(/\s+/u).length;
  return words >= (/^(?:an?|the)\s/iu.test(subtitle) ? MIN_WORDS_OF_A_KIND : MIN_WORDS) ? subtitle : undefined;
}

/** The entries, and after them one more for each naming subtitle: the same paper, that title, no
 * names (its names are the entry's own). */
export function withSubtitles(entries: readonly PatternEntry[]): PatternEntry[] {
  const subtitles = entries.flatMap((e) => {
    const title = namingSubtitle(e);
    return title === undefined ? [] : [{ id: e.id, title, subtitle: true as const }];
  });
  return [...entries, ...subtitles];
}

/** Is the subtitle at `start` written as the subtitle of a name, after its colon or dash ("AXPrompt:
 * Exploring the Extreme of Prompt Tuning", another work's; or "OralLightGlue: …", the whole title
 * at a seam, which the page checks), or run on from a word? Then it is not the paper by itself. */
export function followsAName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  return /(?:[:\-\u2010-\u2015]\s*|[\p{L}\p{N}])$/u.test(before);
}
