// A paper titled "Name: what it is" is also written by what it is alone, its name left out or
// set apart: a talk's slide with "Semi-Parametric Prompt Tuning for Multitask Prompted Learning"
// under SPT's logo, a list that gives the name in one column and the rest in the next (a ninth
// detector trial). The subtitle is then matched as a title of the same paper, where it can say
// which paper by itself: the head is the paper's own name (not a headline such as "Towards
// AI-Complete Question Answering: A Set of …", whose tail may be any work's "a case study on …"),
// and it runs to five words or more ("Word-level Adversarial ReProgramming" does not). One that
// says what kind of thing the paper is ("A Chinese Language Understanding Evaluation Benchmark",
// "A Multimodal Reasoning Benchmark in Chemistry") is how another work is described too ("CMMLU,
// a Chinese language understanding evaluation benchmark"): it needs eight. Where the text has it,
// standsAsTitle says whether it is written as a title there.
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

const WORDS = /[\p{L}\p{N}]+/gu;
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** A coined name ("AXPrompt", "MoE-Lite", "GPT4"): capitals inside, or capitals only. */
const NAME_LIKE = /^(?:\p{L}[\p{Ll}\d]*[\p{Lu}\d][\p{L}\d-]*|\p{Lu}{2,}[\p{L}\d-]*)$/u;

/** Small words a title case leaves lower ("at", "of the"): a title going on goes on past them. */
const TITLE_CONTINUES =
  /^[ \t]*(?:[:\-\u2010-\u2015][ \t]*)?(?:(?:a|an|the|of|for|with|from|in|on|to|and|or|via|at|by|as|into|over|under|without)[ \t]+){0,2}\p{Lu}/u;

/**
 * Does the text set the subtitle at [start, end) apart as a title of its own? Its words are ordinary
 * ones, which prose about other works uses too ("an automated evaluation framework for
 * retrieval-augmented generation systems", "designing stable and transferable sparse expert
 * models for on-device translation", a product's "local feature matching at light speed": a
 * trial found 45 such on 16 pages). So only where it is written as the paper writes it, word by
 * word in its casing (not in capitals only, a banner's), and not as part of a longer title: no
 * capitalised word runs into it ("Rethinking Local Feature Matching at Light Speed"), it does not
 * go on in title case ("… Light Speed on Mobile GPUs", "… Seq2Seq Model: A Replication"), and it
 * is not another name's subtitle ("AXPrompt: Exploring …", "DarkGlue – …"). A label's colon or
 * dash is fine ("Week 2: …", "Paper: …", "- " in a plain-text list).
 */
export function standsAsTitle(text: string, start: number, end: number, subtitle: string): boolean {
  const span = text.slice(start, end);
  if (span === span.toUpperCase()) return false;
  const written = span.match(WORDS) ?? [];
  const own = subtitle.match(WORDS) ?? [];
  if (written.length !== own.length || written.some((w, i) => isUpper(w[0] ?? '') !== isUpper(own[i]?.[0] ?? '')))
    return false;
  // Its own line: a plain-text list's bullet or a <br> before it starts afresh.
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  // Run on from a word, or after a capitalised word of the same title.
  if (/[\p{L}\p{N}]$/u.test(line)) return false;
  const before = line.trimEnd();
  const labelled = /[:\-\u2010-\u2015]$/u.test(before);
  // Letters on: "#402ARES" is ARES.
  const lastWord =
    before
      .replace(/[:\-\u2010-\u2015]$/u, '')
      .trimEnd()
      .match(/\p{L}[\p{L}\p{N}-]*$/u)?.[0] ?? '';
  if (labelled ? NAME_LIKE.test(lastWord) : /^\p{Lu}/u.test(lastWord)) return false;
  return !TITLE_CONTINUES.test(text.slice(end));
}
