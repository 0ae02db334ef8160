// The text a walk read, and how an offset in it maps back to the page's text nodes.

import { TEXT_NODES } from './tree-steps';

/** The text of one block of prose, gathered across its inline elements. */
export interface Segment {
  block: Element;
  nodes: Text[];
  /** starts[i] = index in `text` where nodes[i] begins. */
  starts: number[];
  text: string;
}

/**
 * The blocks a walk read: what one scan request sends. Each block's text is a string of its own
 * (its text nodes joined, with "\n" where a <br> or a nested block separates two of them), so
 * a request is an array of strings: structured clone copies each as it is, one byte per
 * character for the many blocks without characters beyond Latin-1, where one long string would
 * be two bytes per character throughout if any block had one. The page builds a Segment only
 * for a block with marks.
 *
 * A leaf block (prose only: see SegmentWalk) is read whole, with one `textContent`, so its text
 * nodes are not listed: they are read when the block turns out to have marks (`segment`), and
 * only if its text is still what was sent.
 */
export class TextBatch {
  readonly texts: string[] = [];
  readonly blocks: Element[] = [];
  /** Every walked block's text nodes, in order, and where each starts in its block's text. */
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  /** Per block: the index in `nodes` after its last one. */
  readonly nodeEnds: number[] = [];
  /** Blank text between blocks, which started no block (see SegmentWalk). */
  readonly skipped: Text[] = [];
  private length = 0;

  get size(): number {
    return this.blocks.length;
  }

  /** Characters in all blocks. */
  get chars(): number {
    return this.length;
  }

  /** Appends a block: its text nodes are the ones pushed since the block before; a leaf block
   * read whole pushed none. */
  addBlock(block: Element, text: string): void {
    this.texts.push(text);
    this.blocks.push(block);
    this.nodeEnds.push(this.nodes.length);
    this.length += text.length;
  }

  /** Where block b's text nodes start in `nodes`. */
  private firstNode(b: number): number {
    return b === 0 ? 0 : (this.nodeEnds[b - 1] as number);
  }

  /** Was block b read whole? A walked block lists at least one text node (its text starts with
   * one), a leaf none: no set of leaves to keep (a set grown by 10,000 list items cost more). */
  isLeaf(b: number): boolean {
    return this.nodeEnds[b] === this.firstNode(b);
  }

  /** The first text node of block b: its marks are keyed by it. Null: a leaf block whose text
   * is gone. */
  owner(b: number): Text | null {
    if (this.isLeaf(b)) return firstText(this.blocks[b] as Element);
    return this.nodes[this.firstNode(b)] as Text;
  }

  /** Block b's text nodes with text: those the walk read, or a leaf block's as they are now. */
  textNodes(b: number): Text[] {
    if (!this.isLeaf(b)) return this.nodes.slice(this.firstNode(b), this.nodeEnds[b]);
    const block = this.blocks[b] as Element;
    const walker = (block.ownerDocument ?? document).createTreeWalker(block, TEXT_NODES);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if ((node as Text).length > 0) nodes.push(node as Text);
    }
    return nodes;
  }

  blockText(b: number): string {
    return this.texts[b] as string;
  }

  /** Block b's text and nodes. Null: a block whose text changed since it was read (the
   * page's observer rescans it). */
  segment(b: number): Segment | null {
    const block = this.blocks[b] as Element;
    const text = this.texts[b] as string;
    if (this.isLeaf(b)) return readLeaf(block, text);
    const from = this.firstNode(b);
    const to = this.nodeEnds[b] as number;
    const nodes = this.nodes.slice(from, to);
    const starts = this.starts.slice(from, to);
    return stillReads(nodes, starts, text) ? { block, nodes, starts, text } : null;
  }
}

/**
 * The text nodes of a leaf block, if their text is still `text`. The block's textContent (one
 * native call) says whether it is; the nodes are then measured by their length alone. Reading
 * each node's `data` made a string of every node: three times as long (15 -> 44 ms for 3,662
 * blocks of the 5 MB bench page, in a content script), and this runs for every block with a mark.
 */
function readLeaf(block: Element, text: string): Segment | null {
  if (block.textContent !== text) return null;
  const walker = (block.ownerDocument ?? document).createTreeWalker(block, TEXT_NODES);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let at = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const length = (node as Text).length;
    if (length === 0) continue;
    nodes.push(node as Text);
    starts.push(at);
    at += length;
  }
  return nodes.length > 0 ? { block, nodes, starts, text } : null;
}

/**
 * Do the text nodes a walk read still hold what it read (`text`, where node i began at
 * `starts[i]`)? The answer comes after the whole walk, and the page may have edited a node since:
 * marks placed by the old offsets would underline other words, and name the old paper.
 */
function stillReads(nodes: Text[], starts: number[], text: string): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Text;
    const at = starts[i] as number;
    // The next node begins right after this one, or after the "\n" of a <br> or nested block.
    const end = i + 1 < nodes.length ? (starts[i + 1] as number) : text.length;
    const gap = end - at - node.length;
    if ((gap !== 0 && (gap !== 1 || i + 1 === nodes.length)) || !text.startsWith(node.data, at)) return false;
  }
  return true;
}

/** The first text node with text in `block`, as a walk keys the block's marks. */
export function firstText(block: Element): Text | null {
  const walker = (block.ownerDocument ?? document).createTreeWalker(block, TEXT_NODES);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if ((node as Text).length > 0) return node as Text;
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
  const offset = Math.min(i - (starts[lo] as number), node.length);
  return { node, offset: Math.max(0, offset) };
}
