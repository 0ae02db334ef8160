import { useEffect } from 'preact/hooks';
import type { Theme } from '../lib/settings/settings';

interface Props {
  text: string;
  theme: Theme;
  onUndo(): void;
  onDone(): void;
}

const SHOWN_MS = 8000;

/** A short notice with an Undo button, for an action that hid something ("Not this paper"). */
export function UndoToast({ text, theme, onUndo, onDone }: Props) {
  useEffect(() => {
    const timer = setTimeout(onDone, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [onDone]);
  return (
    <div class="pl-theme pl-toast pl-animate" data-theme={theme === 'auto' ? undefined : theme} role="status">
      <span>{text}</span>
      <button type="button" class="pl-button pl-quiet pl-toast-undo" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
