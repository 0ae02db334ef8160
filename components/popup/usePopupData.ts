// Everything the popup reads from the background: the search index and papers, the lists, the theme.
import type MiniSearch from 'minisearch';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Paper } from '../../lib/catalog/types';
import { send } from '../../lib/messages/client';
import type { ListsOverview } from '../../lib/messages/contract';
import { buildSearchIndex, loadIndex } from '../../lib/search';
import type { Theme } from '../../lib/settings/settings';

export interface CatalogData {
  index: MiniSearch<Paper>;
  papers: Map<string, Paper>;
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e)).replace(/^\w+: /, '');

let pending: ReturnType<typeof fetchSearchData> | null = null;
const fetchSearchData = () => send('search/data', {});

/** Ask for the search data once, as early as possible (main.tsx calls this before rendering). */
export function searchData() {
  pending ??= fetchSearchData();
  return pending;
}

export function useCatalog() {
  const [catalog, setCatalog] = useState<CatalogData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    searchData()
      .then((data) => {
        performance.mark('paperlens:popup-data');
        // The background saves the index with its catalog version; one from another version is rebuilt.
        const index = loadIndex(data.index, data.catalogVersion) ?? buildSearchIndex(data.papers);
        setCatalog({ index, papers: new Map(data.papers.map((p) => [p.id, p])) });
      })
      .catch((e) => setError(errorText(e)));
  }, []);
  return { catalog, error };
}

export function useOverview() {
  const [overview, setOverview] = useState<ListsOverview | null>(null);
  const reload = useCallback(async () => {
    setOverview(await send('lists/overview', {}));
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { overview, reload };
}

export function useTheme(): Theme {
  const [theme, setTheme] = useState<Theme>('auto');
  useEffect(() => {
    send('settings/get', {})
      .then((s) => setTheme(s.theme))
      .catch(() => undefined);
  }, []);
  return theme;
}

/** Run a background action and turn its failure into a message for the user. */
export async function attempt(action: () => Promise<unknown>, onError: (message: string) => void): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (e) {
    onError(errorText(e));
    return false;
  }
}
