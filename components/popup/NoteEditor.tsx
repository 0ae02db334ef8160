import { useState } from 'preact/hooks';
import { MAX_NOTE } from '../../lib/db/types';
import type { NoteDraft } from './noteDrafts';

interface Props {
  /** The note as saved now (it may change while the editor is open: another popup, an import). */
  note: string;
  /** Text typed in an earlier popup and not saved, with the note it was begun from (noteDrafts). */
  draft: NoteDraft | null;
  label: string;
  onSave(note: string): void;
  onCancel(): void;
  /** Told the text as it is typed, and the saved note it was begun from. */
  onText(text: string, base: string): void;
}

/** The key that goes with Enter to save: ⌘ on a Mac. */
const SAVE_KEY = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** A note on an entry: Save (or Ctrl/Cmd+Enter) keeps it, Escape cancels (asking first, with a
 * second Escape, when it would throw away what was typed: a trial lost a note to one keypress). When the saved note
 * changed since the text was begun, the editor shows it and asks before replacing it: a kept draft
 * saved over a note an imported backup had added to lost that note unseen (a month-of-use trial). */
export function NoteEditor({ note, draft, label, onSave, onCancel, onText }: Props) {
  const [text, setText] = useState(draft?.text ?? note);
  // The saved note the text was begun from.
  const [base] = useState(draft?.base ?? note);
  const changed = note !== base && note !== text;
  // Escape pressed once with unsaved text: the next one discards it.
  const [discarding, setDiscarding] = useState(false);
  return (
    <form
      class="pp-note-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(text);
      }}
    >
      <textarea
        class="pl-input pp-note-input"
        dir="auto"
        aria-label={label}
        placeholder="Why this paper? What to check?"
        maxLength={MAX_NOTE}
        rows={3}
        value={text}
        ref={(el) => {
          if (el && document.activeElement !== el && !el.dataset.focused) {
            el.dataset.focused = '1';
            el.focus();
          }
        }}
        aria-keyshortcuts={`${SAVE_KEY === '⌘' ? 'Meta' : 'Control'}+Enter`}
        onInput={(e) => {
          setDiscarding(false);
          setText(e.currentTarget.value);
          onText(e.currentTarget.value, base);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            if (text.trim() === note.trim() || discarding) onCancel();
            else setDiscarding(true);
          } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSave(text);
          }
        }}
      />
      {draft !== null && !changed && (
        <p class="pp-note-draft">Not saved yet: your note from before the popup closed.</p>
      )}
      {/* Always there, so what it comes to say is announced (see ExportPanel's status). */}
      <div role="status" class="pp-note-changed-region">
        {discarding && <p class="pp-note-discard">Not saved: press Esc again to discard your changes.</p>}
        {changed && (
          <div class="pp-note-changed">
            <p>
              {note === ''
                ? 'The note was cleared elsewhere since you began writing.'
                : 'The note was changed elsewhere since you began writing. Saved now:'}
            </p>
            {note !== '' && (
              <p class="pp-note" dir="auto">
                {note}
              </p>
            )}
          </div>
        )}
      </div>
      <div class="pl-row">
        <button type="submit" class="pl-button pl-primary">
          {changed ? 'Save mine instead' : 'Save note'}
        </button>
        {/* Changed elsewhere, Cancel keeps the saved note: said so. */}
        <button type="button" class="pl-button pl-quiet" onClick={onCancel}>
          {changed ? 'Keep the saved note' : 'Cancel'}
        </button>
        <span class="pp-note-keys" aria-hidden="true">
          {SAVE_KEY}+Enter saves
        </span>
      </div>
    </form>
  );
}
