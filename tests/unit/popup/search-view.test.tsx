import { createRef, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchView } from '../../../components/popup/SearchView';
import { buildSearchIndex } from '../../../lib/search';
import { PAPER_MAP, PAPERS } from '../search/papers.fixture';

// A popup opened on its own: no tab, so no banner for the tab's paper.
vi.mock('../../../components/popup/useActiveTab', () => ({
  useActiveTab: () => ({ tabId: null, explicit: false, url: undefined, visit: 0 }),
}));

const catalog = { index: buildSearchIndex(PAPERS), papers: PAPER_MAP };
const BERT =
  'Jacob Devlin, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. 2019. BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding. In NAACL.';

function show(query: string) {
  act(() => {
    render(
      <SearchView
        catalog={catalog}
        overview={{ lists: [], entries: [] }}
        query={query}
        active={0}
        inputRef={createRef()}
        onQuery={() => {}}
        onActive={() => {}}
        onOpen={() => {}}
      />,
      document.body,
    );
  });
}

const regions = () => [...document.querySelectorAll('[role="status"]')];
/** The live region `selector`'s message is in, and whether it was in the page before. */
function regionOf(selector: string, before: Element[]) {
  const region = document.querySelector(selector)?.closest('[role="status"]');
  return { found: region != null, wasThere: region != null && before.includes(region) };
}

afterEach(() => render(null, document.body));

describe('search view', () => {
  it('says what is wrong with a filter in a status region that was there, empty, before it, and keeps it as the message changes', () => {
    show('lightglue');
    const before = regions();
    expect(document.querySelector('.pp-warning')).toBeNull();
    show('lightglue year:soon');
    expect(document.querySelector('.pp-warning')?.textContent).toBe('year filter "soon" is not a year or range');
    expect(regionOf('.pp-warning', before)).toEqual({ found: true, wasThere: true });
    show('lightglue year:2030..2020');
    expect(document.querySelector('.pp-warning')?.textContent).toBe('year filter "2030..2020" starts after it ends');
    expect(regionOf('.pp-warning', before)).toEqual({ found: true, wasThere: true });
    // No alert: a bad filter is news about the query being typed.
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });

  it('says a pasted reference is not in the catalog in a status region that was there, empty, before it', () => {
    show('feature matching');
    const before = regions();
    expect(document.querySelector('.pp-search-notice')).toBeNull();
    show(BERT);
    expect(document.querySelector('.pp-search-notice')?.textContent).toBe(
      'This reference is not in the catalog. The papers below share words with it.',
    );
    expect(regionOf('.pp-search-notice', before)).toEqual({ found: true, wasThere: true });
    show('feature matching');
    expect(document.querySelector('.pp-search-notice')).toBeNull();
    expect(regions()).toEqual(before);
  });
});
