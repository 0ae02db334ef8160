import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size } from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PaperDetails } from '../lib/messages/contract';
import type { Theme } from '../lib/settings/settings';
import { focusWithin, tabLeaves } from './focus';
import { PaperCard } from './PaperCard';
import { paperName } from './paperName';
import { usePaperDetails } from './usePaperDetails';

export interface PopoverAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | DOMRect[];
  contextElement?: Element;
}

interface Props {
  paperId: string;
  /** The paper's details, when the opener fetched them already. */
  details?: PaperDetails | null;
  /** Fade in (false on very large pages: see lib/page/large-page). */
  fade?: boolean;
  anchor: PopoverAnchor;
  theme: Theme;
  /** Opened from the keyboard: move focus into the dialog. */
  focusOnOpen: boolean;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** `name`: the paper as its notice names it (paperName). */
  onNotThisPaper(paperId: string, name: string): void;
  /** Where "Not this paper" hides the mark: "on this site", or "in local files" on file:// pages. */
  hiddenWhere: string;
  /** Goes up when lists or dismissals change elsewhere: the details are loaded again. */
  revision: number;
  onChanged(): void;
}

/** Below this a popover shows its title and half its TL;DR: it covers part of its mention instead. */
const MIN_HEIGHT = 240;

/** The popover's height for `room` beside its mention: all of it, or at least MIN_HEIGHT (a title
 * wrapping to six lines in a narrow table cell leaves little room on either side), and never more
 * than the window less its margins. In a window under twice MIN_HEIGHT (an iframe: an embedded
 * post), half the window (MIN_SMALL at least) is readable enough, and a popover that size fits
 * beside its mention. Room a little short of that (NEAR_ENOUGH) is taken as it is: at 200% zoom a
 * popover 28 px taller than the room above a mid-window title covered its first line (a trial). */
const readableHeight = (room: number) => {
  const readable = Math.min(MIN_HEIGHT, Math.max(MIN_SMALL, innerHeight / 2));
  return Math.floor(Math.min(room >= readable * NEAR_ENOUGH ? room : readable, innerHeight - 16));
};
const NEAR_ENOUGH = 0.8;
/** Even in a short frame, a card shows its title and a line or two (over its mention if it must). */
const MIN_SMALL = 120;

const offscreen = (r: DOMRect) => r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth;

/** The summary popover: beside its mention, flipped and shifted to stay in view; over part of it
 * only when neither side has room for a readable popover (MIN_HEIGHT). */
export function Popover(props: Props) {
  const { anchor, theme, focusOnOpen, onClose } = props;
  const [stack, setStack] = useState<string[]>([props.paperId]);
  const paperId = stack[stack.length - 1] ?? props.paperId;
  // The layer keys a popover by its paper: another paper is a new popover, with a new stack.
  const { details, error, reload } = usePaperDetails(paperId, props.revision, props.details);
  const ref = useRef<HTMLDivElement>(null);
  const headingId = 'paperlens-popover-title';

  // What the last placement was computed from: the observers of autoUpdate call `update` once
  // each as they start, and a placement that rewrites the same style makes the page render a
  // frame again, which on a page with many marks costs a whole-page paint preparation.
  const placedFor = useRef('');
  const seenUnclipped = useRef(false);
  useLayoutEffect(() => {
    const floating = ref.current;
    if (!floating) return;
    const update = () => {
      const rect = anchor.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) return onClose();
      if (offscreen(rect)) return onClose();
      const key = [rect.x, rect.y, rect.width, rect.height, innerWidth, innerHeight]
        .concat(floating.scrollHeight, floating.offsetWidth)
        .join();
      if (key === placedFor.current) return;
      placedFor.current = key;
      // Measure at natural height: a max-height left by the last placement would make the flip
      // think a tiny box fits below, when there is room for all of it above. Without its max-height
      // the box scrolls back to its top, so the reader's place (the control an action just focused,
      // after a Save far down) is put back once it is placed again.
      const scrolled = floating.scrollTop;
      floating.style.maxHeight = '';
      void computePosition(anchor, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(8),
          flip({ padding: 8, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight, elements }) {
              elements.floating.style.maxHeight = `${readableHeight(availableHeight)}px`;
            },
          }),
          // A popover given more height than the room beside its mention moves over the mention,
          // as far as it must to stay in the window and no farther. After size: moved first, it
          // would be measured where it landed, with the whole window as its room.
          shift({ padding: 8, mainAxis: false, crossAxis: true }),
          hide(),
        ],
      }).then(({ x, y, middlewareData }) => {
        // The mention scrolled out of a scrolling box (a chat's message pane): the popover would
        // be left pointing at nothing. Only a mention seen unclipped first: one opened from the
        // keyboard may be clipped from the start (a long line in a <pre>, a message taller than its
        // pane), and floating-ui counts `overflow-x: clip` as clipping both ways.
        const hidden = middlewareData.hide?.referenceHidden === true;
        if (hidden && seenUnclipped.current) return onClose();
        if (!hidden) seenUnclipped.current = true;
        floating.style.left = `${Math.round(x)}px`;
        floating.style.top = `${Math.round(y)}px`;
        floating.scrollTop = scrolled;
        floating.style.visibility = 'visible';
      });
    };
    return autoUpdate(anchor, floating, update, { animationFrame: false });
  }, [anchor, onClose, details]);

  // Focus the dialog once, when it first shows a paper: later reloads (after Save) keep the focus
  // where the action put it. Opened with the mouse, it takes focus only when the reader moves to
  // another paper from inside it (a related paper, Back): the button they pressed is gone then.
  const focusedFor = useRef<string | null>(null);
  const refocus = useRef(false);
  // Back from a related paper: focus goes to the button that opened it, as a browser's Back does.
  const cameFrom = useRef<string | null>(null);
  useEffect(() => {
    if (!details || focusedFor.current === details.paper.id || !(focusOnOpen || refocus.current)) return;
    focusedFor.current = details.paper.id;
    refocus.current = false;
    const from = cameFrom.current;
    cameFrom.current = null;
    const button = from
      ? ref.current?.querySelector<HTMLElement>(`.pl-related-button[data-paper-id="${CSS.escape(from)}"]`)
      : null;
    (button ?? ref.current)?.focus();
  }, [focusOnOpen, details]);
  const show = (next: string[]) => {
    refocus.current = focusWithin(ref.current) !== null;
    cameFrom.current = next.length < stack.length ? (stack.at(-1) ?? null) : null;
    setStack(next);
  };

  return (
    <div
      ref={ref}
      class={`pl-theme pl-popover${props.fade === false ? '' : ' pl-animate'}`}
      data-theme={theme === 'auto' ? undefined : theme}
      // Catalog text is English: on a right-to-left or non-English page the popover keeps its own
      // direction and language (else "TL;DR" and full stops are laid out right to left).
      dir="ltr"
      lang="en"
      role="dialog"
      aria-modal="false"
      aria-labelledby={details ? headingId : undefined}
      aria-label={details ? undefined : 'Paper summary'}
      tabIndex={-1}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          // As in the popup's details view: Escape steps back from a related paper first.
          e.stopPropagation();
          if (stack.length > 1) show(stack.slice(0, -1));
          else onClose();
        } else if (tabLeaves(ref.current, e)) {
          // Out of its ends, Tab closes it and focus goes back to the mention, where the page's
          // own order goes on (the popover sits at the end of the document, after everything).
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div class="pl-popover-bar">
        {stack.length > 1 ? (
          <button type="button" class="pl-link-button" onClick={() => show(stack.slice(0, -1))}>
            ← Back
          </button>
        ) : (
          <span class="pl-brand">PaperLens</span>
        )}
        <button type="button" class="pl-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {error && (
        // An alert: "Loading…" going away says nothing to a screen reader, the reason must be read.
        <p class="pl-error" role="alert">
          {error}
        </p>
      )}
      {!details && !error && <p class="pl-muted">Loading…</p>}
      {details && (
        <PaperCard
          details={details}
          headingId={headingId}
          onChanged={async () => {
            await reload();
            props.onChanged();
          }}
          onOpenPaper={(id) => show([...stack, id])}
          wrongPaper={
            stack.length === 1 && (
              <div class="pl-row pl-wrong-paper">
                <button
                  type="button"
                  class="pl-link-button pl-muted"
                  onClick={() => props.onNotThisPaper(paperId, paperName(details.paper))}
                >
                  Not this paper
                </button>
                <span class="pl-muted pl-hint">Hides its marks {props.hiddenWhere}</span>
              </div>
            )
          }
        />
      )}
    </div>
  );
}
