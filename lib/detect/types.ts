// Types shared by the content-script side (walk, marks, evidence) and the background side (scan).

/** One catalog record as the detector sees it. */
export interface PatternEntry {
  id: string;
  title: string;
  shortName?: string;
  /** Other names it goes by (Paper.aliases), matched exactly like the short name. */
  aliases?: readonly string[];
  /** Publication year: a citation attached to a weak short name must agree with it. */
  year?: number;
  /** The first author's family name: a citation of them attached to a weak name names the paper. */
  author?: string;
  /** The abstract: where it spells out a weak name ("… Evaluation benchmark (GLUE)"), a page that
   * does the same names the paper. */
  abstract?: string;
  /** This entry is another entry's title without its name: its naming subtitle (subtitles.ts). */
  subtitle?: true;
}

export type MatchKind = 'title' | 'short';

/** A possible mention found by the prefilter; `start` indexes NormalizedText.chars. */
export interface Candidate {
  start: number;
  kind: MatchKind;
  /**
   * What the background needs to confirm. Title: up to maxTitleKeyLength + 1 stream chars, with
   * ' ' before each word-start char and "'" before a char joined across an apostrophe.
   * Short: the folded key itself (its stream length is probe.length).
   */
  probe: string;
}

/** Sent to the background. `original` is the source text of a short candidate's span, so the
 * exact-case short name can be picked ("SuperGLUE" vs "SuperGlue" share the key "superglue"). */
export interface Probe {
  kind: MatchKind;
  probe: string;
  original?: string;
}

export interface Confirmed {
  paperId: string;
  /** Match length in stream chars, from the candidate's start. */
  length: number;
  kind: MatchKind;
  /** Exact-case short name or alias that matched (short matches only). */
  shortName?: string;
  /** A title's closing "?" or "!" (title matches only): the mark takes it in when the text has it. */
  closing?: string;
  /** A title that runs straight into the next word ("… Language Modelscs.CR"): its end is a seam
   * the page must find (see Mention.seams). */
  glued?: true;
  /** A title cut short ("… A Case Study…"): a match only where the text has an ellipsis there. */
  cut?: true;
  /** A title's naming subtitle, as the catalog writes it: a mention only where the text sets it
   * apart as a title (subtitles.ts standsAsTitle). */
  subtitle?: string;
  /** A short title as the catalog writes it: in small letters where it has capitals, a mention
   * needs evidence (casual-titles.ts). */
  written?: string;
  /** The paper's year and first author's family name (short matches only), for the evidence policy. */
  year?: number;
  author?: string;
  /** Other papers with the same short-name key: all of them without `original`, or the ones
   * with the same exact-case name (e.g. two papers called "WARP"). */
  alternatives?: Array<{ paperId: string; shortName: string }>;
}

/** What a paper's own title and abstract say of its weak name: the expansions they spell it out
 * with (spelled-out.ts) and the stems of their words, which a page's description of the name must
 * share (defined-as.ts). */
export interface WeakNameProfile {
  expansions: readonly (readonly string[])[];
  vocabulary: ReadonlySet<string>;
  /** Its title's words besides the name (titleWordsOf). */
  titleWords: readonly string[];
}

/** What a weak short name needs to be shown (see judgeEvidence in evidence.ts). */
export type Evidence = 'named' | 'block' | 'numbered' | 'page' | 'none';

/** A mention located in the original text: [start, end) are original string indexes. */
export interface Mention {
  paperId: string;
  kind: MatchKind;
  start: number;
  end: number;
  shortName?: string;
  year?: number;
  author?: string;
  /** Set by the background for weak short names and casual titles only. */
  evidence?: Evidence;
  /** A short title written in small letters where it has capitals ("GPT understands too"): it
   * needs evidence (casual-titles.ts). */
  casual?: true;
  /**
   * Where the mention starts or ends at a seam ("#402ARES: …", see SEAM in lib/text/normalize):
   * the text offsets at which one of the page's text nodes must begin for it to count
   * (lib/page/seams.ts). Absent for a mention with separators around it.
   */
  seams?: number[];
  /** A title whose end runs into the next word (see Confirmed.glued): it gives way to every other
   * mention it overlaps. */
  glued?: true;
  /** Judged with the blocks after its own (a label, a heading: lib/detect/label.ts): its answer
   * depends on them, not on its block's text alone, so the page does not reuse it (RecentAnswers). */
  readsNext?: true;
}

/** Which kinds of mention a page wants (the user's detection settings). */
export interface DetectionKinds {
  titles: boolean;
  shortNames: boolean;
  links: boolean;
}

/** The mentions found in one block of a scan request, by the block's index in the request. */
export interface BlockMentions {
  block: number;
  mentions: Mention[];
}

/** Most a content script sends in one scan request (the background refuses more). A page's text
 * goes in requests of up to ~1,000,000 characters and 5,000 blocks; only one block longer than
 * that (a plain-text file shown as one <pre>) makes a bigger one, and a block over `chars` is not scanned:
 * extension messages are limited to 64 MiB, and 16 million characters of Chinese are 32 MB as a
 * structured clone, 48 MB as JSON (older Chrome). */
export const SCAN_LIMITS = { blocks: 5_000, chars: 16_000_000 } as const;
