import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { DetailsView } from './DetailsView';
import { ListsView } from './ListsView';
import { PageView } from './PageView';
import { SearchView } from './SearchView';
import { type TabKey, Tabs, tabId } from './Tabs';
import { useCatalog, useOverview, useTheme } from './usePopupData';

const editable = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/** Back from a paper's details, besides Escape: Firefox closes the popup on Escape before the page
 * sees it (a Firefox trial), so Backspace and Alt+Left, a browser's own Back keys, do it too. */
const goesBack = (e: KeyboardEvent): boolean =>
  (e.key === 'Backspace' && !e.altKey && !e.ctrlKey && !e.metaKey) ||
  (e.key === 'ArrowLeft' && e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey);

const params = new URLSearchParams(location.search);
const START_TAB = (['search', 'page', 'lists'] as const).find((t) => t === params.get('view')) ?? 'search';

/** The toolbar popup: Search | On this page | Lists, and a paper's details over any of them. */
export function App() {
  const theme = useTheme();
  const catalog = useCatalog();
  const { overview, reload } = useOverview();
  const [tab, setTab] = useState<TabKey>(START_TAB);
  const [stack, setStack] = useState<string[]>([]);
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [active, setActive] = useState(0);
  const [listId, setListId] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const paperId = stack[stack.length - 1];

  useEffect(() => inputRef.current?.focus(), []);
  // First results are in the DOM and the box is focused: the popup is interactive. The search
  // index is restored right after ('popup-index'); a query typed before then is answered by titles.
  useLayoutEffect(() => {
    performance.mark('paperlens:popup-ready');
  }, []);
  useLayoutEffect(() => {
    if (catalog.index) performance.mark('paperlens:popup-index');
  }, [catalog.index]);

  const open = (id: string) => {
    if (stack.length === 0) returnFocus.current = document.activeElement as HTMLElement | null;
    setStack([...stack, id]);
  };
  const back = () => {
    const next = stack.slice(0, -1);
    setStack(next);
    if (next.length > 0) return;
    requestAnimationFrame(() => {
      const target = returnFocus.current?.isConnected ? returnFocus.current : inputRef.current;
      target?.focus();
    });
  };
  const selectTab = (key: TabKey) => {
    setStack([]);
    setTab(key);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !editable(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        selectTab('search');
        requestAnimationFrame(() => inputRef.current?.select());
      } else if (stack.length > 0 && (e.key === 'Escape' || (goesBack(e) && !editable(e.target)))) {
        e.preventDefault();
        back();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const savedPapers = overview ? new Set(overview.entries.map((e) => e.paperId)).size : undefined;
  return (
    <div class="pl-theme pp-app" data-theme={theme === 'auto' ? undefined : theme}>
      <header class="pp-header">
        <div class="pp-brand">
          <svg class="pp-logo" viewBox="0 0 24 24" aria-hidden="true">
            <rect x="4" y="3" width="12" height="16" rx="2" />
            <circle cx="15" cy="15" r="4.5" />
            <path d="M18.3 18.3 21 21" />
          </svg>
          <h1 class="pp-brand-name">PaperLens</h1>
        </div>
        <span class="pp-muted pp-small">{`${catalog.papers.size} papers · all local`}</span>
      </header>
      <Tabs current={tab} counts={{ lists: savedPapers }} onSelect={selectTab} />
      {/* The main landmark holds the tab panel (a role on <main> itself would replace its own). */}
      <main class="pp-main">
        <div id="pp-panel" class="pp-panel-area" role="tabpanel" aria-labelledby={tabId(tab)}>
          {paperId ? (
            <DetailsView
              key={paperId}
              paperId={paperId}
              depth={stack.length - 1}
              onBack={back}
              onOpenPaper={open}
              onChanged={reload}
            />
          ) : tab === 'search' ? (
            <SearchView
              catalog={catalog}
              overview={overview}
              query={query}
              active={active}
              inputRef={inputRef}
              onQuery={(q) => {
                setQuery(q);
                setActive(0);
              }}
              onActive={setActive}
              onOpen={open}
            />
          ) : tab === 'page' ? (
            <PageView catalog={catalog} overview={overview} onOpen={open} onChanged={reload} />
          ) : (
            <ListsView
              catalog={catalog}
              overview={overview}
              selected={listId}
              onSelect={setListId}
              onOpen={open}
              onChanged={reload}
            />
          )}
        </div>
      </main>
    </div>
  );
}
