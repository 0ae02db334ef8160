// A name written as a word and another paper's name: "Russian SuperGLUE" is RussianSuperGLUE (the
// Russian benchmark), not SuperGLUE. Short names match as written, spaces included ("Super Glue" is
// the adhesive, not SuperGlue), so the words are found as the shorter name; where a catalog name is
// exactly that word joined to the shorter one, the mention is of that name's paper. The word must be
// written as the name has it ("russian SuperGLUE" is not), and only one word is looked at: names
// of the catalog that join more than one to another name are none.
import { caseKey, titleKey } from '../text/normalize';
import type { ConfirmIndex } from './confirm';
import type { Mention } from './types';

/** The word before a name: letters and digits, then spaces or a hyphen. Two at least: "X GLUE" is
 * GLUE on X (the site), not XGLUE. */
const WORD_BEFORE = /(?<![\p{L}\p{N}])(\p{L}[\p{L}\p{N}]+)(?:\s+|[-‐‑])$/u;

/** `m`, or the same mention, word included, given to the paper whose name is that word joined to
 * the name found. The names are the confirmation index's (`shorts`: every short name and alias by
 * its folded key); a joined name two papers share says neither. */
export function withSpacedName(m: Mention, text: string, shorts: ConfirmIndex['shorts']): Mention {
  if (m.kind !== 'short') return m;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (!before) return m;
  const joined = `${before[1]}${text.slice(m.start, m.end)}`;
  const exact = caseKey(joined);
  const named = (shorts.get(titleKey(joined)) ?? []).filter((r) => r.caseKey === exact);
  const paper = named[0];
  if (!paper || named.some((r) => r.paperId !== paper.paperId) || paper.paperId === m.paperId) return m;
  const { year, author, ...rest } = m;
  return {
    ...rest,
    paperId: paper.paperId,
    shortName: paper.shortName,
    start: m.start - before[0].length,
    ...(paper.year !== undefined && { year: paper.year }),
    ...(paper.author !== undefined && { author: paper.author }),
  };
}
