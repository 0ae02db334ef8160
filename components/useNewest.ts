import { useCallback, useRef, useState } from 'preact/hooks';
import { errorText } from './errorText';

/**
 * A value loaded by requests whose answers can arrive out of order (a reload racing an update):
 * only the newest request's answer or error is kept. `settle` says whether its request succeeded.
 */
export function useNewest<T>() {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState('');
  const latest = useRef(0);
  const settle = useCallback(async (request: Promise<T>): Promise<boolean> => {
    const ticket = ++latest.current;
    try {
      const next = await request;
      if (ticket === latest.current) {
        setValue(next);
        setError('');
      }
      return true;
    } catch (e) {
      if (ticket === latest.current) setError(errorText(e));
      return false;
    }
  }, []);
  return { value, setValue, error, setError, settle };
}
