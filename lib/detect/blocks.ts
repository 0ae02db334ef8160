// The detector's main pass, run in the background on the blocks of text a content script sends:
// fold-and-probe each block, and for the few that may mention a paper, scan, confirm and locate.
// Running it here keeps the page's main thread to one walk of its text (see docs/bench.md).

import { normalizeText } from '../text/normalize';
import { withCaseVariants } from './case-variants';
import { citesThisWork } from './citations';
import { buildConfirmIndex, type ConfirmIndex, confirmCandidates } from './confirm';
import { vocabularyOf } from './defined-as';
import { judgeEvidence, needsEvidence } from './evidence';
import { inHandleOrAddress } from './handles';
import { isLabel, isNamedHeading, labelEvidence, spelledInBrackets } from './label';
import { lookupRef, type RefIndex } from './links';
import { dropPartsOfLongerNames } from './longer-names';
import { toMentions, toProbes } from './mentions';
import { resolveOverlaps } from './overlaps';
import { buildPrefilter, type PrefilterIndex, scanCandidates } from './prefilter';
import { mayHaveCandidates, QuickCheck } from './quick-check';
import { findPaperRefsInText, mayHoldPaperRef } from './refs-in-text';
import { withSpacedName } from './spaced-names';
import { expansionsOf, LOOK_BACK_CHARS, titleWordsOf } from './spelled-out';
import { withSubtitles } from './subtitles';
import { buildTwins, type Twin, withCitedTwin } from './twins';
import type { BlockMentions, DetectionKinds, Mention, PatternEntry, WeakNameProfile } from './types';
import { warmUp } from './warm-up';

export interface BlockIndex {
  prefilter: PrefilterIndex;
  confirm: ConfirmIndex;
  refs: RefIndex;
  /** Per paper with a weak short name: what its own title and abstract say of it (see
   * WeakNameProfile); per paper with a distinctive one, its title's words alone. */
  profiles: Map<string, WeakNameProfile>;
  /** Papers whose short name another paper has in another casing (SuperGlue, SuperGLUE). */
  twins: Map<string, Twin>;
}

const NO_WORDS: ReadonlySet<string> = new Set();

export function buildBlockIndex(entries: readonly PatternEntry[], refs: RefIndex): BlockIndex {
  // "SWE-bench Pro" for SWE-Bench Pro: matched, not weighed (the profiles are of weak names);
  // "Local Feature Matching at Light Speed" for LightGlue's title, matched as one.
  const matched = withSubtitles(withCaseVariants(entries));
  const prefilter = buildPrefilter(matched);
  warmUp(new QuickCheck(prefilter));
  const profiles = new Map<string, WeakNameProfile>();
  for (const { id, title, shortName, aliases = [], abstract } of entries) {
    // Aliases too: an abstract coins them spelled out ("Centralized Asynchronous Isolated Delegation (CAID)").
    const names = [shortName, ...aliases].filter((name): name is string => name !== undefined);
    const weak = names.filter(needsEvidence);
    // A distinctive name needs its title's words only, to tell another work's title after it.
    if (weak.length === 0) {
      if (names.length > 0)
        profiles.set(id, { expansions: [], vocabulary: NO_WORDS, titleWords: titleWordsOf(title, names) });
      continue;
    }
    const expansions = weak.flatMap((name) => expansionsOf(title, name, abstract));
    profiles.set(id, { expansions, vocabulary: vocabularyOf(title, abstract), titleWords: titleWordsOf(title, weak) });
  }
  return {
    prefilter,
    confirm: buildConfirmIndex(matched),
    refs,
    profiles,
    twins: buildTwins(entries),
  };
}

// A page's "(2410.22330)" is a paper when the catalog has that id (see findPaperRefsInText).
const BARE_IDS = { bareIds: true };

/**
 * Finds the catalog papers in each block (a block is the text of one element of prose, joined
 * across inline elements, with "\n" for a <br>). Returns only the blocks with mentions. Weak
 * short names are included with what they need to be shown (judgeEvidence): whether their
 * paper is elsewhere on the page, only the page knows.
 */
/** `own`: the paper the page itself is (its arXiv page, its HTML version): its id written in the
 * page's text ("arXiv:2306.13643v2 [cs.CV] 23 Jun 2023" in the margin, a footer) is the page's
 * label, as its links to itself are its navigation (DetectorService.links). */
export function findInBlocks(
  ix: BlockIndex,
  texts: readonly string[],
  kinds: DetectionKinds,
  own: string | null = null,
): BlockMentions[] {
  const out: BlockMentions[] = [];
  const names = kinds.titles || kinds.shortNames;
  for (let b = 0; b < texts.length; b++) {
    const text = texts[b] as string;
    if (text.length === 0) continue;
    const found: Mention[] = [];
    // The fold-and-probe pass first: most blocks cannot hold a title or short name.
    if (names && mayHaveCandidates(ix.prefilter, text)) {
      const nt = normalizeText(text, true);
      const candidates = scanCandidates(ix.prefilter, nt, text).filter((c) =>
        c.kind === 'title' ? kinds.titles : kinds.shortNames,
      );
      if (candidates.length > 0) {
        const confirmed = confirmCandidates(ix.confirm, toProbes(text, nt, candidates));
        const named = toMentions(text, nt, candidates, confirmed).filter((m) => !inHandleOrAddress(m, text));
        const mentions = dropPartsOfLongerNames(named, text);
        found.push(...mentions.map((m) => withCitedTwin(withSpacedName(m, text, ix.confirm.shorts), text, ix.twins)));
      }
    }
    if (kinds.links && text.length > 8 && mayHoldPaperRef(text, BARE_IDS)) {
      for (const a of findPaperRefsInText(text, BARE_IDS)) {
        const paperId = lookupRef(ix.refs, a.ref);
        if (paperId && paperId !== own) found.push({ paperId, kind: 'title', start: a.start, end: a.end });
      }
    }
    if (found.length > 0) {
      const mentions = withEvidence(resolveOverlaps(found), text, ix.profiles);
      out.push({ block: b, mentions: asLabel(mentions, text, texts, b, ix.profiles) });
    }
  }
  return out;
}

/** Weak short names carry what they need to be shown, judged from their block. */
function withEvidence(mentions: Mention[], text: string, profiles: Map<string, WeakNameProfile>): Mention[] {
  const evidence = judgeEvidence(mentions, text, profiles);
  return mentions.map((m, i) => {
    const needs = evidence[i];
    return needs === undefined ? m : { ...m, evidence: needs };
  });
}

/** A block that is a weak name alone is judged by the next block with text, and one that opens
 * a short heading with it ("GLUE: 20 years on") by what the next blocks spell it out as (label.ts). */
function asLabel(
  mentions: Mention[],
  text: string,
  texts: readonly string[],
  b: number,
  profiles: Map<string, WeakNameProfile>,
): Mention[] {
  const m = mentions[0] as Mention;
  if (mentions.length !== 1 || m.evidence !== 'page' || m.shortName === undefined) return mentions;
  const label = isLabel(text, m);
  if (!label && !isNamedHeading(text, m)) return mentions;
  const below: string[] = [];
  for (let next = b + 1; next < texts.length && below.length < BELOW_BLOCKS; next++)
    if ((texts[next] as string).trim() !== '') below.push(texts[next] as string);
  const name = m.shortName as string;
  const profile = profiles.get(m.paperId);
  const said =
    (label && below[0] !== undefined ? labelEvidence(name, below[0], profile) : undefined) ??
    below.map((block) => spelledInBrackets(name, block, profile)).find((e) => e !== undefined) ??
    // A table's row: "GLUE" | "9 English tasks" | "Wang et al., 2018" cites its paper in a cell of its own.
    (label && below.some((block) => citesThisWork('', block.slice(0, LOOK_BACK_CHARS), m.year, m.author))
      ? 'named'
      : undefined);
  return [{ ...m, evidence: said ?? m.evidence, readsNext: true }];
}

/** How many blocks below a label or heading are read: a search result's author line, then its snippet. */
const BELOW_BLOCKS = 2;
