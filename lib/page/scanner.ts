import { applyEvidencePolicy } from '../detect/evidence';
import { findArxivIdsInText, type PaperRef, parsePaperRef } from '../detect/links';
import { toMentions, toProbes } from '../detect/mentions';
import { resolveOverlaps } from '../detect/overlaps';
import { type PrefilterIndex, scanCandidates } from '../detect/prefilter';
import { QuickCheck } from '../detect/quick-check';
import type { Candidate, Confirmed, Mention, Probe } from '../detect/types';
import { warmUp } from '../detect/warm-up';
import { type NormalizedText, normalizeText } from '../text/normalize';
import type { Mark, MarkRegistry } from './marks';
import { locate, type Segment, SegmentWalk, type WalkFilter, type WalkItem } from './segments';
import { SLICE_MS, yieldToPage } from './slicing';

export interface DetectionKinds {
  titles: boolean;
  shortNames: boolean;
  links: boolean;
}

export interface ScannerDeps {
  prefilter: PrefilterIndex;
  registry: MarkRegistry;
  /** Background confirmation of prefilter candidates (it holds the catalog). */
  confirm(probes: Probe[]): Promise<Array<Confirmed | null>>;
  /** Background lookup of links and arXiv ids. */
  resolveRefs(refs: PaperRef[]): Promise<Array<string | null>>;
  kinds: DetectionKinds;
  /** An open shadow root is about to be scanned (the session watches it and styles its marks). */
  onShadowRoot?(root: ShadowRoot): void;
  /** Custom elements not defined yet, which may attach a shadow root later (see LateHosts). */
  onUndefinedHosts?(hosts: readonly Element[]): void;
}

const NOTHING: NormalizedText = normalizeText('');

/** A segment's marks are keyed by its first text node: a block can hold several segments. */
const ownerOf = (segment: Segment): Node => segment.nodes[0] as Node;

interface PendingSegment {
  segment: Segment;
  nt: NormalizedText;
  candidates: Candidate[];
  probes: Probe[];
  arxiv: Array<{ start: number; end: number; id: string }>;
}

interface ScannedBlock {
  segment: Segment;
  mentions: Mention[];
}

// A batch goes to the background once it has this many probes or refs (or the walk ends),
// so the round trip overlaps with scanning the rest of the page.
const BATCH = 400;

/**
 * Finds catalog papers in a part of the page and hands the marks to the registry. Weak short
 * names ("WARP", "GLUE") are kept aside and shown only with evidence; page evidence (the same
 * paper found by title, link or a shown short name anywhere) can arrive later, so they are
 * re-checked after each scan.
 */
export class PageScanner {
  private readonly weakBlocks = new Map<Node, ScannedBlock>();
  readonly strongPapers = new Set<string>();
  private checkedStrong = 0;
  private readonly quick: QuickCheck;

  constructor(private readonly deps: ScannerDeps) {
    this.quick = new QuickCheck(deps.prefilter);
    warmUp(this.quick);
  }

  /**
   * Scans `roots` in one sliced pass. Many roots at once (an infinite-scroll batch appends
   * hundreds of blocks) share time slices and background round trips: scanning them one by one
   * cost a round trip per block with a candidate and never yielded between small blocks.
   */
  async scan(roots: Node | readonly Node[], signal: AbortSignal): Promise<void> {
    let segments: PendingSegment[] = [];
    let links: HTMLAnchorElement[] = [];
    let probeCount = 0;
    const inFlight: Promise<void>[] = [];
    const flush = () => {
      if (segments.length) inFlight.push(this.confirmSegments(segments, signal));
      if (links.length) inFlight.push(this.resolveLinks(links, signal));
      segments = [];
      links = [];
      probeCount = 0;
    };
    const { kinds, registry } = this.deps;
    const filter: WalkFilter = {
      // Most blocks mention no paper: the walk feeds each text node to a fold-and-probe pass
      // with no allocation, and hands out only the blocks where it hits (or that may hold an
      // "arXiv:<id>"). Those are normalised and scanned in full here.
      quick: kinds.titles || kinds.shortNames ? this.quick : null,
      links: kinds.links,
      onPlain: (owner) => {
        this.weakBlocks.delete(owner);
        registry.drop(owner);
      },
    };
    const handle = (item: WalkItem) => {
      if (item.kind === 'link') {
        links.push(item.link);
        return;
      }
      const owner = ownerOf(item.segment);
      this.weakBlocks.delete(owner);
      const pending = this.prepare(item.segment, filter.quick !== null);
      if (pending) {
        segments.push(pending);
        probeCount += pending.candidates.length + pending.arxiv.length;
      } else registry.drop(owner);
    };
    const out: WalkItem[] = [];
    let deadline = performance.now() + SLICE_MS;
    const queue = Array.isArray(roots) ? [...roots] : [roots as Node];
    for (let r = 0; r < queue.length; r++) {
      const root = queue[r] as Node;
      if (!root.isConnected) continue;
      const walk = new SegmentWalk(root, filter);
      for (;;) {
        if (signal.aborted) return;
        const done = walk.run(deadline, out);
        for (const item of out) handle(item);
        out.length = 0;
        if (probeCount >= BATCH || links.length >= BATCH) flush();
        if (done) {
          // Web components: their open shadow trees are scanned like the rest of the page.
          for (const shadow of walk.shadowRoots) {
            this.deps.onShadowRoot?.(shadow);
            queue.push(shadow);
          }
          this.deps.onUndefinedHosts?.(walk.undefinedHosts);
          break;
        }
        if (performance.now() >= deadline) {
          await yieldToPage();
          deadline = performance.now() + SLICE_MS;
        }
      }
    }
    if (signal.aborted) return;
    flush();
    await Promise.all(inFlight);
    if (!signal.aborted) this.recheckWeak();
  }

  /**
   * Normalises and scans a block the walk handed out; null when it holds no candidate after all.
   * Its marks stay until the confirmed ones replace them (show): dropping them here made every
   * mark in a block blink off for a round trip on each rescan (a page updating a clock next to a
   * title rescans that block every 100 ms).
   */
  private prepare(segment: Segment, withText: boolean): PendingSegment | null {
    const { kinds, prefilter } = this.deps;
    const { text } = segment;
    const nt = withText ? normalizeText(text) : NOTHING;
    const candidates = withText
      ? scanCandidates(prefilter, nt, text).filter((c) => (c.kind === 'title' ? kinds.titles : kinds.shortNames))
      : [];
    const arxiv = kinds.links && text.length > 8 ? findArxivIdsInText(text) : [];
    if (candidates.length === 0 && arxiv.length === 0) return null;
    return { segment, nt, candidates, probes: toProbes(text, nt, candidates), arxiv };
  }

  private async confirmSegments(batch: PendingSegment[], signal: AbortSignal): Promise<void> {
    const confirmed = await this.deps.confirm(batch.flatMap((s) => s.probes));
    const refs = await this.deps.resolveRefs(
      batch.flatMap((s) => s.arxiv.map((a): PaperRef => ({ kind: 'arxiv', id: a.id }))),
    );
    if (signal.aborted) return;
    let c = 0;
    let r = 0;
    for (const pending of batch) {
      const { segment, nt, candidates, arxiv } = pending;
      const found = toMentions(segment.text, nt, candidates, confirmed.slice(c, c + candidates.length));
      c += candidates.length;
      for (const a of arxiv) {
        const paperId = refs[r++];
        if (paperId) found.push({ paperId, kind: 'title', start: a.start, end: a.end });
      }
      const mentions = resolveOverlaps(found);
      for (const m of mentions) if (m.kind === 'title') this.strongPapers.add(m.paperId);
      if (mentions.some((m) => m.kind === 'short')) this.weakBlocks.set(ownerOf(segment), { segment, mentions });
      this.show(segment, mentions);
    }
  }

  private async resolveLinks(links: HTMLAnchorElement[], signal: AbortSignal): Promise<void> {
    const parsed = links.map((link) => ({ link, ref: parsePaperRef(link.href) }));
    const known = parsed.filter((p): p is { link: HTMLAnchorElement; ref: PaperRef } => p.ref !== null);
    if (known.length === 0) return;
    const ids = await this.deps.resolveRefs(known.map((k) => k.ref));
    if (signal.aborted) return;
    known.forEach(({ link }, i) => {
      const paperId = ids[i];
      if (!paperId || !link.isConnected || !link.textContent?.trim()) return;
      this.strongPapers.add(paperId);
      const range = link.ownerDocument.createRange();
      range.selectNodeContents(link);
      this.deps.registry.replace(link, [{ paperId, kind: 'link', range, owner: link }]);
    });
  }

  /** Page evidence may have arrived since a block was scanned: show its weak names now. */
  private recheckWeak(): void {
    if (this.strongPapers.size === this.checkedStrong) return;
    this.checkedStrong = this.strongPapers.size;
    for (const [owner, scanned] of this.weakBlocks) {
      if (!owner.isConnected) this.weakBlocks.delete(owner);
      else this.show(scanned.segment, scanned.mentions);
    }
  }

  private show(segment: Segment, mentions: Mention[]): void {
    const accepted = applyEvidencePolicy(mentions, this.strongPapers, segment.text);
    // A short name shown (with its evidence) is page evidence too: "the GLUE benchmark [3]" in
    // the text vouches for the bare "GLUE" heading a results table's column.
    for (const m of accepted) if (m.kind === 'short') this.strongPapers.add(m.paperId);
    const doc = segment.block.ownerDocument;
    const marks: Mark[] = [];
    for (const m of accepted) {
      const start = locate(segment, m.start);
      const end = locate(segment, m.end, true);
      if (!start.node.isConnected || !end.node.isConnected) continue;
      const range = doc.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      marks.push({ paperId: m.paperId, kind: m.kind, range, owner: ownerOf(segment) });
    }
    this.deps.registry.replace(ownerOf(segment), marks);
  }

  reset(): void {
    this.weakBlocks.clear();
    this.strongPapers.clear();
    this.checkedStrong = 0;
  }
}
