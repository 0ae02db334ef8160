// What a scrolling box hides, for the list chips: a scroll area whose scrollbar the platform
// overlays (macOS, headless Chromium) shows nothing until it is scrolled, so the popup draws its
// own cue, and a chip whose name is cut short gets the whole name as its tooltip.
import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

export interface Edges {
  /** Content hidden above (the box is scrolled down). */
  above: boolean;
  /** Content hidden below. */
  below: boolean;
}

/** One pixel of slack: zoom and fractional layout leave scrollHeight a rounding error above clientHeight. */
export function scrollEdges(box: { scrollTop: number; clientHeight: number; scrollHeight: number }): Edges {
  return {
    above: box.scrollTop > 1,
    below: box.scrollTop + box.clientHeight < box.scrollHeight - 1,
  };
}

/** An ellipsis-ed name: its text is wider than its box. */
export const isCut = (el: { scrollWidth: number; clientWidth: number }): boolean => el.scrollWidth > el.clientWidth;

const sameEdges = (a: Edges, b: Edges) => a.above === b.above && a.below === b.below;
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((k) => b.has(k));

/**
 * The edges of `ref`'s box and the keys (`data-key`) of the `nameSelector` elements in it whose
 * text is cut, measured when `content` (a digest of what the box shows) changes, on scroll and on
 * resize.
 */
export function useOverflow(
  ref: RefObject<HTMLElement>,
  nameSelector: string,
  content: string,
): { edges: Edges; cut: ReadonlySet<string> } {
  const [edges, setEdges] = useState<Edges>({ above: false, below: false });
  const [cut, setCut] = useState<ReadonlySet<string>>(new Set());
  // `content` is not read here: the box's DOM is, and the digest says when it changed.
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const next = scrollEdges(box);
      setEdges((now) => (sameEdges(now, next) ? now : next));
      const names = new Set<string>();
      for (const el of box.querySelectorAll<HTMLElement>(nameSelector)) {
        if (el.dataset.key && isCut(el)) names.add(el.dataset.key);
      }
      setCut((now) => (sameSet(now, names) ? now : names));
    };
    measure();
    box.addEventListener('scroll', measure, { passive: true });
    // The popup's width is fixed, but fonts load late and the page zooms.
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    resize?.observe(box);
    return () => {
      box.removeEventListener('scroll', measure);
      resize?.disconnect();
    };
  }, [ref, nameSelector, content]);
  return { edges, cut };
}

/**
 * Props that give an ellipsis-ed element `full` as its tooltip, only while it is cut: measured as
 * the pointer comes, since a line's width depends on what else it holds (a second trial found a
 * tooltip on every author line and venue, cut or not).
 */
export const tooltipWhenCut = (full: string) => ({
  onPointerEnter: (e: PointerEvent) => {
    const el = e.currentTarget as HTMLElement;
    if (isCut(el)) el.title = full;
    else el.removeAttribute('title');
  },
});

/**
 * How many characters a one-line box has room for: undefined while its text fits, then an
 * estimate from how much wider the text is than the box, narrowed on each render until the text
 * fits or stops getting shorter. Measured afresh when `key` (what the box shows) changes.
 */
export function useLineRoom(ref: RefObject<HTMLElement>, key: string): number | undefined {
  const [fit, setFit] = useState<{ key: string; room?: number }>({ key });
  const room = fit.key === key ? fit.room : undefined;
  // No dependencies: the text depends on the room given, so each render may need another look.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !isCut(el)) return;
    const next = Math.floor(((el.textContent?.length ?? 0) * el.clientWidth) / el.scrollWidth) - 1;
    if (room === undefined || next < room) setFit({ key, room: next });
  });
  return room;
}
