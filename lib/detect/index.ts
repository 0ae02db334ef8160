/**
 * PaperLens detector: finds mentions of catalog papers in page text.
 *
 * Split so that the page's main thread does as little as possible:
 * - Content script (lib/page): walks the page once, gathering blocks of text (a block's text
 *   nodes joined) and links, and sends the text to the background in batches.
 * - Background (findInBlocks, lib/detect/blocks): holds the catalog. A fold-and-probe pass
 *   (QuickCheck) over each block drops the blocks that mention no paper; the rest are
 *   normalised (normalizeText) and scanned (scanCandidates: a hashed prefilter, linear in the
 *   text and independent of the catalog size); confirmCandidates compares the candidates with
 *   the real keys (removing hash collisions, enforcing word boundaries, preferring the longest
 *   title, picking the exact-case short name); toMentions locates them in the block's text;
 *   "arXiv:<id>" in prose and links are looked up with lookupRef; resolveOverlaps keeps one
 *   mention per span; judgeEvidence says what each weak short name needs to be shown.
 * - Back on the page: isShown (whether a weak name's paper is elsewhere on the page, only the
 *   page knows) and the marks.
 */

export { caseKey, type NormalizedText, normalizeText, sourceSpan, titleKey } from '../text/normalize';
export { type BlockIndex, buildBlockIndex, findInBlocks } from './blocks';
export { buildConfirmIndex, type ConfirmIndex, confirmCandidates } from './confirm';
export { applyEvidencePolicy, COMMON_WORD_NAMES, hasLocalEvidence, judgeEvidence, needsEvidence } from './evidence';
export {
  aclIdFromUrl,
  buildRefIndex,
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
  PREFIX_K,
  type PrefilterIndex,
  scanCandidates,
} from './prefilter';
export { findArxivIdsInText, findPaperRefsInText, mayHoldPaperRef } from './refs-in-text';
export { isShown, vouches } from './shown';
export type { Candidate, Confirmed, MatchKind, Mention, PatternEntry, Probe } from './types';
