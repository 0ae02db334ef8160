/**
 * Short-name evidence policy.
 *
 * A title match is specific enough on its own. A short name is not always: "WARP", "GLUE",
 * "CLUE", "Ares" and 2-4 letter acronyms ("SPT", "T5") occur in ordinary prose. Such "weak"
 * names count as a paper mention only with evidence:
 *   1. local evidence: a citation sign within ~60 chars either side (see hasLocalEvidence); a
 *      numeric one ("[12]") alone only on a page that names some paper of the catalog (every
 *      field numbers its footnotes), where it also vouches for the name's later uses, or
 *   2. page evidence: the same paper was identified on the page by its full title, a link
 *      (arXiv, DOI, ACL Anthology, OpenReview), a distinctive name of its own, or its weak name named as a
 *      research work ("the GLUE benchmark [3]" above a table headed "GLUE"), so the page is
 *      clearly talking about it. A weak name shown for a citation sign alone is not: any
 *      scholarly page cites, and on a biology page one "histone H3 (… 2022)" would otherwise mark
 *      every H3 as the Hungry Hungry Hippos paper.
 *   3. company: another paper's mention (a title, a link, a distinctive name) within ~60 chars
 *      of it in the same sentence and at most four words away: "GLUE, SuperGLUE and CLUE" is a
 *      list of benchmarks, "XPrompt outperforms WARP" a comparison. It vouches for nothing else:
 *      the list may hold another thing of the name ("LightGlue for matching and H3 for spatial
 *      indexing" is Uber's H3 grid).
 *   4. its own expansion: the name in brackets after the first words its title or abstract
 *      spells it out with, or before them ("Semi-Parametric Prompt Tuning (SPT)", "WARP
 *      (Word-level Adversarial ReProgramming)"), or two of those words together in its sentence
 *      ("SPT made it semi-parametric"). That names the paper, and vouches for it
 *      page-wide; spelled out as anything else ("Space Propulsion Technology (SPT)") it is
 *      another thing, with no evidence counting.
 *   5. its title's words: two of them together in its sentence ("I did not try H3 or any state
 *      space model"), not two words any paper of the field uses ("language models"). Shown, and
 *      vouching for nothing else: that is a topic, not the paper's own words for its name.
 * A weak name continued by a hyphen and a capital or digit ("GLUE-X"), a dot and a digit ("H3.3")
 * or a plus ("WARP+") is part of another name; one followed by a noun that makes it another thing
 * ("WARP terminal", "an H3 heading") is that thing, whatever else the page says, and so is one
 * followed by a colon and another work's title ("WARP: On the Benefits of Weight Averaged
 * Rewarded Policies": see other-title.ts), one the page says is something in words its paper's
 * title and abstract never use ("GLUE is a grid middleware", "GLUE, the Grid Laboratory Uniform
 * Environment") and one it gives to something else ("we call our alerting stack ARES", "a 2024
 * paper on RLHF is also called WARP", "WARP (the reward model averaging one)": see
 * defined-as.ts); the block's other bare uses of the name are that thing too. One spelled out as
 * another thing or followed by a noun that makes it one makes all its uses in the block that
 * thing ("single-particle tracking (SPT) … the SPT datasets"), whatever research words or citation signs stand around them, unless the paper's own
 * marks name it there (its first author and year, its expansion, even paraphrased, or its words).
 * Research words count only next to the name ("the GLUE benchmark") or as a score on it ("77.4
 * on CLUE"); further off in its sentence they say nothing ("In our benchmark tests, 30 GLUE
 * sticks", "H3 ChIP-seq datasets"). Signs count within the name's sentence.
 * Local evidence does not count in capitals-only text (headlines, shouting), where casing says
 * nothing. And neither counts when a citation attached to the name gives another year than the
 * paper's: "WARP (Ramé et al., 2024)" is a later paper called WARP, not this one. A citation
 * nearby whose years are all another paper's ("histone H3 at lysine 27 (Smith et al., 2019)")
 * is no local evidence either.
 * Distinctive names ("SuperGLUE", "XPrompt", "LightGlue", "ST-MoE", "WebArena") need none:
 * they are matched with exact casing, so "superglue the handle" is never SuperGlue anyway.
 */

import { attributeOfNoun, partOfProperName } from './attribute-noun';
import { casualTitleEvidence } from './casual-titles';
import { citedInNextSentence, citesOtherWork, citesThisWork } from './citations';
import { nearOther } from './company';
import { calledSoToo, deniesPaper, describedAsOther, saysWhichOther } from './defined-as';
import { weakNameGoesOn } from './longer-names';
import { titlesAnotherWork } from './other-title';
import { isShown } from './shown';
import { EVIDENCE_WINDOW, isShouting, localEvidence, namesAnotherThing, sentenceAfter, sentenceBefore } from './signs';
import {
  echoesExpansion,
  echoesTitle,
  LOOK_BACK_CHARS,
  spelledAfter,
  spelledAs,
  spelledLike,
  spellsOut,
} from './spelled-out';
import type { Evidence, Mention, WeakNameProfile } from './types';
import { needsEvidence } from './weak-names';

export { citesOtherWork, citesThisWork } from './citations';
export { EVIDENCE_WINDOW, hasLocalEvidence, isShouting, type LocalEvidence, localEvidence } from './signs';
export { COMMON_WORD_NAMES, needsEvidence } from './weak-names';

/** A weak name that its block spells out as another thing, or names one with the noun after it
 * (judgeEvidence): 'none', for it and for the block's other uses of the name that nothing of the
 * paper's own names. */
const OTHER = 'other';
/** 'named' by the paper's own marks, which hold even in a block that says the name is another
 * thing: a citation of its first author and year, its own expansion, its expansion's words. */
const OWN = 'own';
/** Another thing by a weaker reading (a citation of another year, a description): 'none', and it
 * makes the block's 'page' uses 'none', not those named or cited. */
const OTHER_WEAK = 'other-weak';

const MODEL_SIZE = /^[-‐‑]\d+(?:\.\d+)?[MBT](?![\p{L}\d])/u;

// Code: a member of something ("ElementType.BUTTON", "tasks.GLUE") is a constant, not a paper.
const MEMBER_OF = /[\p{L}\p{N}_]\.$/u;

/**
 * What each mention needs to be shown, judged from its block alone (the background does this, so
 * the page runs none of these expressions): undefined for mentions that stand on their own
 * (titles, links, distinctive names); for a weak short name, 'none' when it names another work
 * ("GLUE-X", a citation of another year), 'named' when its block names it as a research work
 * ("the GLUE benchmark", arXiv: shown, and it vouches for the paper across the page), 'block'
 * when its block gives other evidence (a citation sign, another paper's mention next to it:
 * shown, and vouching for nothing else), 'numbered' when a numeric citation ("[12]") is all it
 * has (shown, and vouching, once the page names any paper of the catalog), and 'page' when only
 * its own paper found elsewhere on the page can vouch for it (see isShown).
 */
export function judgeEvidence(
  mentions: readonly Mention[],
  text: string,
  profiles?: ReadonlyMap<string, WeakNameProfile>,
): Array<Evidence | undefined> {
  const weak = (m: Mention) => m.kind !== 'title' && m.shortName !== undefined && needsEvidence(m.shortName);
  // Mentions that stand on their own: titles, links and distinctive names; not one at a seam,
  // which the page may yet find is part of a longer word ("MyLightGlue and WARP").
  const strong = mentions.filter((m) => !weak(m) && !m.casual && m.seams === undefined);
  const judged = mentions.map((m): Evidence | typeof OTHER | typeof OTHER_WEAK | typeof OWN | undefined => {
    if (m.casual) return casualTitleEvidence(text, m.start, m.end, nearOther(m, strong, text));
    if (!weak(m)) {
      // "P-tuning: Prompt tuning can be comparable to … . In ACL": another work's title, in a reference.
      const named = m.kind === 'short' && m.shortName !== undefined;
      const after = named ? text.slice(m.end, m.end + 200) : '';
      return named && titlesAnotherWork(after, profiles?.get(m.paperId)?.titleWords, true) ? OTHER : undefined;
    }
    const after = text.slice(m.end, m.end + EVIDENCE_WINDOW);
    // A model of the paper by its size ("H3-125M", "H3-1.3B", as "ST-MoE-32B" is ST-MoE's): a
    // count of parameters is research's, and names the paper.
    if (MODEL_SIZE.test(after)) return 'named';
    // "GLUE-X", "H3.3", "WARP+": part of a longer name (longer-names.ts).
    if (weakNameGoesOn(after)) return 'none';
    if (MEMBER_OF.test(text.slice(Math.max(0, m.start - 2), m.start))) return 'none';
    if (citesOtherWork(after, m.year)) return OTHER_WEAK;
    const before = text.slice(Math.max(0, m.start - EVIDENCE_WINDOW), m.start);
    const profile = profiles?.get(m.paperId);
    // "ARES Robotics", "WARP terminal"; "WARP: On the Benefits of Weight Averaged Rewarded Policies".
    // (The title and what follows it may run past the evidence window: AFTER_COLON reads 160.)
    const title = text.slice(m.end, m.end + 200);
    if (namesAnotherThing(before, after, m.shortName) || titlesAnotherWork(title, profile?.titleWords, false, before))
      return OTHER;
    // "WARP (the reward model averaging one from DeepMind)": before a citation nearby can name it.
    if (saysWhichOther(after, profile?.vocabulary)) return OTHER;
    if (citesThisWork(before, after, m.year, m.author)) return OWN;
    if (citedInNextSentence(text.slice(m.end, m.end + LOOK_BACK_CHARS), m.year, m.author)) return OWN;
    // "Semi-Parametric Prompt Tuning (SPT)": the name given with its title's own expansion.
    const spelling = text.slice(Math.max(0, m.start - LOOK_BACK_CHARS), m.start);
    if (spellsOut(spelling, after, profile?.expansions)) return OWN;
    // "GLUE, the Grid Laboratory Uniform Environment", "GLUE (Generalized Likelihood Uncertainty
    // Estimation)": spelled out right after it, as its paper does ("ARES, an Automated RAG
    // Evaluation System") or as something else.
    // (Further than the evidence window: "CAID benchmark dataset (Critical Assessment of protein
    // Intrinsic Disorder)".)
    const spelledNext = spelledAfter(text.slice(m.end, m.end + LOOK_BACK_CHARS), m.shortName as string);
    if (spelledNext) return spelledLike(spelledNext, profile?.expansions) ? OWN : OTHER;
    // "Space Propulsion Technology (SPT)": the page spells the name out as something else.
    const spelledBefore = /^\s*\)/u.test(after) ? spelledAs(spelling, m.shortName as string) : undefined;
    if (spelledBefore) return spelledLike(spelledBefore, profile?.expansions) ? OWN : OTHER;
    if (isShouting(before, after)) return 'page';
    const near = nearOther(m, strong, text);
    const local = localEvidence(before, text.slice(m.end, m.end + LOOK_BACK_CHARS), m.year, m.author);
    if (local === 'named') return 'named';
    // "we call our alerting stack ARES too", "… is also called WARP [7]" (read before the window).
    if (calledSoToo(spelling, profile?.vocabulary)) return OTHER_WEAK;
    // A list or a comparison with another paper of the catalog: shown, and vouching for nothing
    // else, since the list may hold another thing of that name ("SuperGlue and LightGlue for
    // matching and H3 for spatial indexing": Uber's H3 grid).
    if (near) return 'block';
    // "GLUE is a grid middleware": said to be something its paper is not (a citation sign nearby
    // may be the other thing's: a Scholar snippet's).
    if (describedAsOther(m.shortName as string, before, after, profile?.vocabulary)) return OTHER_WEAK;
    // "ARES (no, not the RAG evaluation framework)": denied in the paper's own words.
    if (deniesPaper(after, profile?.vocabulary)) return OTHER;
    // "SPT made it semi-parametric": its sentence describes it in its expansion's words.
    const sentence = `${sentenceBefore(before)} ${sentenceAfter(after)}`;
    if (echoesExpansion(sentence, profile?.expansions)) return OWN;
    // "I did not try H3 or any state space model": two words of its title together. Shown, and
    // vouching for nothing else: a topic of the field, not the paper's own words for its name.
    if (echoesTitle(sentence, profile?.titleWords)) return 'block';
    if (local === 'cited') return 'block';
    if (local === 'numbered') return 'numbered';
    // "The ARES soundtrack": the kind of a noun, not the paper, whatever the page says elsewhere;
    // "from UWE Bristol": a proper name's first word.
    return attributeOfNoun(before, after) || partOfProperName(sentenceBefore(before), after) ? OTHER_WEAK : 'page';
  });
  // A block that says its name is another thing means that thing by its other uses too. Spelled
  // out as another thing, or with a noun that makes it one (OTHER: "single-particle tracking (SPT)
  // … the SPT datasets from our 2023 paper"), by all of them, research words and citation signs
  // around them included: only the paper's own marks (OWN) still name it there. Described as
  // another thing, or cited with another year (OTHER_WEAK: "GLUE is a grid middleware …, and GLUE
  // is used by every site"), by its bare uses only ('page').
  const other = new Set(mentions.filter((_, i) => judged[i] === OTHER).map((m) => m.paperId));
  const otherWeak = new Set(mentions.filter((_, i) => judged[i] === OTHER_WEAK).map((m) => m.paperId));
  return judged.map((e, i) => {
    if (e === OWN) return 'named';
    const m = mentions[i] as Mention;
    if (e === OTHER || e === OTHER_WEAK || (e !== undefined && other.has(m.paperId))) return 'none';
    if (e === 'page' && otherWeak.has(m.paperId)) return 'none';
    // Glued to its neighbours' text on both sides (a seam: "Trending in United States" + "ARES" +
    // "5,821 posts" in a sidebar's spans), or on one side and alone on the other, a bare weak
    // name is a label or a chip: the page's evidence does not reach it, only its own block's. A
    // sentence going on past it is prose: a PDF viewer's text layer runs "For" and an italic
    // "ARES" together, then " we use the released judges" (the seventh trial).
    if (e === 'page' && m.seams !== undefined && isChip(m, text)) return 'none';
    return e;
  });
}

/** Is a mention at a seam glued to its neighbours on both sides, or at its block's edge on the
 * side without a seam? */
function isChip(m: Mention, text: string): boolean {
  const seams = m.seams ?? [];
  const atStart = seams.includes(m.start) || text.slice(0, m.start).trim() === '';
  const atEnd = seams.includes(m.end) || text.slice(m.end).trim() === '';
  return atStart && atEnd;
}

/**
 * Drops weak short-name mentions without evidence. `text` is the block the mention offsets
 * refer to; `pagePaperIds` are papers found on the page by title, link or a name that vouches.
 */
export function applyEvidencePolicy<T extends Mention>(
  mentions: readonly T[],
  pagePaperIds: ReadonlySet<string>,
  text: string,
): T[] {
  const evidence = judgeEvidence(mentions, text);
  return mentions.filter((m, i) => isShown(evidence[i], m.paperId, pagePaperIds));
}
