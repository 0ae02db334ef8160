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

  get size(): number {
    return this.blocks.length;
  }

  get chars(): number {
    return this.text.length;
  }

  /** The first text node of block b: its marks are keyed by it. */
  owner(b: number): Text {
    return this.nodes[b === 0 ? 0 : (this.nodeEnds[b - 1] as number)] as Text;
  }

  /** Block b's text, as a string of its own (see detached). */
  blockText(b: number): string {
    return detached(this.text.slice(b === 0 ? 0 : (this.ends[b - 1] as number), this.ends[b]));
  }

  segment(b: number): Segment {
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
