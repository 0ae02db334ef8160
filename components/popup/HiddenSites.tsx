import { useEffect, useRef, useState } from 'preact/hooks';
import type { Dismissal } from '../../lib/db/types';
import { send } from '../../lib/messages/client';
import { siteForDisplay } from '../../lib/settings/site-display';
import { focusInPlaceOf } from '../focus';
import { tooltipWhenCut } from './overflow';
import { attempt, type CatalogData } from './usePopupData';

interface Props {
  catalog: CatalogData;
  /** Reload when this changes (an import can add hidden papers). */
  overview: unknown;
  onChanged(): Promise<void>;
}

/** "Not this paper" choices, each of which can be undone. */
export function HiddenSites({ catalog, overview, onChanged }: Props) {
  const [items, setItems] = useState<Dismissal[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    send('dismissals/list', {})
      .then(setItems)
      .catch(() => setItems([]));
  useEffect(() => {
    if (overview) void load();
  }, [overview]);
  const panel = useRef<HTMLDetailsElement>(null);
  const undo = (d: Dismissal, at: number) =>
    attempt(async () => {
      await send('dismissals/remove', { dismissalId: d.id });
      await load();
      await onChanged();
      // The pressed Undo is gone with its row: focus the row now in its place, or the one above,
      // or the panel's heading once nothing is hidden.
      focusInPlaceOf(
        at,
        () => panel.current?.querySelectorAll<HTMLElement>('.pp-hidden-item button') ?? [],
        () => panel.current?.querySelector('summary') ?? null,
      );
    }, setError);
  const count = items?.length ?? 0;
  return (
    <details class="pp-panel pp-hidden" ref={panel}>
      <summary class="pp-panel-heading">
        Hidden on sites <span class="pp-chip-count">{count}</span>
      </summary>
      {count === 0 ? (
        <p class="pp-muted pp-small">
          Nothing hidden. “Not this paper” in a popover hides that paper’s marks on that site; undo it here.
        </p>
      ) : (
        <ul class="pp-hidden-list">
          {items?.map((d, i) => (
            <li key={d.id} class="pp-hidden-item">
              <span class="pp-hidden-text">
                <span class="pp-hidden-title" {...tooltipWhenCut(catalog.papers.get(d.paperId)?.title ?? d.paperId)}>
                  {catalog.papers.get(d.paperId)?.title ?? d.paperId}
                </span>
                <span class="pp-muted pp-small">on {siteForDisplay(d.site)}</span>
              </span>
              <button
                type="button"
                class="pl-button pp-small-button"
                // Which paper on which site, for a screen reader going through a row of Undo buttons.
                aria-label={`Undo: show ${catalog.papers.get(d.paperId)?.title ?? d.paperId} on ${siteForDisplay(d.site)} again`}
                onClick={() => undo(d, i)}
              >
                Undo
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p class="pl-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
