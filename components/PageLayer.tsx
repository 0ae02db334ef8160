import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Dismissal } from '../lib/db/types';
import { send } from '../lib/messages/client';
import type { PaperDetails } from '../lib/messages/contract';
import type { Theme } from '../lib/settings/settings';
import { errorClause } from './errorText';
import { Popover, type PopoverAnchor } from './Popover';
import { UndoToast } from './UndoToast';

interface Props {
  /** The mention whose popover is open, if any, its paper's details if they are loaded, and
   * whether it fades in. */
  open: { paperId: string; anchor: PopoverAnchor; details: PaperDetails | null; fade: boolean } | null;
  theme: Theme;
  focusOnOpen: boolean;
  /** The page's address: "Not this paper" hides the mark on its site. */
  pageUrl: string;
  /** Where that is, in words ("on this site", "in local files"). */
  hiddenWhere(site: string | null): string;
  pageSite: string | null;
  /** Goes up when lists or dismissals change elsewhere (see Popover). */
  revision: number;
  onClose(): void;
  /** "Not this paper": the popover closes for good (its mark goes). */
  onHide(): void;
  /** The notice that had focus is gone: put it back in the page, at the hidden mention. */
  returnFocus(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** A word for the reader (the keyboard's next-mention with nothing to show), and its end. */
  said: { text: string; key: number } | null;
  onSaid(): void;
}

/** `focus`: the notice takes focus, as the popover it replaces had it. `name`: the hidden paper,
 * named in the notice (its mark is gone, so "Hidden" alone would not say which). */
type Notice = ({ hidden: Dismissal; name: string } | { failed: string }) & { focus: boolean };

/**
 * What PaperLens shows in the page's shadow root: at most one popover, and a notice, the Undo of
 * "Not this paper" or why it failed (the popover has closed by then, so the notice is the only
 * place left to say so).
 */
export function PageLayer({
  open,
  theme,
  focusOnOpen,
  pageUrl,
  hiddenWhere,
  pageSite,
  revision,
  said,
  onSaid,
  ...intent
}: Props) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const { returnFocus } = intent;
  // Focus goes back to the page only from the notice itself: if the reader has moved on (typing
  // in the page, another popover), the notice going takes nothing from them.
  const dismiss = useCallback(
    (focused: boolean) => {
      if (notice?.focus && focused) returnFocus();
      setNotice(null);
    },
    [notice, returnFocus],
  );
  const hide = (paperId: string, name: string) => {
    // Opened from the keyboard, the popover had focus: its notice takes it over.
    const focus = focusOnOpen;
    intent.onHide();
    send('dismissals/add', { url: pageUrl, paperId }).then(
      (hidden) => setNotice({ hidden, name, focus }),
      (e) => setNotice({ failed: `Could not hide this paper: ${errorClause(e)}`, focus }),
    );
  };
  const undo = (hidden: Dismissal, focus: boolean) => {
    setNotice(null);
    if (focus) returnFocus();
    send('dismissals/remove', { dismissalId: hidden.id }).catch((e) =>
      setNotice({ failed: `Could not show this paper again: ${errorClause(e)}`, focus }),
    );
  };
  return (
    <>
      {open && (
        <Popover
          key={open.paperId}
          paperId={open.paperId}
          details={open.details}
          fade={open.fade}
          anchor={open.anchor}
          theme={theme}
          focusOnOpen={focusOnOpen}
          onClose={intent.onClose}
          onPointerEnter={intent.onPointerEnter}
          onPointerLeave={intent.onPointerLeave}
          hiddenWhere={hiddenWhere(pageSite)}
          revision={revision}
          onNotThisPaper={hide}
          onChanged={() => undefined}
        />
      )}
      {/* The notice of "Not this paper" goes into a status region that is in the page, empty, from
          the popover's first opening: a live region added with its text already in it is not
          announced by every screen reader. A failure is an alert (UndoToast), added when it comes. */}
      <div class="pl-notices" role="status">
        {notice && 'hidden' in notice && (
          <UndoToast
            key={notice.hidden.id}
            text={`Hid “${notice.name}” ${hiddenWhere(notice.hidden.site)}.`}
            theme={theme}
            // Pressed from the keyboard (it had focus), focus goes back to the mention either way.
            onUndo={(focused) => undo(notice.hidden, notice.focus || focused)}
            onDone={dismiss}
            autoFocus={notice.focus}
          />
        )}
        {said && <PageNote key={said.key} text={said.text} theme={theme} onDone={onSaid} />}
      </div>
      {notice && 'failed' in notice && (
        <UndoToast key={notice.failed} text={notice.failed} theme={theme} onDone={dismiss} autoFocus={notice.focus} />
      )}
    </>
  );
}

const NOTE_MS = 4000;

/** A word at the corner of the page that goes by itself ("No paper is marked on this page"). */
function PageNote({ text, theme, onDone }: { text: string; theme: Theme; onDone(): void }) {
  useEffect(() => {
    const timer = setTimeout(onDone, NOTE_MS);
    return () => clearTimeout(timer);
  }, [onDone]);
  return (
    <div class="pl-theme pl-toast pl-animate" data-theme={theme === 'auto' ? undefined : theme}>
      <span>{text}</span>
    </div>
  );
}
