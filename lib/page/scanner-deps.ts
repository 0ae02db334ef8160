// What PageScanner is given (the registry, the background's two lookups) and what it keeps of a
// block whose weak names wait for evidence.
import type { BlockMentions, DetectionKinds, Mention } from '../detect/types';
import type { MarkRegistry } from './marks';
import type { SetApart } from './seams';
import type { Segment } from './text-batch';

export interface ScannerDeps {
  registry: MarkRegistry;
  /** Background detection in blocks of text (it holds the catalog; see lib/detect/blocks). */
  scanTexts(texts: string[], kinds: DetectionKinds): Promise<BlockMentions[]>;
  /** Background lookup of links: the paper each href goes to, or null. */
  resolveLinks(hrefs: string[], base: string): Promise<Array<string | null>>;
  kinds: DetectionKinds;
  /** An open shadow root is about to be scanned (the session watches it and styles its marks). */
  onShadowRoot?(root: ShadowRoot): void;
  /** Custom elements not defined yet, which may attach a shadow root later (see LateHosts). */
  onUndefinedHosts?(hosts: readonly Element[]): void;
  /** Whether two text nodes that meet are shown apart (lib/page/seams.ts); tests without layout. */
  setApart?: SetApart;
}

/** A block with short names not shown for want of evidence: they may be shown later. */
export interface ScannedBlock {
  segment: Segment;
  mentions: Mention[];
  /** The papers of those short names (or ANY_PAPER, for a numeric citation: see awaits): only
   * their arrival as page evidence can change the block. */
  waiting: Set<string>;
}
