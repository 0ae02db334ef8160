import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../lib/messages/client';
import type { PaperDetails } from '../lib/messages/contract';
import { errorText } from './errorText';

/** Load a paper's details from the background; `reload` after any change to its lists. A new
 * `revision` (a change announced from elsewhere: a list renamed or deleted, the paper saved from
 * the popup) loads them again, keeping what is shown until the answer comes. `preloaded`: the
 * details of `paperId`, fetched before the first render, which then shows them at once. */
export function usePaperDetails(paperId: string | null, revision = 0, preloaded: PaperDetails | null = null) {
  const [details, setDetails] = useState<PaperDetails | null>(preloaded);
  const unused = useRef(preloaded);
  const [error, setError] = useState<string | null>(null);
  // Requests overlap (a local save and the change it announces, another paper opened meanwhile):
  // only the latest one's answer is shown.
  const latest = useRef(0);
  const reload = useCallback(async () => {
    if (!paperId) return;
    const ticket = ++latest.current;
    try {
      const next = await send('paper/details', { paperId });
      if (ticket !== latest.current) return;
      setDetails(next);
      setError(null);
    } catch (e) {
      if (ticket === latest.current) setError(errorText(e));
    }
  }, [paperId]);
  useEffect(() => {
    const ready = unused.current;
    unused.current = null;
    if (ready && ready.paper.id === paperId) return;
    setDetails(null);
    void reload();
  }, [reload]);
  // Only a revision that changed while this paper is shown reloads: on mount the effect above has.
  const seen = useRef(revision);
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    void reload();
  }, [revision, reload]);
  return { details, error, reload };
}
