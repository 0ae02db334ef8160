/**
 * Iframes. The content script runs in every frame of a page (an embedded post, a notebook's
 * output, a mail's body), but most iframes of the web are ads, trackers and widgets: a 1×1 pixel,
 * a 0×0 frame kept hidden, a 300×50 or 728×90 banner. A frame smaller than this is not read until it grows
 * (no prose fits in it, and each read costs its process a script start). Under 120 px high the
 * popover, which cannot leave the frame, would show its header and half a title.
 */
export const MIN_FRAME_WIDTH = 200;
export const MIN_FRAME_HEIGHT = 120;

/** Is this window an iframe (or a frame) of a page, not the tab's page itself? */
export function isSubframe(win: Window): boolean {
  try {
    return win.top !== win;
  } catch {
    // A cross-origin top that refuses even the comparison is another document.
    return true;
  }
}

/** The origins of the frames around this one, from its parent's up (Chromium only; Firefox has no
 * `location.ancestorOrigins`, and a frame there follows its own site and the tab's). */
export function ancestorOrigins(loc: Location): string[] {
  return loc.ancestorOrigins ? [...loc.ancestorOrigins] : [];
}

/** Is the frame large enough to hold prose worth reading? */
export function frameBigEnough(win: Pick<Window, 'innerWidth' | 'innerHeight'>): boolean {
  return win.innerWidth >= MIN_FRAME_WIDTH && win.innerHeight >= MIN_FRAME_HEIGHT;
}

/** Resolves once the frame is large enough (at once if it is); never, if `signal` aborts first. */
export function whenBigEnough(win: Window, signal: AbortSignal): Promise<void> {
  if (frameBigEnough(win)) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (!frameBigEnough(win)) return;
      win.removeEventListener('resize', check);
      resolve();
    };
    win.addEventListener('resize', check, { signal });
  });
}
