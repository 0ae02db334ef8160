import { useEffect, useState } from 'preact/hooks';
import type { Dismissal } from '../../lib/db/types';
import { send } from '../../lib/messages/client';
import { siteForDisplay } from '../../lib/settings/site-display';
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
  const undo = (d: Dismissal) =>
    attempt(async () => {
      await send('dismissals/remove', { dismissalId: d.id });
      await load();
      await onChanged();
    }, setError);
  const count = items?.length ?? 0;
  return (
    <details class="pp-panel pp-hidden">
      <summary class="pp-panel-heading">
        Hidden on sites <span class="pp-chip-count">{count}</span>
      </summary>
      {count === 0 ? (
        <p class="pp-muted pp-small">
          Nothing hidden. “Not this paper” in a popover hides that paper’s marks on that site; undo it here.
        </p>
      ) : (
        <ul class="pp-hidden-list">
          {items?.map((d) => (
            <li key={d.id} class="pp-hidden-item">
              <span class="pp-hidden-text">
                <span class="pp-hidden-title">{catalog.papers.get(d.paperId)?.title ?? d.paperId}</span>
                <span class="pp-muted pp-small">on {siteForDisplay(d.site)}</span>
              </span>
              <button type="button" class="pl-button pp-small-button" onClick={() => undo(d)}>
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
