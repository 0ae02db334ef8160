import { useCallback, useState } from 'preact/hooks';
import type { Dismissal } from '../lib/db/types';
import { send } from '../lib/messages/client';
import type { Theme } from '../lib/settings/settings';
import { errorText } from './errorText';
import { Popover, type PopoverAnchor } from './Popover';
import { UndoToast } from './UndoToast';

interface Props {
  /** The mention whose popover is open, if any. */
  open: { paperId: string; anchor: PopoverAnchor } | null;
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
  onPointerEnter(): void;
  onPointerLeave(): void;
}

type Notice = { hidden: Dismissal } | { failed: string } | null;

/**
 * What PaperLens shows in the page's shadow root: at most one popover, and a notice, the Undo of
 * "Not this paper" or why it failed (the popover has closed by then, so the notice is the only
 * place left to say so).
 */
export function PageLayer({ open, theme, focusOnOpen, pageUrl, hiddenWhere, pageSite, revision, ...intent }: Props) {
  const [notice, setNotice] = useState<Notice>(null);
  const dismiss = useCallback(() => setNotice(null), []);
  const hide = (paperId: string) => {
    intent.onClose();
    send('dismissals/add', { url: pageUrl, paperId }).then(
      (hidden) => setNotice({ hidden }),
      (e) => setNotice({ failed: `Could not hide this paper: ${errorText(e)}` }),
    );
  };
  const undo = (hidden: Dismissal) => {
    setNotice(null);
    send('dismissals/remove', { dismissalId: hidden.id }).catch((e) =>
      setNotice({ failed: `Could not show this paper again: ${errorText(e)}` }),
    );
  };
  return (
    <>
      {open && (
        <Popover
          key={open.paperId}
          paperId={open.paperId}
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
      {notice && 'hidden' in notice && (
        <UndoToast
          key={notice.hidden.id}
          text={`Hidden ${hiddenWhere(notice.hidden.site)}.`}
          theme={theme}
          onUndo={() => undo(notice.hidden)}
          onDone={dismiss}
        />
      )}
      {notice && 'failed' in notice && (
        <UndoToast key={notice.failed} text={notice.failed} theme={theme} onDone={dismiss} />
      )}
    </>
  );
}
