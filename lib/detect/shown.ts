// The page's half of the evidence policy (lib/detect/evidence.ts), kept apart so the content
// script does not load the policy's expressions: the background judges each weak name from its
// block, and the page adds what only the whole page knows.
import type { Evidence } from './types';

/** Is a mention shown, given what it needs (judgeEvidence) and the papers found on the page by
 * title, link or a name that vouches for it (see judgeEvidence)? A weak name with a numeric
 * citation alone ("WARP [12]") is shown once the page names some paper of the catalog: a page of
 * another field cites with numbers too ("The SPT collaboration [12]" on a physics blog). */
export function isShown(evidence: Evidence | undefined, paperId: string, pagePaperIds: ReadonlySet<string>): boolean {
  return (
    evidence === undefined ||
    evidence === 'named' ||
    evidence === 'block' ||
    (evidence === 'page' && pagePaperIds.has(paperId)) ||
    (evidence === 'numbered' && pagePaperIds.size > 0)
  );
}

/**
 * Does a short name shown vouch for its paper across the page, as a title does? When it is
 * distinctive (no evidence needed) or named as a research work ("the GLUE benchmark [3]" vouches
 * for a results table's "GLUE" column), or cited by number on a page that names papers of the
 * catalog ("WARP [12] … WARP improves on"); not a weak name shown for another citation sign alone:
 * one "histone H3 (Zhou et al., 2022)" would make every H3 of a biology page the H3 paper (see
 * evidence.ts).
 */
export function vouches(evidence: Evidence | undefined): boolean {
  return evidence === undefined || evidence === 'named' || evidence === 'numbered';
}

/** What a mention not shown waits for: its own paper found on the page (`paperId`), or, for a
 * numeric citation, any paper (ANY_PAPER); undefined when nothing on the page can show it. */
export const ANY_PAPER = '';
export function awaits(evidence: Evidence | undefined, paperId: string): string | undefined {
  if (evidence === 'page') return paperId;
  return evidence === 'numbered' ? ANY_PAPER : undefined;
}

/** Has what a mention waits for (see awaits) turned up on the page? */
export const hasArrived = (awaited: string, pagePaperIds: ReadonlySet<string>): boolean =>
  awaited === ANY_PAPER ? pagePaperIds.size > 0 : pagePaperIds.has(awaited);
