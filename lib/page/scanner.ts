import { awaits, hasArrived, isShown, vouches } from '../detect/shown';
import type { Mention } from '../detect/types';
import { BATCH, IN_FLIGHT, MAX_BLOCK_CHARS } from './batching';
import { inTurns } from './in-turns';
import { linkMarks } from './link-marks';
import { isWithin } from './mark-pieces';
import { askRemembering, RecentAnswers } from './recent-answers';
import { askBackground, type ScannedBlock, type ScannerDeps } from './scanner-deps';
import { atNodeSeams } from './seams';
import { ownerOf, segmentMarks } from './segment-marks';
import { SegmentWalk, type WalkOptions } from './segments';
import { isInsideSkipped } from './skip';
import { SLICE_MS, yieldToPage } from './slicing';
import { type Segment, TextBatch } from './text-batch';
import { TitledCards } from './titled-cards';

export type { ScannerDeps } from './scanner-deps';

/**
 * Finds catalog papers in a part of the page and hands the marks to the registry. The page's
 * side is a walk that reads the text once; the background finds the papers in it. Weak short
 * names ("WARP", "GLUE") are kept aside and shown only with evidence; page evidence (the same
 * paper found by title, link or a name that vouches for it anywhere) can arrive later, so they are
 * re-checked after each scan.
 */
export class PageScanner {
  private readonly weakBlocks = new Map<Node, ScannedBlock>();
  readonly strongPapers = new Set<string>();
  private checkedStrong = 0;
  private readonly recent = new RecentAnswers();
  /** Blocks that have had marks or weak names waiting. */
  private readonly markedBlocks = new WeakSet<Element>();
  /** How many times the page's observer cleared elements (forgetWithin). A scan asks once its
   * walk is over, so on a large page an answer can land well after the page hid a part it read or
   * sent a link elsewhere: if anything was cleared since the scan began, an answer for a part the
   * walk would now step over, or for a changed link, is dropped. */
  private clears = 0;
  /** Side links beside a title marked as text (a Scholar result's "[PDF] arxiv.org"). */
  private readonly cards: TitledCards;

  constructor(private readonly deps: ScannerDeps) {
    this.cards = new TitledCards(deps.registry);
  }

  /** Scans `roots` in one sliced pass. Many roots at once (an infinite-scroll batch appends
   * hundreds of blocks) share time slices and background round trips: one by one cost a round
   * trip per block and never yielded between small blocks. A rescan (`rescan`: the page changed)
   * answers blocks whose text it has seen lately without asking the background. */
  async scan(roots: Node | readonly Node[], signal: AbortSignal, rescan = false): Promise<void> {
    const { kinds } = this.deps;
    let batch = new TextBatch();
    let links: HTMLAnchorElement[] = [];
    // Nothing is sent before the walk is over (see BATCH).
    const clears = this.clears;
    const requests: Array<() => Promise<void>> = [];
    const linkRequests: Array<() => Promise<void>> = [];
    const endBatch = () => {
      const full = batch;
      if (full.size > 0) requests.push(() => this.findIn(full, signal, rescan, clears));
      batch = new TextBatch();
    };
    const endLinks = () => {
      const found = links;
      if (found.length > 0) linkRequests.push(() => this.resolveLinks(found, signal, clears));
      links = [];
    };
    const options: WalkOptions = { links: kinds.links ? 'papers' : 'none' };
    const forget = (owner: Text) => this.forget(owner);
    let deadline = performance.now() + SLICE_MS;
    const queue = Array.isArray(roots) ? [...roots] : [roots as Node];
    const rewalked = new Set<Node>();
    for (let r = 0; r < queue.length; r++) {
      const root = queue[r] as Node;
      if (!root.isConnected) continue;
      const walk = new SegmentWalk(root, options, MAX_BLOCK_CHARS, forget);
      for (;;) {
        if (signal.aborted) return;
        const status = walk.run(deadline, batch, links, BATCH);
        if (status === 'full') endBatch();
        if (links.length >= BATCH.links) endLinks();
        if (status === 'done') {
          // Once per root: a page that rebuilds itself faster than the walk would keep it busy;
          // after that, the observer's rescans of what changed have to do.
          if (walk.interrupted && root.isConnected && !rewalked.has(root)) {
            rewalked.add(root);
            queue.push(root);
          }
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
    endBatch();
    endLinks();
    // Every answer lands before the scan ends, even when a request fails (the worker stopped
    // mid-request): the others would otherwise land later, over a newer rescan's marks.
    try {
      await inTurns(requests.splice(0).concat(linkRequests.splice(0)), IN_FLIGHT, signal);
    } finally {
      if (!signal.aborted) this.recheckWeak();
    }
  }

  /** The marks and waiting weak names of every block and link inside one of `els` go (they are
   * read again by a rescan); true if any mark went. */
  forgetWithin(els: ReadonlySet<Node>): boolean {
    this.clears++;
    for (const owner of this.weakBlocks.keys()) if (isWithin(owner, els)) this.weakBlocks.delete(owner);
    return this.deps.registry.dropWithin(els);
  }

  /** A block without mentions (any more): its old marks go. */
  private forget(owner: Node): void {
    this.weakBlocks.delete(owner);
    this.deps.registry.drop(owner);
  }

  /**
   * The marks kept under any of `nodes` but `owner` go. A block's marks are keyed by its first
   * text node, and the page can change which node that is: text put before it, or a block put
   * after blank text that started the block and is now passed over (SegmentWalk). The marks under
   * the old key would stay, over whatever that node says by now.
   */
  private forgetKeys(nodes: Iterable<Node>, owner: Node | null = null): void {
    // Until the first marks land nothing is kept under any node: a 1 MB page's first answer
    // would otherwise look up each of its ~3,000 blank nodes between blocks, and more.
    if (this.deps.registry.isEmpty && this.weakBlocks.size === 0) return;
    for (const node of nodes) if (node !== owner) this.forget(node);
  }

  /**
   * Has the background find papers in a batch of blocks and shows them. A rescanned block keeps
   * its marks until the answer replaces them: dropping them first made every mark in a block
   * blink off for a round trip on each rescan (a page updating a clock next to a title rescans
   * that block every 100 ms).
   */
  private async findIn(batch: TextBatch, signal: AbortSignal, rescan: boolean, clears: number): Promise<void> {
    const ask = (texts: string[]) => askBackground(this.deps, texts);
    if (!rescan) {
      const answers = await ask(batch.texts);
      if (signal.aborted) return;
      this.forgetKeys(batch.skipped);
      this.answer(batch, answers.entries(), clears);
      return;
    }
    // Texts answered lately at once, before the page paints again; the others after their round trip.
    const { known, asked, rest } = askRemembering(this.recent, batch, ask);
    this.forgetKeys(batch.skipped);
    this.answer(batch, known, clears);
    if (asked.length === 0) return;
    const fresh = await rest;
    if (!signal.aborted)
      this.answer(
        batch,
        asked.map((b, i) => [b, fresh[i] ?? null]),
        clears,
      );
  }

  /** Shows the answers for some blocks of a batch: [block, its mentions (null: none)]. */
  private answer(batch: TextBatch, answers: Iterable<[number, Mention[] | null]>, clears: number): void {
    const late = this.clears !== clears;
    for (const [b, mentions] of answers) {
      if (!mentions) {
        // A block marked before drops its marks, under whichever of its nodes. Listing a leaf
        // block's nodes costs a walk, which blocks never marked (most of a page) do without.
        if (batch.isLeaf(b) && !this.markedBlocks.has(batch.blocks[b] as Element)) continue;
        this.forgetKeys(batch.textNodes(b));
        continue;
      }
      if (late && isInsideSkipped(batch.blocks[b] as Element)) continue;
      // Null: a block whose text changed since it was read; the observer rescans it.
      const segment = batch.segment(b);
      if (!segment) continue;
      const owner = ownerOf(segment);
      const standing = atNodeSeams(segment, mentions, this.deps.setApart);
      // A title vouches for its paper across the page; one said casually needed evidence itself.
      for (const m of standing) if (m.kind === 'title' && vouches(m.evidence)) this.strongPapers.add(m.paperId);
      const waiting = this.show(segment, standing);
      if (waiting.size > 0) this.weakBlocks.set(owner, { segment, mentions: standing, waiting });
      else this.weakBlocks.delete(owner);
    }
  }

  private async resolveLinks(links: HTMLAnchorElement[], signal: AbortSignal, clears: number): Promise<void> {
    // Raw hrefs: reading `a.href` resolves a URL per link; the background resolves them instead.
    const hrefs = links.map((link) => link.getAttribute('href') ?? '');
    const ids = await this.deps.resolveLinks(hrefs, (links[0] as HTMLAnchorElement).baseURI);
    if (signal.aborted) return;
    const late = this.clears !== clears;
    for (const mark of linkMarks(links, hrefs, ids, late, this.deps.registry, this.cards.isBesideTitle))
      this.strongPapers.add(mark.paperId);
  }

  /** Blocks with weak names waiting that the page removed go: a live feed drops old posts as new
   * ones come, and each waiting block holds its detached elements and its text. */
  pruneDisconnected(): void {
    for (const owner of this.weakBlocks.keys()) if (!owner.isConnected) this.weakBlocks.delete(owner);
  }

  /** Page evidence may have arrived since a block was scanned: show its weak names now. */
  private recheckWeak(): void {
    this.pruneDisconnected();
    // Evidence only grows (a block shown again may add its distinctive names): go round until it stops.
    while (this.strongPapers.size !== this.checkedStrong) {
      this.checkedStrong = this.strongPapers.size;
      for (const [owner, block] of this.weakBlocks) {
        if (![...block.waiting].some((awaited) => hasArrived(awaited, this.strongPapers))) continue;
        const waiting = this.show(block.segment, block.mentions);
        if (waiting.size > 0) block.waiting = waiting;
        else this.weakBlocks.delete(owner);
      }
    }
  }

  /** Marks a block's mentions that pass the evidence policy; returns what the weak names not
   * shown wait for: their own paper, or for a numeric citation any paper, found on the page. */
  private show(segment: Segment, mentions: Mention[]): Set<string> {
    const accepted = mentions.filter((m) => isShown(m.evidence, m.paperId, this.strongPapers));
    const shown = new Set(accepted);
    const waiting = new Set(mentions.filter((m) => !shown.has(m)).flatMap((m) => awaits(m.evidence, m.paperId) ?? []));
    for (const m of accepted) if (m.kind === 'short' && vouches(m.evidence)) this.strongPapers.add(m.paperId);
    const marks = segmentMarks(segment, accepted);
    if (marks.length > 0 || waiting.size > 0) this.markedBlocks.add(segment.block);
    if (marks.length > 0) this.cards.titled(segment.block, new Set(marks.map((m) => m.paperId)));
    this.forgetKeys(segment.nodes, ownerOf(segment));
    this.deps.registry.replace(ownerOf(segment), marks);
    return waiting;
  }

  reset(): void {
    this.weakBlocks.clear();
    this.strongPapers.clear();
    this.checkedStrong = 0;
    this.cards.clear();
  }
}
