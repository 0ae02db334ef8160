import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../lib/messages/client';
import type { PaperDetails } from '../lib/messages/contract';
import { errorText } from './errorText';

/** Load a paper's details from the background; `reload` after any change to its lists. A new
 * `revision` (a change announced from elsewhere: a list renamed or deleted, the paper saved from
 * the popup) loads them again, keeping what is shown until the answer comes. */
export function usePaperDetails(paperId: string | null, revision = 0) {
  const [details, setDetails] = useState<PaperDetails | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    if (!paperId) return;
    try {
      setDetails(await send('paper/details', { paperId }));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, [paperId]);
  useEffect(() => {
    setDetails(null);
    void reload();
  }, [reload]);
  // Only a new revision reloads here; a new paper is loaded by the effect above.
  useEffect(() => {
    if (revision > 0) void reload();
  }, [revision]);
  return { details, error, reload };
}
