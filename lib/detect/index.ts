/**
 * PaperLens detector: finds mentions of catalog papers in page text.
 *
 * Split in two so the content script stays small (heap <= 5 MB even for 100,000 titles):
 * - Content script: holds only the Prefilter (hashed 16-char title prefixes and short-name
 *   keys, ~4 bytes each in memory). Per text block it runs normalizeText, then scanCandidates,
 *   which is linear in the text length and independent of the catalog size, and sends the few
 *   candidates (toProbes) to the background. Links and "arXiv:<id>" prose are parsed locally.
 * - Background: holds the catalog. confirmCandidates compares probes against the real keys
 *   (removing hash collisions, enforcing word boundaries, preferring the longest title, and
 *   picking the exact-case short name); lookupRef maps arXiv/DOI/ACL refs to paper ids.
 * - Back on the page: toMentions -> resolveOverlaps -> applyEvidencePolicy.
 */

export { caseKey, type NormalizedText, normalizeText, sourceSpan, titleKey } from '../text/normalize';
export { buildConfirmIndex, type ConfirmIndex, confirmCandidates } from './confirm';
export { applyEvidencePolicy, COMMON_WORD_NAMES, hasLocalEvidence, needsEvidence } from './evidence';
export {
  aclIdFromUrl,
  buildRefIndex,
  findArxivIdsInText,
  lookupRef,
  normalizeDoi,
  type PaperRef,
  parsePaperRef,
  type RefIndex,
} from './links';
export { toMentions, toProbes } from './mentions';
export { resolveOverlaps, type Span } from './overlaps';
export {
  buildPrefilter,
  loadPrefilter,
  PREFIX_K,
  type Prefilter,
  type PrefilterIndex,
  prefilterSize,
  scanCandidates,
} from './prefilter';
export type { Candidate, Confirmed, MatchKind, Mention, PatternEntry, Probe } from './types';
