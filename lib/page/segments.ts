import { isOnPaperHost, mayBePaperHref, mayHoldArxivId } from '../detect/links';
import type { QuickCheck } from '../detect/quick-check';
import { INLINE_TAGS, isInsideSkipped, isSkippedElement } from './skip';

/** The text of one block of prose, gathered across its inline elements. */
export interface Segment {
  block: Element;
  nodes: Text[];
  /** starts[i] = index in `text` where nodes[i] begins. */
  starts: number[];
  text: string;
}

export type WalkItem = { kind: 'segment'; segment: Segment } | { kind: 'link'; link: HTMLAnchorElement };

/** What a walk hands out. Without a filter: every block and every link with an href. */
export interface WalkFilter {
  /** Hands out the blocks this may find a title or short name in; null for none. */
  quick: QuickCheck | null;
  /** Also hand out blocks that may hold an "arXiv:<id>", and links that may go to a paper. */
  links: boolean;
  /** Told the first text node of every block not handed out: a rescan clears its old marks. */
  onPlain(owner: Text): void;
}

function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE_TAGS.has(el.localName)) el = el.parentElement;
  // Text at the top of a shadow tree (no element around it) belongs to the shadow host.
  return el ?? hostOf(node);
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root.nodeType === DOCUMENT_FRAGMENT ? ((root as ShadowRoot).host ?? null) : null;
}

// Node.ELEMENT_NODE is a property read on a global per use; this loop runs once per node.
const ELEMENT = 1;
const TEXT = 3;
const DOCUMENT_FRAGMENT = 11;

/**
 * Walks `root` in document order in slices (`run`), handing out blocks of prose (text joined
 * across inline elements) and links. With a filter, each text node is fed to the quick check as
 * it is read, and a block's string and node list are built only when the block may mention a
 * paper: most of a page is never copied.
 */
export class SegmentWalk {
  private readonly walker: TreeWalker;
  private node: Node | null;
  private readonly baseIsPaperHost: boolean;
  // The block being read: its text nodes (a reused array, `count` long) and the indexes of the
  // nodes that follow a <br> or a nested block inside it.
  private block: Element | null = null;
  private nodes: Text[] = [];
  private count = 0;
  private breaks: number[] = [];
  private hit = false;
  private pendingBreak = false;
  // Text nodes often share a parent (text around an <em>): its block is looked up once.
  private lastParent: Node | null = null;
  private lastBlock: Element | null = null;
  /** Open shadow roots met on the way (web components): a TreeWalker does not enter them, so
   * the scanner walks each after this walk. */
  readonly shadowRoots: ShadowRoot[] = [];
  /** Custom elements not defined yet: they may attach a shadow root once their code loads. */
  readonly undefinedHosts: Element[] = [];

  constructor(
    private readonly root: Node,
    private readonly filter: WalkFilter | null = null,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    // No acceptNode filter: a filter is a call from C++ into JS for every node of the page, which
    // cost more than the rest of the walk. Skipped subtrees are stepped over by hand instead.
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    const skipped = isInsideSkipped(root);
    this.node = skipped ? null : root.nodeType === TEXT ? root : this.walker.nextNode();
    // A web component appended on its own is the root here: the walk starts below it.
    if (!skipped && root.nodeType === ELEMENT) this.noteHost(root as Element);
    this.baseIsPaperHost = isOnPaperHost(doc.baseURI ?? '');
  }

  /**
   * Walks until `deadline` (performance.now()) or until `out` holds `maxItems`, appending to
   * `out`. True when the walk is over.
   */
  run(deadline: number, out: WalkItem[], maxItems = 32): boolean {
    const { walker, root, filter } = this;
    const quick = filter?.quick ?? null;
    const arxiv = filter?.links ?? false;
    let node = this.node;
    let steps = 0;
    while (node !== null) {
      if ((++steps & 63) === 0 && (out.length >= maxItems || performance.now() >= deadline)) break;
      if (node.nodeType === ELEMENT) {
        const el = node as Element;
        if (isSkippedElement(el)) {
          node = nextOutside(walker, root);
          continue;
        }
        this.noteHost(el);
        const tag = el.localName;
        if (tag === 'a') {
          const href = el.getAttribute('href');
          if (href !== null && (filter === null || (filter.links && mayBePaperHref(href, this.baseIsPaperHost)))) {
            out.push({ kind: 'link', link: el as HTMLAnchorElement });
          }
        } else if (tag === 'br' || tag === 'sup' || tag === 'sub' || !INLINE_TAGS.has(tag)) {
          // A footnote mark is not part of the word before it: "ScaLearn<sup>2</sup>".
          this.pendingBreak = true;
        }
        node = walker.nextNode();
        continue;
      }
      const text = node as Text;
      node = walker.nextNode();
      const data = text.data;
      if (data.length === 0) continue;
      const parent = text.parentNode;
      if (parent !== this.lastParent) {
        this.lastParent = parent;
        this.lastBlock = blockOf(text);
      }
      const block = this.lastBlock;
      if (block === null) continue;
      if (block !== this.block) {
        this.finish(out);
        this.block = block;
        this.hit = filter === null;
        quick?.begin();
      } else if (this.pendingBreak) {
        this.breaks.push(this.count);
        quick?.breakLine();
      }
      this.pendingBreak = false;
      const i = this.count++;
      this.nodes[i] = text;
      if (!this.hit) {
        this.hit =
          quick?.feed(data) === true ||
          (arxiv && mayHoldArxivId(data, i > 0 ? (this.nodes[i - 1] as Text).data : undefined));
      }
    }
    this.node = node;
    if (node !== null) return false;
    this.finish(out);
    return true;
  }

  /** Keeps an element's open shadow root, or the element if it is a custom element not defined
   * yet (it may attach one when its code loads). */
  private noteHost(el: Element): void {
    const shadow = el.shadowRoot;
    if (shadow !== null) this.shadowRoots.push(shadow);
    else if (el.localName.includes('-') && !el.matches(':defined')) this.undefinedHosts.push(el);
  }

  /** Ends the block being read: hands it out or reports it plain. */
  private finish(out: WalkItem[]): void {
    const count = this.count;
    if (count === 0) return;
    const quick = this.filter?.quick ?? null;
    if (this.hit || quick?.end() === true) out.push({ kind: 'segment', segment: this.build() });
    else this.filter?.onPlain(this.nodes[0] as Text);
    this.count = 0;
    this.breaks.length = 0;
    this.block = null;
  }

  private build(): Segment {
    const nodes = this.nodes.slice(0, this.count);
    const starts: number[] = [];
    const parts: string[] = [];
    let length = 0;
    let b = 0;
    for (let i = 0; i < nodes.length; i++) {
      if (this.breaks[b] === i) {
        parts.push('\n');
        length++;
        b++;
      }
      starts.push(length);
      const data = (nodes[i] as Text).data;
      parts.push(data);
      length += data.length;
    }
    return { block: this.block as Element, nodes, starts, text: parts.join('') };
  }
}

/** Every block and link under `root`, in one go (tests and tools; the scanner runs in slices). */
export function walkAll(root: Node): WalkItem[] {
  const out: WalkItem[] = [];
  new SegmentWalk(root).run(Number.POSITIVE_INFINITY, out, Number.POSITIVE_INFINITY);
  return out;
}

/** The node after the walker's current one and its whole subtree, within `root`. */
function nextOutside(walker: TreeWalker, root: Node): Node | null {
  for (let n: Node | null = walker.currentNode; n && n !== root; n = walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

/** The text node and offset of index `i` of a segment's text (ends map to the end of a node). */
export function locate(segment: Segment, i: number, end = false): { node: Text; offset: number } {
  const { starts, nodes } = segment;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid] as number;
    if (s < i || (!end && s === i)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  const offset = Math.min(i - (starts[lo] as number), node.data.length);
  return { node, offset: Math.max(0, offset) };
}
