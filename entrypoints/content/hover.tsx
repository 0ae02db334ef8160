import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageLayer } from '../../components/PageLayer';
import type { PopoverAnchor } from '../../components/Popover';
import { dismissalSiteOrNull, hiddenWhere } from '../../lib/db/dismissal-site';
import { send } from '../../lib/messages/client';
import type { PaperDetails } from '../../lib/messages/contract';
import { createFocusReturn } from '../../lib/page/focus-return';
import { markAtPoint } from '../../lib/page/hit-test';
import { HoverIntent } from '../../lib/page/hover-intent';
import { isLargePage } from '../../lib/page/large-page';
import type { Mark } from '../../lib/page/marks';
import { createMentionPicker, nearestTo } from '../../lib/page/mention-picker';
import { pageTheme, type ShownTheme } from '../../lib/page/page-theme';
import type { PageSession } from '../../lib/page/session';
import { within } from '../../lib/page/within';
import { undoPageZoom } from '../../lib/page/zoom';
import type { Settings } from '../../lib/settings/settings';
import { followPointer } from './pointer';
import { uiHost } from './ui-host';

/** How long an opening popover waits for its paper's details (see within). */
const DETAILS_WAIT_MS = 150;
/** How long after the hover delay a pointer counts as just come to rest (see followPointer). */
const RECHECK_AFTER_DELAY_MS = 1000;
/** How far from the popover the mention a page made again may be to be taken for the one it shows. */
const NEAR_POPOVER_PX = 48;

export interface HoverController {
  refresh(): void;
  reveal(paperId: string): boolean;
  next(): boolean;
}

function anchorFor(mark: Mark): PopoverAnchor {
  return {
    getBoundingClientRect: () => mark.range.getBoundingClientRect(),
    getClientRects: () => mark.range.getClientRects(),
    contextElement: mark.range.startContainer.parentElement ?? undefined,
  };
}

/** Hover and keyboard access to the marks of `session`, until `signal` aborts. */
export function startHover(
  ctx: ContentScriptContext,
  session: PageSession,
  settings: Settings,
  signal: AbortSignal,
  /** The tab's page (an iframe's "Not this paper" hides it on the site the address bar shows). */
  pageUrl: string = location.href,
): HoverController {
  const host = uiHost(ctx, signal);
  let focusOnOpen = false;
  // A change of theme or hover delay restarts the content script (runner.ts), so these are fixed.
  const theme = settings.theme;
  // On Auto, each popover takes the theme of the page behind its mention (lib/page/page-theme.ts).
  let shownTheme: ShownTheme = theme;
  let shown: Mark | null = null;
  // The shown paper's details, fetched before the popover opens: it then opens with them, in one
  // frame, where opening with "Loading…" and growing when they came took a second (on a page with
  // many marks, every frame in which the popover changes costs a whole-page paint preparation).
  let details: PaperDetails | null = null;
  let fade = true;
  // Counts the changes announced from elsewhere, so an open popover reloads what it shows.
  let revision = 0;
  // The mention whose popover "Not this paper" closed: focus returns there after its notice.
  let hiddenFrom: Mark | null = null;
  const returnFocus = () => {
    if (hiddenFrom) focus.giveBack(hiddenFrom.range);
    hiddenFrom = null;
  };
  const site = dismissalSiteOrNull(pageUrl);
  // A word for the reader, in the layer's status region: made first, empty, then given the text,
  // as a live region added with its text in it is not announced by every screen reader.
  let said: { text: string; key: number } | null = null;
  const say = (text: string) =>
    void host.mount().then(() => {
      paint();
      requestAnimationFrame(() => {
        said = { text, key: (said?.key ?? 0) + 1 };
        paint();
      });
    });
  const unsay = () => {
    said = null;
    paint();
  };
  const paint = () => {
    const ui = host.current;
    if (!ui) return;
    // The popover closes itself when its mention scrolls out of view; by then the reader may have
    // asked for another mention (from the popup, or the keyboard), which the scroll brought into
    // view: that one stays open.
    const drawn = shown;
    const closeDrawn = () => {
      if (intent.current !== drawn) return;
      // Its text went (a page rendering it again; a live range over removed text collapses into
      // what held it): the same paper's mention under the pointer when the page's new text is
      // marked, or when the close delay ends, keeps it open.
      if (drawn && (drawn.range.collapsed || !drawn.range.startContainer.isConnected)) {
        intent.lost();
        awaitAgain(drawn);
      } else intent.hide();
    };
    undoPageZoom(ui.shadowHost);
    session.registry.setActive(shown);
    render(
      <PageLayer
        open={shown && { paperId: shown.paperId, anchor: anchorFor(shown), details, fade }}
        theme={shownTheme}
        focusOnOpen={focusOnOpen}
        pageUrl={pageUrl}
        pageSite={site}
        revision={revision}
        hiddenWhere={hiddenWhere}
        onClose={closeDrawn}
        onHide={() => {
          hiddenFrom = shown;
          intent.hide();
        }}
        returnFocus={returnFocus}
        onPointerEnter={() => intent.popoverEnter()}
        onPointerLeave={() => intent.popoverLeave()}
        said={said}
        onSaid={unsay}
      />,
      ui.uiContainer,
    );
  };
  const draw = (mark: Mark | null, loaded: PaperDetails | null = null) => {
    shown = mark;
    details = loaded;
    paint();
  };
  // A failed or slow fetch (a service worker starting) opens the popover all the same: it asks
  // again, says it is loading or what went wrong.
  const detailsOf = (paperId: string) => within(send('paper/details', { paperId }), DETAILS_WAIT_MS, null);

  const intent = new HoverIntent<Mark>({
    openDelay: settings.hoverDelay,
    closeDelay: 300,
    open: (mark) => {
      void Promise.all([host.mount(), detailsOf(mark.paperId)]).then(([, loaded]) => {
        // Closed, or another paper opened, while the details were on their way; the same paper's
        // mention made again by the page meanwhile is the one to show.
        const now = intent.current;
        if (now === null || now.paperId !== mark.paperId) return;
        fade = !isLargePage(document);
        if (theme === 'auto') shownTheme = pageTheme(now.range.startContainer);
        draw(now, loaded);
      });
    },
    // A page that renders its text again makes new marks for the mention under a resting pointer.
    same: (a, b) => a.paperId === b.paperId,
    resolve: (mark) => underPointer(mark),
    moved: (mark) => {
      if (shown) draw(mark, details);
    },
    close: () => {
      pointer.rest();
      const closing = shown;
      const hadFocus = !!host.current && document.activeElement === host.current.shadowHost;
      focusOnOpen = false;
      draw(null);
      // Closed by a click elsewhere: focus goes where the reader clicked, not back to the mention.
      if (hadFocus && closing && !pointer.clickingAway()) focus.giveBack(closing.range);
    },
  });

  const focus = createFocusReturn(document, (el) => el === host.current?.shadowHost);

  /** The mention of `mark`'s paper under the pointer now, if any. */
  const underPointer = (mark: Mark): Mark | null => {
    const last = pointer.at();
    if (!last || last.overUi) return null;
    const under = markAtPoint(document, session.registry, last.x, last.y);
    return under && under.paperId === mark.paperId ? under : null;
  };
  /** The mention of `mark`'s paper next to the open popover: with the pointer in the popover, the
   * one a re-rendering page made where it points (a trial saw it close as the pointer moved in). */
  const besidePopover = (mark: Mark): Mark | null => {
    const box = host.current?.uiContainer.querySelector('[role="dialog"]')?.getBoundingClientRect();
    return box ? nearestTo(session.registry.visible(), mark.paperId, box, NEAR_POPOVER_PX) : null;
  };
  // Each answer's marks, until one of them is the same paper under the pointer (or, with the
  // pointer in the popover, beside it) or the popover closes (the page's other blocks are answered
  // too, and may come first).
  let awaiting: Mark | null = null;
  const awaitAgain = (drawn: Mark) => {
    if (awaiting === drawn) return;
    awaiting = drawn;
    session.whenMarked(
      () => {
        awaiting = null;
        if (intent.current !== drawn) return;
        const again = underPointer(drawn) ?? (pointer.at()?.overUi ? besidePopover(drawn) : null);
        if (again) intent.keep(again);
        else awaitAgain(drawn);
      },
      signal,
      { next: true },
    );
  };

  const pointer = followPointer(
    document,
    session,
    intent,
    (event) => !!host.current && event.composedPath().includes(host.current.shadowHost),
    signal,
    settings.hoverDelay + RECHECK_AFTER_DELAY_MS,
  );
  signal.addEventListener('abort', () => {
    intent.hide();
    host.remove();
  });

  const openFromKeyboard = (mark: Mark) => {
    // No popover on screen (one may be on its way, fetching its details): focus is the page's.
    if (!shown) focus.remember();
    const start = mark.range.startContainer;
    // Text at the top of a shadow tree has no parent element: scroll its host into view.
    const el = start.parentElement ?? (start.getRootNode() as Partial<ShadowRoot>).host;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    focusOnOpen = true;
    intent.show(mark, true);
    return true;
  };
  const pick = createMentionPicker(session.registry, focus, () => intent.current);

  return {
    refresh() {
      revision++;
      const current = intent.current;
      if (current && !session.registry.visible().includes(current)) intent.hide();
      else if (current) draw(current);
    },
    reveal(paperId) {
      const mark = pick.ofPaper(paperId);
      return mark ? openFromKeyboard(mark) : false;
    },
    next() {
      const mark = pick.next();
      if (mark) return openFromKeyboard(mark);
      // The shortcut was pressed: nothing happening would look broken.
      say('No paper is marked on this page.');
      return false;
    },
  };
}
