// The page's half of the evidence policy (lib/detect/evidence.ts), kept apart so the content
// script does not load the policy's expressions: the background judges each weak name from its
// block, and the page adds what only the whole page knows.
import type { Evidence } from './types';

/** Is a mention shown, given what it needs (judgeEvidence) and the papers found on the page by
 * title, link or a name that vouches for it (see judgeEvidence)? */
export function isShown(evidence: Evidence | undefined, paperId: string, pagePaperIds: ReadonlySet<string>): boolean {
  return (
    evidence === undefined ||
    evidence === 'named' ||
    evidence === 'block' ||
    (evidence === 'page' && pagePaperIds.has(paperId))
  );
}

/**
 * Does a short name shown vouch for its paper across the page, as a title does? When it is
 * distinctive (no evidence needed) or named as a research work ("the GLUE benchmark [3]" vouches
 * for a results table's "GLUE" column); not a weak name shown for a citation sign alone: one
 * "histone H3 … [12]" would make every H3 of a biology page the H3 paper (see evidence.ts).
 */
export function vouches(evidence: Evidence | undefined): boolean {
  return evidence === undefined || evidence === 'named';
}
