// Everything the popup reads from the background: the search index and papers, the lists, the theme.

import catalog from 'virtual:paperlens-catalog';
import savedIndex from 'virtual:paperlens-search-index';
import type MiniSearch from 'minisearch';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Paper } from '../../lib/catalog/types';
import { onChange } from '../../lib/messages/changes';
import { send } from '../../lib/messages/client';
import type { ListsOverview } from '../../lib/messages/contract';
import { buildSearchIndex, loadIndex } from '../../lib/search';
import type { Theme } from '../../lib/settings/settings';
import { errorText } from '../errorText';

export interface CatalogData {
  /** Null for the few milliseconds until the saved index is restored. */
  index: MiniSearch<Paper> | null;
  papers: Map<string, Paper>;
}

export { errorText };

/** The catalog ships inside the popup, so the first results need no round trip to the background. */
export function useCatalog() {
  const [papers] = useState(() => new Map(catalog.papers.map((p) => [p.id, p])));
  const [index, setIndex] = useState<MiniSearch<Paper> | null>(null);
  useEffect(() => {
    // Restoring the index takes tens of milliseconds: let the first results paint before it.
    const timer = setTimeout(() => {
      // The saved index carries its format and catalog version; one from another version is rebuilt.
      setIndex(loadIndex(savedIndex, catalog.version) ?? buildSearchIndex(catalog.papers));
    }, 0);
    return () => clearTimeout(timer);
  }, []);
  return useMemo((): CatalogData => ({ index, papers }), [index, papers]);
}

export function useOverview() {
  const [overview, setOverview] = useState<ListsOverview | null>(null);
  // Reloads overlap (an action's own and the broadcast of its change): the newest one's answer
  // wins, so an older answer arriving last cannot show a list as it was.
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const asked = ++latest.current;
    const answer = await send('lists/overview', {});
    if (asked === latest.current) setOverview(answer);
  }, []);
  useEffect(() => {
    void reload();
    // Lists change elsewhere too while the popup is open: Save in a page's popover, an import on
    // the options page, another window's popup. The popup's own changes reload at once as well
    // (onChanged), so that what follows a click sees them.
    return onChange(() => void reload().catch(() => undefined));
  }, [reload]);
  return { overview, reload };
}

export function useTheme(): Theme {
  const [theme, setTheme] = useState<Theme>('auto');
  useEffect(() => {
    const read = () =>
      void send('settings/get', {})
        .then((s) => setTheme(s.theme))
        .catch(() => undefined);
    read();
    // Changed while the popup is open (the options page, an imported backup's settings): at once.
    return onChange(read);
  }, []);
  return theme;
}

/** Run a background action and turn its failure into a message for the user. */
export async function attempt(
  action: () => Promise<unknown>,
  onError: (message: string) => void,
  say: (e: unknown) => string = errorText,
): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (e) {
    onError(say(e));
    return false;
  }
}
