// Short names match with exact casing, but writers vary the case of a word after a hyphen, as
// title case and sentence case do: "SWE-bench Pro" for SWE-Bench Pro (the benchmark it builds on
// writes "SWE-bench"), "P-Tuning" for P-tuning, "TALL-Masks" for TALL-masks. Such a word may be
// written either way. A coined part keeps its casing ("ST-MoE" is not "ST-moE"), and so does the
// name's first part: that is what tells "SuperGLUE" from "SuperGlue".
import { titleKey } from '../text/normalize';
import { namesOf } from './prefilter';
import type { PatternEntry } from './types';
import { needsEvidence } from './weak-names';

// A hyphen, then a word in lower case or capitalised (two letters or more), up to a space, another
// hyphen or the end.
const WORD_AFTER_HYPHEN = /(?<=[-‐‑])\p{L}(?=\p{Ll}+(?:$|[\s\-‐‑]))/gu;
/** At most this many words flip (2^n - 1 variants): real names have one or two. */
const MAX_WORDS = 3;

/** `name` with the first letter of each word after a hyphen in the other case, in every
 * combination (not `name` itself). */
export function caseVariants(name: string): string[] {
  const at = [...name.matchAll(WORD_AFTER_HYPHEN)].map((m) => m.index).slice(0, MAX_WORDS);
  const out: string[] = [];
  for (let combo = 1; combo < 1 << at.length; combo++) {
    let variant = name;
    at.forEach((i, bit) => {
      if ((combo & (1 << bit)) === 0) return;
      const ch = variant.charAt(i);
      const flipped = ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase();
      variant = variant.slice(0, i) + flipped + variant.slice(i + 1);
    });
    // A letter whose case does not flip ("ß") leaves the name as it was.
    if (variant !== name) out.push(variant);
  }
  return out;
}

/**
 * The entries with their names' case variants added to their aliases, for matching. A name that
 * needs evidence gets none (its casing is part of what tells the paper from the word), nor does
 * one whose letters another paper's name shares in any casing: that is a twin (twins.ts), told
 * apart by casing alone.
 */
export function withCaseVariants(entries: readonly PatternEntry[]): PatternEntry[] {
  const owners = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const name of namesOf(e)) {
      const key = titleKey(name);
      const ids = owners.get(key) ?? new Set<string>();
      ids.add(e.id);
      owners.set(key, ids);
    }
  }
  return entries.map((e) => {
    const names = namesOf(e);
    const added = names.flatMap((name) => {
      if (needsEvidence(name) || (owners.get(titleKey(name))?.size ?? 0) > 1) return [];
      return caseVariants(name).filter((v) => !needsEvidence(v) && !names.includes(v));
    });
    return added.length === 0 ? e : { ...e, aliases: [...(e.aliases ?? []), ...added] };
  });
}
