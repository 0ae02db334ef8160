import { useRef, useState } from 'preact/hooks';
import { focusAfterRender, onEscape } from '../focus';

/** "Reset…" asks first, in place: no blocking browser dialog. Focus starts on Cancel, and Escape
 * or Cancel goes back to the Reset button. */
export function ResetControl({ onConfirm }: { onConfirm(): void }) {
  const [asking, setAsking] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setAsking(false);
    focusAfterRender(resetButton);
  };
  if (!asking) {
    return (
      <button
        type="button"
        class="pl-opt-button pl-opt-danger-outline"
        ref={resetButton}
        onClick={() => setAsking(true)}
      >
        Reset everything…
      </button>
    );
  }
  return (
    <div class="pl-opt-confirm" role="alertdialog" aria-labelledby="reset-question" onKeyDown={onEscape(cancel)}>
      <p id="reset-question">
        Delete all reading lists, notes, hidden papers and settings? This cannot be undone; Export backup first keeps
        all of it, site rules included.
      </p>
      <div class="pl-opt-actions">
        <button type="button" class="pl-opt-button pl-opt-secondary" onClick={cancel} ref={(el) => el?.focus()}>
          Cancel
        </button>
        <button
          type="button"
          class="pl-opt-button pl-opt-danger"
          onClick={() => {
            // The question goes, and the button pressed with it: focus goes back to "Reset
            // everything…", beside the message that says what was reset.
            setAsking(false);
            focusAfterRender(resetButton);
            onConfirm();
          }}
        >
          Delete everything
        </button>
      </div>
    </div>
  );
}
