// A name written as a word and another paper's name: "Russian SuperGLUE" is RussianSuperGLUE (the
// Russian benchmark), not SuperGLUE. Short names match as written, spaces included ("Super Glue" is
// the adhesive, not SuperGlue), so the words are found as the shorter name; where a catalog name is
// exactly that word joined to the shorter one, the mention is of that name's paper. The word must be
// written as the name has it ("russian SuperGLUE" is not), and only one word is looked at: names
// of the catalog that join more than one to another name are none.
import { caseKey } from '../text/normalize';
import type { Mention, PatternEntry } from './types';

/** The word before a name: letters and digits, then spaces or a hyphen. Two at least: "X GLUE" is
 * GLUE on X (the site), not XGLUE. */
const WORD_BEFORE = /(?<![\p{L}\p{N}])(\p{L}[\p{L}\p{N}]+)(?:\s+|[-‐‑])$/u;

interface Named {
  paperId: string;
  shortName: string;
  year?: number;
  author?: string;
}

/** Every short name and alias by its caseKey (a key two papers share is left out: which one a
 * joined word means could not be told). */
export function buildSpacedNames(entries: readonly PatternEntry[]): Map<string, Named | null> {
  const byKey = new Map<string, Named | null>();
  for (const e of entries) {
    for (const name of [e.shortName, ...(e.aliases ?? [])]) {
      if (!name) continue;
      const key = caseKey(name);
      const seen = byKey.get(key);
      byKey.set(
        key,
        seen === undefined || seen?.paperId === e.id
          ? { paperId: e.id, shortName: name, year: e.year, author: e.author }
          : null,
      );
    }
  }
  return byKey;
}

/** `m`, or the same mention, word included, given to the paper whose name is that word joined to
 * the name found. */
export function withSpacedName(m: Mention, text: string, names: ReadonlyMap<string, Named | null>): Mention {
  if (m.kind !== 'short') return m;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (!before) return m;
  const joined = names.get(caseKey(`${before[1]}${text.slice(m.start, m.end)}`));
  if (!joined || joined.paperId === m.paperId) return m;
  const { year, author, ...rest } = m;
  return {
    ...rest,
    paperId: joined.paperId,
    shortName: joined.shortName,
    start: m.start - before[0].length,
    ...(joined.year !== undefined && { year: joined.year }),
    ...(joined.author !== undefined && { author: joined.author }),
  };
}
