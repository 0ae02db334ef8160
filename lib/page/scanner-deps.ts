// What PageScanner is given (the registry, the background's two lookups), how it asks, and what
// it keeps of a block whose weak names wait for evidence.
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

/** The mentions in each block's text (null: none), from the background; none asked for when
 * every kind of detection is off. */
export async function askBackground(deps: ScannerDeps, texts: string[]): Promise<Array<Mention[] | null>> {
  const { kinds } = deps;
  const answers: Array<Mention[] | null> = new Array(texts.length).fill(null);
  if (!kinds.titles && !kinds.shortNames && !kinds.links) return answers;
  for (const f of await deps.scanTexts(texts, kinds)) answers[f.block] = f.mentions;
  return answers;
}
