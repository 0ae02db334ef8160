import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { ListsOverview } from '../../lib/messages/contract';
import { type FilterKey, parseQuery } from '../../lib/search/query';
import { clipped, groupByPaper } from './entryInfo';
import { ResultCard } from './ResultCard';
import { TabBanner } from './TabBanner';
import { tabPaperOf } from './tabPaper';
import { useActiveTab } from './useActiveTab';
import type { CatalogData } from './usePopupData';
import { useSearch } from './useSearch';

interface Props {
  catalog: CatalogData | null;
  overview: ListsOverview | null;
  query: string;
  active: number;
  inputRef: RefObject<HTMLInputElement>;
  onQuery(query: string): void;
  onActive(index: number): void;
  onOpen(paperId: string): void;
}

const HINTS = ['year:>=2023', 'author:', 'tag:', 'status:"to read"', 'list:'];
const WANTED: Record<FilterKey, string> = {
  year: 'a year',
  author: 'a name',
  tag: 'a tag',
  list: 'a list name',
  status: 'a status',
};
/** "Type a name after author:" for the first filter still waiting for its value. */
const prompt = (pending: FilterKey[]) => (pending[0] ? `Type ${WANTED[pending[0]]} after ${pending[0]}:` : '');
const optionId = (i: number) => `pp-result-${i}`;

export function SearchView({ catalog, overview, query, active, inputRef, onQuery, onActive, onOpen }: Props) {
  const { results, errors, browsing, pending, unknown } = useSearch(catalog, overview, query);
  const tab = tabPaperOf(catalog, useActiveTab().url);
  const waiting = prompt(pending);
  const count = `${results.length === 50 ? '50+' : results.length} result${results.length === 1 ? '' : 's'}`;
  const byPaper = groupByPaper(overview?.entries ?? []);
  const current = Math.min(active, results.length - 1);
  useEffect(() => {
    if (current >= 0) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      onActive(Math.max(0, Math.min(results.length - 1, current + step)));
    } else if (e.key === 'Enter') {
      const hit = results[current];
      if (hit) onOpen(hit.paper.id);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      e.stopPropagation();
      onQuery('');
    }
  };
  const addHint = (hint: string) => {
    onQuery(`${query.trim() ? `${query.trim()} ` : ''}${hint}${hint.endsWith(':') ? '' : ' '}`);
    inputRef.current?.focus();
  };
  return (
    <section class="pp-search" aria-label="Search">
      <div class="pp-searchbox">
        <svg class="pp-search-icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M13 13l4.5 4.5" />
        </svg>
        <input
          ref={inputRef}
          type="search"
          class="pp-search-input"
          role="combobox"
          aria-label="Search papers"
          aria-expanded={results.length > 0}
          aria-controls="pp-results"
          aria-autocomplete="list"
          aria-activedescendant={current >= 0 ? optionId(current) : undefined}
          aria-describedby="pp-search-help"
          placeholder={catalog ? 'Search titles, authors, tags…' : 'Loading the catalog…'}
          value={query}
          onInput={(e) => onQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          autocomplete="off"
          spellcheck={false}
        />
        <span class="pp-kbd" aria-hidden="true">
          /
        </span>
      </div>
      <p id="pp-search-help" class="pl-visually-hidden">
        Filters: year:2023, year:&gt;=2022, author:, tag:, list:, status:. Arrow keys move, Enter opens.
      </p>
      {browsing && (
        <fieldset class="pp-hints">
          <legend class="pl-visually-hidden">Add a filter</legend>
          {HINTS.map((hint) => (
            <button key={hint} type="button" class="pp-hint" onClick={() => addHint(hint)}>
              {hint}
            </button>
          ))}
        </fieldset>
      )}
      {browsing && tab.paper && <TabBanner paper={tab.paper} onOpen={onOpen} />}
      {/* Status regions that are always there, empty until there is something to say: a live region
          added with its text already in it, or re-created when its text changes, is not announced
          by every screen reader. A bad filter is news about the query being typed, not a failure:
          a status, not an alert. Empty, they take no room. */}
      <div role="status">
        {errors.map((message) => (
          <p key={message} class="pp-warning">
            {message.replace(/^search: /, '')}
          </p>
        ))}
      </div>
      <p class="pp-section-label" role="status" aria-live="polite">
        {!catalog
          ? ''
          : browsing
            ? waiting || 'Newest papers'
            : [count, waiting.toLowerCase()].filter(Boolean).join(' · ')}
      </p>
      <div role="status">
        {unknown === 'reference' && results.length > 0 && (
          <p class="pp-search-notice">This reference is not in the catalog. The papers below share words with it.</p>
        )}
      </div>
      <div id="pp-results" class="pp-results" role="listbox" aria-label="Results">
        {results.map((result, i) => (
          <ResultCard
            key={result.paper.id}
            id={optionId(i)}
            result={result}
            active={i === current}
            entries={byPaper.get(result.paper.id) ?? []}
            lists={overview?.lists ?? []}
            onOpen={() => onOpen(result.paper.id)}
            onHover={() => i !== current && onActive(i)}
          />
        ))}
      </div>
      {catalog && !browsing && results.length === 0 && unknown === 'identifier' && (
        <div class="pp-empty">
          <p class="pp-empty-title">“{clipped(query.trim())}” is not in the catalog</p>
          <p>
            PaperLens knows the {catalog.papers.size} papers bundled with it; this identifier or address names none of
            them.
          </p>
        </div>
      )}
      {catalog && !browsing && results.length === 0 && unknown !== 'identifier' && (
        <div class="pp-empty">
          <p class="pp-empty-title">No papers match “{clipped(query.trim())}”</p>
          <p>
            {errors.length > 0
              ? 'Mend the filter above, or remove it.'
              : parseQuery(query).filters.length > 0
                ? 'Try fewer words, or remove a filter.'
                : 'Try fewer words, a word of the title, an author’s family name, a short name such as LightGlue, or an arXiv id.'}
          </p>
        </div>
      )}
    </section>
  );
}
