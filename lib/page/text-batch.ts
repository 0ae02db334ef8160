// The text a walk read, and how an offset in it maps back to the page's text nodes.

/** The text of one block of prose, gathered across its inline elements. */
export interface Segment {
  block: Element;
  nodes: Text[];
  /** starts[i] = index in `text` where nodes[i] begins. */
  starts: number[];
  text: string;
}

/**
 * The blocks a walk read: what one scan request sends. `text` is every block's text, one after
 * the other (a block's text nodes joined, with "\n" where a <br> or a nested block separates
 * two of them); block b is text[ends[b - 1] .. ends[b]). Nothing is copied per block here (the
 * text grows by concatenation, which V8 does without copying): the background cuts the blocks
 * out, and the page builds a Segment only for a block with marks.
 *
 * A leaf block (prose only: see SegmentWalk) is read whole, with one `textContent`, so its text
 * nodes are not listed: they are read when the block turns out to have marks (`segment`), and
 * only if its text is still what was sent.
 */
export class TextBatch {
  text = '';
  readonly blocks: Element[] = [];
  readonly ends: number[] = [];
  /** Every block's text nodes, in order, and where each starts in `text`. */
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  /** Per block: the index in `nodes` after its last one. */
  readonly nodeEnds: number[] = [];
  /** The blocks read whole: their text nodes are not in `nodes`. */
  private readonly leaves = new Set<number>();

  get size(): number {
    return this.blocks.length;
  }

  get chars(): number {
    return this.text.length;
  }

  /** Appends a leaf block read whole (its text is not empty). */
  addLeaf(block: Element, text: string): void {
    this.leaves.add(this.blocks.length);
    this.text += text;
    this.blocks.push(block);
    this.ends.push(this.text.length);
    this.nodeEnds.push(this.nodes.length);
  }

  isLeaf(b: number): boolean {
    return this.leaves.has(b);
  }

  /** The first text node of block b: its marks are keyed by it. Null: a leaf block whose text
   * is gone. */
  owner(b: number): Text | null {
    if (this.leaves.has(b)) return firstText(this.blocks[b] as Element);
    return this.nodes[b === 0 ? 0 : (this.nodeEnds[b - 1] as number)] as Text;
  }

  /** Block b's text, as a string of its own (see detached). */
  blockText(b: number): string {
    return detached(this.text.slice(b === 0 ? 0 : (this.ends[b - 1] as number), this.ends[b]));
  }

  /** Block b's text and nodes. Null: a leaf block whose text changed since it was read (the
   * page's observer rescans it). */
  segment(b: number): Segment | null {
    if (this.leaves.has(b)) return readLeaf(this.blocks[b] as Element, this.blockText(b));
    const from = b === 0 ? 0 : (this.nodeEnds[b - 1] as number);
    const to = this.nodeEnds[b] as number;
    const offset = b === 0 ? 0 : (this.ends[b - 1] as number);
    return {
      block: this.blocks[b] as Element,
      nodes: this.nodes.slice(from, to),
      starts: this.starts.slice(from, to).map((start) => start - offset),
      text: detached(this.text.slice(offset, this.ends[b])),
    };
  }
}

/** The text nodes of a leaf block, if their text is still `text`. */
function readLeaf(block: Element, text: string): Segment | null {
  const walker = (block.ownerDocument ?? document).createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let now = '';
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (data.length === 0) continue;
    nodes.push(node as Text);
    starts.push(now.length);
    now += data;
  }
  return now === text && nodes.length > 0 ? { block, nodes, starts, text } : null;
}

/** The first text node with text in `block`, as a walk keys the block's marks. */
export function firstText(block: Element): Text | null {
  const walker = (block.ownerDocument ?? document).createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if ((node as Text).data.length > 0) return node as Text;
  }
  return null;
}

/**
 * A copy of `part` that does not keep the string it was cut from alive. V8 represents a slice as
 * a view of its parent, so a Segment kept for later (a block with a weak short name waits for
 * evidence) pinned its whole 200,000-character batch: 9.6 MB of heap after a 5 MB page.
 * Slicing a concatenation makes V8 flatten it into a new string first.
 */
function detached(part: string): string {
  return ` ${part}`.slice(1);
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
