import { useEffect, useRef } from 'preact/hooks';
import type { Dismissal } from '../../lib/db/types';
import { onChange } from '../../lib/messages/changes';
import { send } from '../../lib/messages/client';
import { siteForDisplay } from '../../lib/settings/site-display';
import { errorText } from '../errorText';
import { focusInPlaceOf } from '../focus';
import { useNewest } from '../useNewest';
import { Section } from './Section';

interface Row extends Dismissal {
  title: string;
}

const dateOf = (ms: number) => new Date(ms).toLocaleDateString(undefined, { dateStyle: 'medium' });

async function loadRows(): Promise<Row[]> {
  const dismissals = await send('dismissals/list', {});
  const papers = await send('papers/get', { ids: [...new Set(dismissals.map((d) => d.paperId))] });
  const titles = new Map(papers.map((p) => [p.id, p.title]));
  return dismissals.map((d) => ({ ...d, title: titles.get(d.paperId) ?? d.paperId }));
}

export function Dismissals() {
  const { value: rows, setValue: setRows, error, setError, settle } = useNewest<Row[]>();

  useEffect(() => {
    // A "Not this paper" in another tab (or an Undo here) is announced: read the list again.
    const load = () => void settle(loadRows());
    load();
    return onChange(load);
  }, [settle]);

  const list = useRef<HTMLUListElement>(null);
  const undo = async (row: Row, at: number) => {
    try {
      await send('dismissals/remove', { dismissalId: row.id });
      setRows((current) => current?.filter((r) => r.id !== row.id) ?? null);
      // The pressed Undo is gone with its row: focus the Undo now in its place, or the one above,
      // or the section's heading once nothing is hidden, not the top of the page.
      focusInPlaceOf(
        at,
        () => list.current?.querySelectorAll<HTMLElement>('button') ?? [],
        () => document.getElementById('dismissals-title'),
      );
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <Section
      id="dismissals"
      title="Hidden papers"
      intro="Papers you marked “Not this paper” on a site. PaperLens no longer marks them there."
    >
      {rows && rows.length === 0 && <p class="pl-opt-empty">No hidden papers.</p>}
      {rows && rows.length > 0 && (
        <ul class="pl-opt-list" aria-label="Hidden papers" ref={list}>
          {rows.map((row, i) => (
            <li key={row.id} class="pl-opt-item">
              <span class="pl-opt-paper">
                <span class="pl-opt-paper-title">{row.title}</span>
                <small>
                  on {siteForDisplay(row.site)} · {dateOf(row.createdAt)}
                </small>
              </span>
              <button
                type="button"
                class="pl-opt-ghost"
                // The name starts with the word shown, so "click Undo" works for voice control users too.
                aria-label={`Undo: show ${row.title} on ${siteForDisplay(row.site)} again`}
                onClick={() => void undo(row, i)}
              >
                Undo
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p class="pl-opt-error" role="alert">
          {error}
        </p>
      )}
    </Section>
  );
}
