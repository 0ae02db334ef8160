// The right-click menu: search for selected text, save a linked catalog paper.
// The click logic is a plain function with its dependencies passed in, so it is unit-tested
// without a browser; entrypoints/background.ts wires it to the menus API.
import { type PaperRef, parsePaperRef } from '../detect/links';

export const MENU_SEARCH = 'paperlens-search-selection';
export const MENU_SAVE_LINK = 'paperlens-save-link';

/** Hosts whose links the detector can turn into a paper id (see lib/detect/links). */
export const PAPER_LINK_PATTERNS = [
  '*://*.arxiv.org/*',
  '*://*.ar5iv.org/*',
  '*://*.alphaxiv.org/*',
  '*://*.huggingface.co/papers/*',
  '*://*.doi.org/*',
  '*://*.aclanthology.org/*',
  '*://*.aclweb.org/anthology/*',
  // A match pattern's path includes the query, where OpenReview puts the paper's id.
  '*://*.openreview.net/forum*',
  '*://*.openreview.net/pdf*',
  '*://*.openreview.net/attachment*',
];

/** Longest selection sent to the search; more is not a query but a paragraph. */
export const MAX_QUERY = 200;

type MenuContext = 'selection' | 'link';

export interface MenuItem {
  id: string;
  title: string;
  contexts: [MenuContext, ...MenuContext[]];
  targetUrlPatterns?: string[];
}

export const MENU_ITEMS: MenuItem[] = [
  { id: MENU_SEARCH, title: "Find papers matching '%s'", contexts: ['selection'] },
  { id: MENU_SAVE_LINK, title: 'Save to reading list', contexts: ['link'], targetUrlPatterns: PAPER_LINK_PATTERNS },
];

/** The part of `contextMenus.OnClickData` the handler reads. */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  linkUrl?: string;
}

export interface MenuDeps {
  /** Catalog paper id for a reference, or null (DetectorService.resolve). */
  resolve(ref: PaperRef): Promise<string | null>;
  /** Save to the default reading list (the `entries/save` handler, which also refreshes tabs). */
  save(paperId: string): Promise<unknown>;
  /** Open the popup's search with a query (popup.html?q=...). */
  openSearch(query: string): Promise<unknown>;
  /** Short feedback on the tab's toolbar button; optional. */
  feedback?(tabId: number | undefined, outcome: MenuOutcome): Promise<unknown>;
}

export type MenuOutcome =
  | { kind: 'search'; query: string }
  | { kind: 'saved'; paperId: string }
  | { kind: 'not-a-paper'; url: string }
  /** The paper was found but could not be saved (the database refused the write). */
  | { kind: 'failed'; paperId: string; message: string }
  | { kind: 'ignored' };

export function searchQuery(selection: string): string {
  return selection.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY).trim();
}

/** The popup page that opens the search with `query` (the popup reads `?q=`). */
export function searchPath(query: string): string {
  return `/popup.html?q=${encodeURIComponent(query)}`;
}

export async function handleMenuClick(
  info: MenuClick,
  tab: { id?: number } | undefined,
  deps: MenuDeps,
): Promise<MenuOutcome> {
  let outcome: MenuOutcome = { kind: 'ignored' };
  if (info.menuItemId === MENU_SEARCH) {
    const query = searchQuery(info.selectionText ?? '');
    if (query) {
      await deps.openSearch(query);
      outcome = { kind: 'search', query };
    }
  } else if (info.menuItemId === MENU_SAVE_LINK && info.linkUrl) {
    const ref = parsePaperRef(info.linkUrl);
    const paperId = ref ? await deps.resolve(ref) : null;
    if (paperId) {
      // A failed save gets feedback too: the reader would otherwise think the paper was saved.
      outcome = await deps.save(paperId).then(
        (): MenuOutcome => ({ kind: 'saved', paperId }),
        (error: unknown): MenuOutcome => ({
          kind: 'failed',
          paperId,
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    } else {
      outcome = { kind: 'not-a-paper', url: info.linkUrl };
    }
  }
  if (outcome.kind !== 'ignored') await deps.feedback?.(tab?.id, outcome)?.catch(() => {});
  if (outcome.kind === 'failed') throw new Error(`context menu: saving ${outcome.paperId} failed: ${outcome.message}`);
  return outcome;
}
