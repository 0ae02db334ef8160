// Which mention the keyboard and the popup open: a paper's (its row in the popup clicked) or the
// next one (Alt+Shift+J). Only mentions the reader can see; one in a closed <details> is opened as
// find-in-page does.
import type { FocusReturn } from './focus-return';
import type { Mark, MarkRegistry } from './marks';
import { nextMentionIndex, revealIndex } from './next-mention';
import { bringIntoView, isShown } from './reachable';

export interface MentionPicker {
  /** The mention of `paperId` to open: the first shown, or the one after `open`'s when it is one. */
  ofPaper(paperId: string): Mark | null;
  /** The mention the next-mention key opens, or null on a page with none shown. */
  next(): Mark | null;
}

/** `open()`: the mention whose popover is open, if any. */
export function createMentionPicker(
  registry: MarkRegistry,
  focus: FocusReturn,
  open: () => Mark | null,
): MentionPicker {
  let lastStepped: Mark | null = null;
  const onScreen = (mark: Mark) => {
    const box = mark.range.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  };
  return {
    ofPaper(paperId) {
      // A shown mention first (the next one, asked again); else one a closed <details> hides.
      const marks = registry.visible().filter((m) => m.paperId === paperId);
      const shownMarks = marks.filter((m) => isShown(m.range));
      return shownMarks[revealIndex(shownMarks, open())] ?? marks.find((m) => bringIntoView(m.range)) ?? null;
    },
    next() {
      // Only mentions the reader can see: hidden text (display:none, a closed <details>) is skipped.
      const marks = registry.visible().filter((m) => isShown(m.range));
      const current = open();
      const focused = current ? null : focus.pageFocus();
      // Focus the reader moved themselves (not where a closing popover put it back) wins.
      const movedFocus = focus.movedByReader(focused);
      const index = nextMentionIndex(marks, {
        // After the open popover, or the last one the keys opened while it is still in view;
        // else from the focused element or the top of the viewport.
        current: current ?? (!movedFocus && lastStepped && onScreen(lastStepped) ? lastStepped : null),
        focused,
        atOrBelowTop: (m) => m.range.getBoundingClientRect().bottom > 0,
      });
      if (index < 0) return null;
      lastStepped = marks[index] as Mark;
      return lastStepped;
    },
  };
}

/** The mark of `paperId` among `marks` nearest to `box` (the open popover), if one is within
 * `within` px of it: a page rendering its text again made it where the popover points. */
export function nearestTo(
  marks: readonly Mark[],
  paperId: string,
  box: { top: number; bottom: number; left: number; right: number },
  within: number,
): Mark | null {
  let best: Mark | null = null;
  let bestGap = within;
  for (const m of marks) {
    if (m.paperId !== paperId) continue;
    const r = m.range.getBoundingClientRect();
    const gap =
      Math.max(r.top - box.bottom, box.top - r.bottom, 0) + Math.max(r.left - box.right, box.left - r.right, 0);
    if (gap < bestGap) {
      best = m;
      bestGap = gap;
    }
  }
  return best;
}
