import { useState } from 'preact/hooks';
import { MAX_NOTE } from '../../lib/db/types';

interface Props {
  note: string;
  /** Text typed in an earlier popup and not saved (see noteDrafts). */
  draft: string | null;
  label: string;
  onSave(note: string): void;
  onCancel(): void;
  /** Told the text as it is typed. */
  onText(text: string): void;
}

/** A note on an entry: Save (or Ctrl/Cmd+Enter) keeps it, Escape cancels. */
export function NoteEditor({ note, draft, label, onSave, onCancel, onText }: Props) {
  const [text, setText] = useState(draft ?? note);
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
        onInput={(e) => {
          setText(e.currentTarget.value);
          onText(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSave(text);
          }
        }}
      />
      {draft !== null && <p class="pp-note-draft">Not saved yet: your note from before the popup closed.</p>}
      <div class="pl-row">
        <button type="submit" class="pl-button pl-primary">
          Save note
        </button>
        <button type="button" class="pl-button pl-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
