// Which mention "next mention" (Alt+Shift+J) opens: the one after the popover that is open, or
// else after where the reader is, the element they focused or the top of what they see, not
// the first mention of the page.

interface Located {
  range: Range;
}

export interface ReadingPosition<T> {
  /** The mention whose popover is open, or the last one the keys opened if it is still on screen. */
  current: T | null;
  /** The focused element of the page (not its body), if any. */
  focused: Element | null;
  /** Is the mention at or below the top of the viewport? */
  atOrBelowTop(mark: T): boolean;
}

/** Index in `marks` (document order) of the mention to open next. */
export function nextMentionIndex<T extends Located>(marks: readonly T[], at: ReadingPosition<T>): number {
  if (marks.length === 0) return -1;
  if (at.current) {
    const index = marks.indexOf(at.current);
    if (index >= 0) return (index + 1) % marks.length;
  }
  const { focused } = at;
  if (focused) {
    // The first mention that starts after the start of the focused element (or inside it).
    const index = marks.findIndex((m) => {
      const node = m.range.startContainer;
      const relation = focused.compareDocumentPosition(node);
      return (
        node === focused || (relation & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) !== 0
      );
    });
    return Math.max(index, 0); // none after it: wrap to the first
  }
  const index = marks.findIndex((m) => at.atOrBelowTop(m));
  return Math.max(index, 0);
}

/**
 * Index in `shown` (a paper's mentions the reader can see, in document order) of the one to reveal
 * for that paper: the first, or, asked again while the popover is open on one of them (its row in
 * the popup clicked again), the one after it, round to the first.
 */
export function revealIndex<T>(shown: readonly T[], current: T | null): number {
  if (shown.length === 0) return -1;
  const at = current === null ? -1 : shown.indexOf(current);
  return at < 0 ? 0 : (at + 1) % shown.length;
}
