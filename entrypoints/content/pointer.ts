import { markAtPoint } from '../../lib/page/hit-test';
import type { HoverIntent } from '../../lib/page/hover-intent';
import type { Mark } from '../../lib/page/marks';
import type { PageSession } from '../../lib/page/session';

/** Where the pointer last was; `overUi`: over PaperLens's own popover. */
export interface PointerAt {
  x: number;
  y: number;
  overUi: boolean;
}

export interface FollowedPointer {
  /** The pointer's last position on the page, null once it left the window. */
  at(): PointerAt | null;
  /** True while a click elsewhere on the page is closing the popover (focus stays where it went). */
  clickingAway(): boolean;
  /** Nothing is looked for again under the pointer until it moves: a popover closed where it
   * rests (Escape, a click) stays closed as the page makes its marks again. */
  rest(): void;
}

/**
 * The pointer and the keys that drive `intent`: hovering marks, leaving the window, a click
 * elsewhere and Escape. Hit-testing runs at most once per frame, for the latest position.
 */
export function followPointer(
  doc: Document,
  session: PageSession,
  intent: HoverIntent<Mark>,
  isOverUi: (event: Event) => boolean,
  signal: AbortSignal,
  /** How long after its last move a pointer counts as just come to rest. */
  recheckWithinMs: number,
): FollowedPointer {
  let frame = 0;
  let last: PointerAt | null = null;
  let movedAt = 0;
  const hitTest = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!last || last.overUi) return;
      intent.pointerAt(markAtPoint(doc, session.registry, last.x, last.y));
    });
  };
  doc.addEventListener(
    'pointermove',
    (event) => {
      // No frame is asked for on a page without marks (most pages); a popover still open (its
      // mention's text just went) closes as the pointer moves on.
      if (session.registry.isEmpty && !intent.current) return;
      last = { x: event.clientX, y: event.clientY, overUi: isOverUi(event) };
      movedAt = performance.now();
      hitTest();
    },
    { passive: true, signal },
  );
  // Out of the window (an iframe's, into its page; the page's, off the browser), the pointer
  // moves no more here: the popover it opened would stay open.
  doc.addEventListener(
    'pointerout',
    (event) => {
      if (event.relatedTarget !== null) return;
      last = null;
      if (intent.current) intent.popoverLeave();
      intent.pointerAt(null);
    },
    { passive: true, signal },
  );
  // A click anywhere else on the page closes it, however it was opened (one the keyboard or the
  // popup opened stays while the pointer rests elsewhere, but a click away is a dismissal; a
  // Firefox trial). Capturing: a page that stops its clicks' propagation still closes it.
  let clickingAway = false;
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (!intent.current || isOverUi(event)) return;
      clickingAway = true;
      intent.hide();
      clickingAway = false;
    },
    { capture: true, passive: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && intent.current) intent.hide();
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    if (frame) cancelAnimationFrame(frame);
  });
  // A page that renders its text again (every 100 ms on a live dashboard) takes the mention, and
  // its mark, away for a moment each time: a pointer that came to rest in such a moment, or whose
  // hover delay ended in one, moves no more to say it is over the mention made again. So new marks
  // are looked for under a pointer that came to rest moments ago; text appearing under a pointer
  // left resting longer (an infinite scroll's next page) opens nothing.
  const recheckOnMarks = () =>
    session.whenMarked(
      () => {
        if (!intent.current && last && !last.overUi && performance.now() - movedAt < recheckWithinMs) hitTest();
        recheckOnMarks();
      },
      signal,
      { next: true },
    );
  recheckOnMarks();
  return {
    at: () => last,
    clickingAway: () => clickingAway,
    rest() {
      movedAt = Number.NEGATIVE_INFINITY;
    },
  };
}
