import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../lib/messages/client';
import type { PaperDetails } from '../lib/messages/contract';
import { errorText } from './errorText';

/** Load a paper's details from the background; `reload` after any change to its lists. */
export function usePaperDetails(paperId: string | null) {
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
  return { details, error, reload };
}
