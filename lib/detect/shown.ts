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
