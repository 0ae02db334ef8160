import { useState } from 'preact/hooks';

/** "Reset…" asks first, in place: no blocking browser dialog. */
export function ResetControl({ onConfirm }: { onConfirm(): void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="pl-opt-button pl-opt-danger-outline" onClick={() => setAsking(true)}>
        Reset everything…
      </button>
    );
  }
  return (
    <div class="pl-opt-confirm" role="alertdialog" aria-labelledby="reset-question">
      <p id="reset-question">
        Delete all reading lists, notes, hidden papers and settings? This cannot be undone; export a backup first if
        unsure.
      </p>
      <div class="pl-opt-actions">
        <button type="button" class="pl-opt-button pl-opt-secondary" onClick={() => setAsking(false)}>
          Cancel
        </button>
        <button
          type="button"
          class="pl-opt-button pl-opt-danger"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          Delete everything
        </button>
      </div>
    </div>
  );
}
