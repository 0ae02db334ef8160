import type { MatchKind } from '../detect/types';
import { isWithin, piecesOf, textNodesIn } from './mark-pieces';
import { HIGHLIGHT } from './styles';
import { compareRanges } from './tree-order';
import { enclosingBlock, isText } from './tree-steps';

export interface Mark {
  paperId: string;
  kind: MatchKind | 'link';
  range: Range;
  /** What produced the mark: a segment's first text node, or the link element. */
  owner: Node;
}

/**
 * Every mark on the page, drawn with the CSS Custom Highlight API: ranges are painted without
 * touching the page's DOM, so frameworks that own the text (React, Vue) never see a change.
 */
export class MarkRegistry {
  private byOwner = new Map<Node, Mark[]>();
  private byNode = new Map<Text, Mark[]>();
  /** What is painted for each mark: one range per text node (see piecesOf). */
  private pieces = new Map<Mark, StaticRange[]>();
  /** The text nodes each mark covers, as when it was made. */
  private nodesOf = new Map<Mark, Text[]>();
  private saved = new Set<string>();
  private hidden = new Set<string>();
  private readonly mention = new Highlight();
  private readonly savedHighlight = new Highlight();
  private readonly active = new Highlight();
  /** Shadow roots holding marks: hit-testing must be told them to see inside. */
  readonly shadowRoots = new Set<ShadowRoot>();
  private registered = false;

  /**
   * @param onMarksIn told as marks go into a document or shadow root, with an element holding
   *   one, so that their styles are checked (and added if need be) only then: on the many pages
   *   without papers, PaperLens touches neither the page's highlight registry nor its style sheets.
   * @param drawn false: the marks are kept (counted, reported) but not given to the page's
   *   highlight registry, so nothing is drawn (a site in quiet mode: badge only).
   */
  constructor(
    private readonly onMarksIn: (scope: Document | ShadowRoot, at: Element) => void = () => undefined,
    private readonly drawn = true,
  ) {
    this.active.priority = 2;
  }

  private register(): void {
    if (this.registered || !this.drawn) return;
    this.registered = true;
    CSS.highlights.set(HIGHLIGHT.mention, this.mention);
    CSS.highlights.set(HIGHLIGHT.saved, this.savedHighlight);
    CSS.highlights.set(HIGHLIGHT.active, this.active);
  }

  /** No marks kept (a page's first answers): there is nothing to forget. */
  get isEmpty(): boolean {
    return this.byOwner.size === 0;
  }

  /** Replace all marks produced by one block (or link) with a fresh scan's. */
  replace(owner: Node, marks: Mark[]): void {
    this.drop(owner);
    if (marks.length === 0) return;
    this.register();
    this.byOwner.set(owner, marks);
    const root = owner.getRootNode();
    const inShadow = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host;
    if (inShadow) this.shadowRoots.add(root as ShadowRoot);
    const scope = inShadow ? (root as ShadowRoot) : owner.ownerDocument;
    if (scope && this.drawn) {
      // Text at the top of a shadow tree has no parent element: its highlights inherit from the host.
      const at =
        (isText(owner) ? owner.parentElement : (owner as Element)) ??
        (inShadow || owner.ownerDocument?.documentElement);
      if (at) this.onMarksIn(scope, at);
    }
    for (const mark of marks) {
      const nodes = textNodesIn(mark.range);
      this.nodesOf.set(mark, nodes);
      for (const node of nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(mark);
        else this.byNode.set(node, [mark]);
      }
      this.pieces.set(mark, piecesOf(mark.range, nodes));
      this.paint(mark);
    }
  }

  drop(owner: Node): void {
    const old = this.byOwner.get(owner);
    if (!old) return;
    this.byOwner.delete(owner);
    for (const mark of old) {
      this.unpaint(mark);
      this.pieces.delete(mark);
      // The nodes it covered when it was made: its live range may have moved since.
      for (const node of this.nodesOf.get(mark) ?? []) {
        const rest = (this.byNode.get(node) ?? []).filter((m) => m !== mark);
        if (rest.length) this.byNode.set(node, rest);
        else this.byNode.delete(node);
      }
      this.nodesOf.delete(mark);
    }
  }

  /**
   * Stops painting, at once, the marks an edit of a text node moved: their painted ranges are
   * static and would show the wrong words until the block's rescan replaces the marks. Marks that
   * end before the first changed character stay (text appended to a node, a counter after a
   * title). The others lose their pieces, so that nothing paints them again meanwhile (a change
   * of saved state, a hover). Text added at the end of a node that a mark goes on past lands
   * inside the mark ("<b>Light</b>Glue" -> "<b>Lightning </b>Glue"): that mark goes too.
   */
  unpaintOn(node: Node, oldData: string): void {
    if (!isText(node)) return;
    const data = (node as Text).data;
    let same = 0;
    while (same < oldData.length && same < data.length && oldData.charCodeAt(same) === data.charCodeAt(same)) same++;
    for (const mark of this.byNode.get(node as Text) ?? []) {
      const pieces = this.pieces.get(mark);
      const last = pieces?.at(-1);
      const before = (p: StaticRange) => p.endOffset < same || (p.endOffset === same && p === last);
      if (!pieces || pieces.every((p) => p.startContainer !== node || before(p))) continue;
      this.unpaint(mark);
      this.pieces.set(mark, []);
    }
  }

  private unpaint(mark: Mark): void {
    for (const piece of this.pieces.get(mark) ?? []) {
      this.mention.delete(piece);
      this.savedHighlight.delete(piece);
      this.active.delete(piece);
    }
  }

  /** Forget the marks of every block and link inside one of `els` (or one of them); true if any
   * went. */
  dropWithin(els: ReadonlySet<Node>): boolean {
    const inside = [...this.byOwner.keys()].filter((owner) => isWithin(owner, els));
    for (const owner of inside) this.drop(owner);
    return inside.length > 0;
  }

  /** Forget marks whose text left the document (their ranges collapsed or detached). */
  pruneDisconnected(): boolean {
    let changed = false;
    for (const [owner, marks] of this.byOwner) {
      if (
        !owner.isConnected ||
        marks.some((m) => m.range.collapsed || !m.range.startContainer.isConnected || !m.range.endContainer.isConnected)
      ) {
        this.drop(owner);
        changed = true;
      }
    }
    for (const node of this.byNode.keys()) if (!node.isConnected) this.byNode.delete(node);
    for (const root of this.shadowRoots) if (!root.isConnected) this.shadowRoots.delete(root);
    return changed;
  }

  clear(): void {
    for (const owner of [...this.byOwner.keys()]) this.drop(owner);
    this.shadowRoots.clear();
  }

  /** Clears the marks and takes this registry's highlights out of the page's registry (unless a
   * newer registry, of a restarted session, has put its own there). */
  dispose(): void {
    this.clear();
    if (!this.registered) return;
    this.registered = false;
    const own: Array<[string, Highlight]> = [
      [HIGHLIGHT.mention, this.mention],
      [HIGHLIGHT.saved, this.savedHighlight],
      [HIGHLIGHT.active, this.active],
    ];
    for (const [name, highlight] of own) if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
  }

  /** Saved papers get the "saved" look; dismissed ones ("Not this paper") are not shown at all. */
  setState(saved: Set<string>, hidden: Set<string>): void {
    this.saved = saved;
    this.hidden = hidden;
    this.mention.clear();
    this.savedHighlight.clear();
    for (const marks of this.byOwner.values()) for (const mark of marks) this.paint(mark);
  }

  private paint(mark: Mark): void {
    if (this.hidden.has(mark.paperId)) return;
    const highlight = this.saved.has(mark.paperId) ? this.savedHighlight : this.mention;
    for (const piece of this.pieces.get(mark) ?? []) highlight.add(piece);
  }

  setActive(mark: Mark | null): void {
    this.active.clear();
    for (const piece of (mark && this.pieces.get(mark)) || []) this.active.add(piece);
  }

  marksInNode(node: Node): Mark[] {
    const marks = isText(node) ? this.byNode.get(node as Text) : undefined;
    return (marks ?? []).filter((m) => !this.hidden.has(m.paperId));
  }

  /** Visible mentions in document order (a name inside a link to the same paper is one). */
  visible(): Mark[] {
    const all: Mark[] = [];
    for (const marks of this.byOwner.values()) for (const m of marks) if (this.counted(m)) all.push(m);
    return all.sort((a, b) => compareRanges(a.range, b.range));
  }

  /**
   * Distinct visible papers, each with the number of places (blocks of prose: a paragraph, a list
   * item, a cell) that mention it. A place counts once however it names the paper: an arXiv
   * listing's entry links it as "arXiv:2306.13643", "pdf", "html" and "other", and a reference
   * writes "arXiv:1804.07461" with the id linked too; either is one mention, not four or two.
   */
  counts(): Map<string, number> {
    const places = new Map<string, Set<Node>>();
    for (const marks of this.byOwner.values()) {
      for (const m of marks) {
        if (!this.counted(m)) continue;
        const seen = places.get(m.paperId) ?? new Set<Node>();
        seen.add(enclosingBlock(m.range.startContainer) ?? m.range.startContainer);
        places.set(m.paperId, seen);
      }
    }
    return new Map([...places].map(([paperId, seen]) => [paperId, seen.size]));
  }

  /** Shown, and not a name or title inside a link mark of the same paper: "<a href=arXiv>LightGlue</a>"
   * is marked twice (by its text and by its link) but is one mention. */
  private counted(m: Mark): boolean {
    if (this.hidden.has(m.paperId)) return false;
    if (m.kind === 'link') return true;
    const first = m.range.startContainer;
    const around = isText(first) ? this.byNode.get(first as Text) : undefined;
    return !around?.some(
      (link) =>
        link.kind === 'link' &&
        link.paperId === m.paperId &&
        link.range.compareBoundaryPoints(Range.START_TO_START, m.range) <= 0 &&
        link.range.compareBoundaryPoints(Range.END_TO_END, m.range) >= 0,
    );
  }
}
