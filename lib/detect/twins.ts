// Two papers whose short names differ only in casing: "SuperGlue" (Sarlin et al., the feature
// matcher) and "SuperGLUE" (Wang et al., the benchmark). Names are matched with exact casing, but
// pages mix the two up: "the SuperGlue benchmark (Wang et al., 2019)" means the benchmark. A
// citation of the other paper's first author and year attached to the mention (in brackets right
// after it, or after a word or two: "benchmark (…)"), and none of its own paper's, gives the
// mention to the other paper. Anywhere in the sentence would be too loose: "Following Wang et al.
// (2020), we replace SuperGlue" cites some other Wang, a common name.
import { citesThisWork } from './citations';
import { EVIDENCE_WINDOW } from './signs';
import type { Mention, PatternEntry } from './types';

// Brackets right after the name, or after up to two lower-case words.
const ATTACHED = /^\s*(?:\p{Ll}+\s+){0,2}[([（][^()[\]（）]{0,80}[)\]）]/u;

export interface Twin {
  paperId: string;
  year?: number;
  author?: string;
}

/** Each paper whose short name (or alias) another paper of the catalog has in another casing,
 * with that other paper. */
export function buildTwins(entries: readonly PatternEntry[]): Map<string, Twin> {
  const byName = new Map<string, PatternEntry[]>();
  for (const entry of entries) {
    for (const name of [entry.shortName, ...(entry.aliases ?? [])]) {
      if (!name) continue;
      const key = name.toLowerCase();
      const list = byName.get(key) ?? [];
      if (!list.some((e) => e.id === entry.id)) list.push(entry);
      byName.set(key, list);
    }
  }
  const twins = new Map<string, Twin>();
  for (const list of byName.values()) {
    // Two papers only: with three, a citation could not say which is meant by elimination.
    if (list.length !== 2) continue;
    const [a, b] = list as [PatternEntry, PatternEntry];
    twins.set(a.id, { paperId: b.id, year: b.year, author: b.author });
    twins.set(b.id, { paperId: a.id, year: a.year, author: a.author });
  }
  return twins;
}

/** `m`, or the same mention given to its paper's twin when a citation attached to it cites the
 * twin, not it. */
export function withCitedTwin(m: Mention, text: string, twins: ReadonlyMap<string, Twin>): Mention {
  const twin = m.kind === 'short' ? twins.get(m.paperId) : undefined;
  if (!twin) return m;
  const attached = ATTACHED.exec(text.slice(m.end, m.end + EVIDENCE_WINDOW))?.[0];
  if (
    !attached ||
    !citesThisWork('', attached, twin.year, twin.author) ||
    citesThisWork('', attached, m.year, m.author)
  )
    return m;
  const { year, author, ...rest } = m;
  return {
    ...rest,
    paperId: twin.paperId,
    ...(twin.year !== undefined && { year: twin.year }),
    ...(twin.author !== undefined && { author: twin.author }),
  };
}
