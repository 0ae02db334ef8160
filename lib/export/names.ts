// Author-name helpers for citation keys and citation lines. Names arrive as "Given Family" from the catalog.
import { fold } from '../search/normalize';

/** Lower-case ASCII letters and digits only: "Sarlin", "Müller-Lyer" -> "sarlin", "mullerlyer". */
export const asciiKey = (text: string): string => fold(text).replace(/[^a-z0-9]/g, '');

/** Splits "Samuel R. Bowman" into given ["Samuel", "R."] and family "Bowman"; "Bowman, Samuel R." also works. */
export function splitName(name: string): { given: string[]; family: string } {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const comma = trimmed.indexOf(',');
  if (comma >= 0) {
    const given = trimmed.slice(comma + 1).trim();
    return { given: given ? given.split(' ') : [], family: trimmed.slice(0, comma).trim() };
  }
  const parts = trimmed.split(' ');
  const family = parts.pop() ?? '';
  return { given: parts, family };
}

/** "Paul-Edouard" -> "P.-E.", "R." -> "R." */
const initial = (given: string): string =>
  given
    .split('-')
    .filter(Boolean)
    .map((part) => `${[...part][0] ?? ''}.`)
    .join('-');

/** "Paul-Edouard Sarlin" -> "Sarlin, P.-E."; a single-word name stays as it is. */
export function familyWithInitials(name: string): string {
  const { given, family } = splitName(name);
  return given.length ? `${family}, ${given.map(initial).join(' ')}` : family;
}
