import { isOnPaperHost } from '../detect/links';
import { INLINE_TAGS, isInsideSkipped, isSkippedElement, MATH_TAGS, NOT_LEAF_SELECTOR } from './skip';
import { firstText, type Segment, TextBatch } from './text-batch';
import { blockOf, isBlank, nextOutside, spanShadowRoots, startsProse, TEXT_NODES } from './tree-steps';
import { WalkLinks, type WantedLinks } from './walk-links';

export interface WalkOptions {
  /** Which links the walk hands out, once it has read the text. */
  links: WantedLinks;
  /** Read a leaf block (prose only) whole, without visiting its nodes (default true). False
   * visits every node: the reference the tests hold the faster way to. */
  wholeLeaves?: boolean;
}

const BREAK = '\n';

/** When a walk stops to let its batch go (between blocks), or its links. */
export interface BatchLimit {
  chars: number;
  blocks: number;
  links: number;
}
const NO_LIMIT: BatchLimit = {
  chars: Number.POSITIVE_INFINITY,
  blocks: Number.POSITIVE_INFINITY,
  links: Number.POSITIVE_INFINITY,
};

// Node.ELEMENT_NODE is a property read on a global per use; this loop runs once per node.
const ELEMENT = 1;
const TEXT = 3;

/**
 * Walks `root` in document order in slices (`run`), appending its blocks of prose (text joined
 * across inline elements) to a TextBatch and handing out links. It only reads: finding papers in
 * the text is the background's work (lib/detect/blocks), so the page's main thread does little
 * more than this walk.
 */
export class SegmentWalk {
  private readonly walker: TreeWalker;
  private node: Node | null;
  private readonly links: WalkLinks;
  private readonly wholeLeaves: boolean;
  // The block being read: its element, its text so far, and where its nodes start in the batch.
  private block: Element | null = null;
  private text = '';
  private firstNode = 0;
  private pendingBreak = false;
  /** A leaf block was read whole since the last look for <span> shadow hosts. */
  private leavesRead = false;
  // Text nodes often share a parent (text around an <em>): its block is looked up once.
  private lastParent: Node | null = null;
  private lastBlock: Element | null = null;
  /** Open shadow roots met on the way (web components): a TreeWalker does not enter them, so
   * the scanner walks each after this walk. */
  readonly shadowRoots: ShadowRoot[] = [];
  /** Custom elements not defined yet: they may attach a shadow root once their code loads. */
  readonly undefinedHosts: Element[] = [];
  /** The page removed the node the walk was to resume at (a framework hydrating its markup
   * while the walk yielded): a TreeWalker cannot go on from a detached node, so the walk ended
   * early and the rest of the root was not read. The scanner walks the root again. */
  interrupted = false;

  /**
   * @param maxBlockChars a longer block is dropped (reported to `onTooLong`): one scan request
   *   has to hold a block whole, and the background takes a bounded request.
   */
  constructor(
    private readonly root: Node,
    options: WalkOptions = { links: 'all' },
    private readonly maxBlockChars = Number.POSITIVE_INFINITY,
    private readonly onTooLong: (owner: Text) => void = () => undefined,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    // No acceptNode filter: a filter is a call from C++ into JS for every node of the page, which
    // cost more than the rest of the walk. Skipped subtrees are stepped over by hand instead.
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | TEXT_NODES);
    const skipped = isInsideSkipped(root);
    this.node = skipped ? null : root.nodeType === TEXT ? root : this.walker.nextNode();
    // A web component appended on its own is the root here: the walk starts below it.
    if (!skipped && root.nodeType === ELEMENT) this.noteHost(root as Element);
    this.links = new WalkLinks(root, skipped ? 'none' : options.links, isOnPaperHost(doc.baseURI ?? ''));
    this.wholeLeaves = options.wholeLeaves ?? true;
  }

  /**
   * Walks until `deadline` (performance.now()), or until the batch holds `limit.chars`
   * characters or `limit.blocks` blocks (it stops between blocks), appending blocks to `batch`;
   * then hands out the links to `links`, pausing whenever they are `limit.links`.
   * Says why it stopped: 'done', the walk is over; 'full', the batch holds whole blocks only
   * and can be sent; 'paused', the time is up or the links are many, and the block being read
   * stays open in the batch for the next run (so the batch cannot be sent yet).
   */
  run(
    deadline: number,
    batch: TextBatch,
    links: HTMLAnchorElement[],
    limit: BatchLimit = NO_LIMIT,
  ): 'done' | 'full' | 'paused' {
    const { walker, root } = this;
    let node = this.node;
    if (node !== null && !node.isConnected) {
      this.interrupted = true;
      node = null;
    }
    let steps = 0;
    while (node !== null) {
      if ((++steps & 63) === 0 && performance.now() >= deadline) break;
      if (node.nodeType === ELEMENT) {
        const el = node as Element;
        const tag = el.localName;
        if (isSkippedElement(el, tag)) {
          this.links.skip(el);
          node = nextOutside(walker, root);
          continue;
        }
        // Most of a page's text sits in leaf blocks (a paragraph, a list item, a cell): one
        // textContent reads such a block at native speed, where visiting its inline elements and
        // text nodes one by one was half of PaperLens's cost on the page.
        // An empty one is walked (it may hold a <span> with a shadow root, or nothing at all).
        const whole =
          this.wholeLeaves && tag !== 'br' && !INLINE_TAGS.has(tag) && el.querySelector(NOT_LEAF_SELECTOR) === null
            ? el.textContent
            : '';
        // A blank one is walked too: its blank text starts no block (below).
        if (whole && !isBlank(whole)) {
          if (this.readLeaf(el, tag, whole, batch, limit)) {
            this.node = node;
            return 'full';
          }
          node = nextOutside(walker, root);
          continue;
        }
        this.noteHost(el, tag);
        if (tag === 'br' || tag === 'sup' || tag === 'sub' || MATH_TAGS.has(tag) || !INLINE_TAGS.has(tag)) {
          // A footnote mark is not part of the word before it: "ScaLearn<sup>2</sup>".
          this.pendingBreak = true;
        }
        node = walker.nextNode();
        continue;
      }
      const text = node as Text;
      const data = text.data;
      if (data.length === 0) {
        node = walker.nextNode();
        continue;
      }
      const parent = text.parentNode;
      if (parent !== this.lastParent) {
        this.lastParent = parent;
        this.lastBlock = blockOf(text);
      }
      const block = this.lastBlock;
      if (block === null) {
        node = walker.nextNode();
        continue;
      }
      if (block !== this.block) {
        // Markup's line breaks between blocks ("</p>\n<p>") would each start a block of their own
        // to send and answer: half the blocks of a page of paragraphs, all blank. Blank text that
        // starts prose ("<li>\n <a>…", "<p><b>\n</b>…") stays, as a leaf block's textContent
        // holds it. A skipped node may have keyed marks when it started prose: the batch lists it.
        if (parent === block && isBlank(data) && !startsProse(text.nextSibling)) {
          batch.skipped.push(text);
          node = walker.nextNode();
          continue;
        }
        this.finish(batch);
        // A full batch goes to the background before the next block starts.
        if (batch.chars >= limit.chars || batch.blocks.length >= limit.blocks) {
          this.node = node;
          return 'full';
        }
        this.block = block;
        this.text = '';
        this.firstNode = batch.nodes.length;
      } else if (this.pendingBreak) {
        this.text += BREAK;
      }
      this.pendingBreak = false;
      batch.nodes.push(text);
      batch.starts.push(this.text.length);
      this.text += data;
      node = walker.nextNode();
    }
    this.node = node;
    if (node !== null) return 'paused';
    this.finish(batch);
    // An interrupted walk is walked again by the scanner, which hands out the links then.
    if (this.interrupted) return 'done';
    if (this.leavesRead) this.noteSpanHosts();
    return this.links.handOut(links, limit.links) ? 'done' : 'paused';
  }

  /**
   * Appends a leaf block whose text (`text`, not empty) was read whole. True: the batch was full
   * before it, so nothing was read and the walk stops here (it starts again at this block).
   */
  private readLeaf(el: Element, tag: string, text: string, batch: TextBatch, limit: BatchLimit): boolean {
    this.finish(batch);
    if (batch.chars >= limit.chars || batch.blocks.length >= limit.blocks) return true;
    this.noteHost(el, tag);
    this.leavesRead = true;
    this.pendingBreak = false;
    if (text.length > this.maxBlockChars) {
      const owner = firstText(el);
      if (owner) this.onTooLong(owner);
    } else batch.addBlock(el, text);
    return false;
  }

  /** Keeps an element's open shadow root, or the element if it is a custom element not defined
   * yet (it may attach one when its code loads). */
  private noteHost(el: Element, tag = el.localName): void {
    const shadow = el.shadowRoot;
    if (shadow !== null) this.shadowRoots.push(shadow);
    else if (tag.includes('-') && !el.matches(':defined')) this.undefinedHosts.push(el);
  }

  private noteSpanHosts(): void {
    this.leavesRead = false;
    this.shadowRoots.push(...spanShadowRoots(this.root, new Set(this.shadowRoots)));
  }

  /** Ends the block being read: it joins the batch, unless it is too long to scan. */
  private finish(batch: TextBatch): void {
    if (this.block === null) return;
    if (this.text.length > this.maxBlockChars) {
      this.onTooLong(batch.nodes[this.firstNode] as Text);
      batch.nodes.length = this.firstNode;
      batch.starts.length = this.firstNode;
    } else {
      batch.addBlock(this.block, this.text);
    }
    this.block = null;
    this.text = '';
  }
}

/** Every block and link under `root`, in one go (tests and tools; the scanner runs in slices). */
export function walkAll(root: Node, options?: WalkOptions): { segments: Segment[]; links: HTMLAnchorElement[] } {
  const batch = new TextBatch();
  const links: HTMLAnchorElement[] = [];
  new SegmentWalk(root, options).run(Number.POSITIVE_INFINITY, batch, links);
  const segments = Array.from({ length: batch.size }, (_, b) => batch.segment(b) as Segment);
  return { segments, links };
}
