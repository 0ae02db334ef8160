import { useEffect, useRef } from 'preact/hooks';
import { PaperCard } from '../PaperCard';
import { usePaperDetails } from '../usePaperDetails';

// Firefox closes the popup on Escape before the page sees it: there Backspace steps back (App.tsx).
const BACK_HINT = import.meta.env.BROWSER === 'firefox' ? 'Backspace to go back' : 'Esc to go back';

interface Props {
  paperId: string;
  /** How many papers are stacked under this one (related papers opened from details). */
  depth: number;
  onBack(): void;
  onOpenPaper(paperId: string): void;
  onChanged(): Promise<void> | void;
}

/** A paper's details in the popup: the popover's PaperCard, with a Back button. */
export function DetailsView({ paperId, depth, onBack, onOpenPaper, onChanged }: Props) {
  const { details, error, reload } = usePaperDetails(paperId);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!details) return;
    // Start at the top (the list it was opened from may have been scrolled), and focus without
    // scrolling: focusing the section while it slides in scrolled the Back button under the tabs.
    ref.current?.closest('.pp-panel-area')?.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, [paperId, details !== null]);
  return (
    <section ref={ref} class="pp-details pl-animate" tabIndex={-1} aria-label="Paper details">
      <div class="pp-details-bar">
        <button type="button" class="pp-back" onClick={onBack}>
          <span aria-hidden="true">←</span> Back
        </button>
        <span class="pp-muted pp-small">{depth > 0 ? 'Related paper' : BACK_HINT}</span>
      </div>
      {error && (
        <p class="pl-error" role="alert">
          {error}
        </p>
      )}
      {!details && !error && <p class="pp-muted">Loading…</p>}
      {details && (
        <PaperCard
          details={details}
          headingId="pp-details-title"
          onChanged={async () => {
            await reload();
            await onChanged();
          }}
          onOpenPaper={onOpenPaper}
        />
      )}
    </section>
  );
}
