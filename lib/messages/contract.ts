// The one typed contract between the popup, the options page, content scripts and the background.
// Every message type is listed here with its request and response; anything else is rejected.
import type { Paper } from '../catalog/types';
import type { Dismissal, ListEntry, ReadingList, ReadingStatus } from '../db/types';
import type { BlockMentions, DetectionKinds } from '../detect/types';
import type { MergeSummary } from '../export/merge';
import type { Settings, SettingsChanges, SiteMode } from '../settings/settings';

export interface CatalogStatus {
  version: string;
  count: number;
}

export interface PaperCount {
  paperId: string;
  count: number;
}

/** A paper of a tab, with the frames that mention it: the page itself (0) first, then iframes. */
export interface PagePaper extends PaperCount {
  frames: number[];
}

/** What the popover and the popup's details view show for one paper. */
export interface PaperDetails {
  paper: Paper;
  entries: ListEntry[];
  lists: ReadingList[];
  related: Paper[];
}

export interface ListsOverview {
  lists: ReadingList[];
  entries: ListEntry[];
}

/** What a backup import did (lib/export/merge plans it). */
export type ImportSummary = MergeSummary;
/** What an import's undo puts back: the data before it (a backup's text), and a fingerprint of
 * the data after it, to tell whether anything changed since (lib/background/undo-import). */
export interface ImportUndo {
  before: string;
  after: string;
}
/** What an import did, and its undo (null when it changed nothing). */
export type ImportResult = ImportSummary & { undo: ImportUndo | null };

export interface SiteModeInfo {
  /** The site's rule pattern, e.g. "example.org". */
  site: string;
  mode: SiteMode;
  settings: Settings;
}

/** What a content script needs to start on a page. */
export interface DetectorSetup {
  settings: Settings;
  mode: SiteMode;
  /** Papers in any reading list. */
  saved: string[];
  /** Papers the user said "Not this paper" to on this site. */
  dismissed: string[];
  /** Given to a content script in an iframe: the address of the tab's page, whose site it
   * follows too (paused there, paused in its frames; "Not this paper" hides it there). */
  pageUrl?: string;
}

/** Requests answered by the background: `[request, response]`. */
export interface BackgroundMessages {
  'catalog/status': [Record<string, never>, CatalogStatus];
  /** `ancestors`: in a nested iframe, the origins of the frames around it (Chromium's
   * location.ancestorOrigins), whose sites' modes and hidden papers it follows too. */
  'detector/state': [{ url: string; ancestors?: string[] }, DetectorSetup];
  /** Finds papers in blocks of page text, one string per block (see lib/page/text-batch
   * TextBatch, lib/detect/blocks). Answers for the blocks with mentions only. */
  'detector/scan': [{ texts: string[]; kinds: DetectionKinds }, BlockMentions[]];
  /** The paper each link goes to, or null; hrefs as the page writes them, resolved against `base`. */
  /** `page`: the page's own address (links to the paper the page is are not marked). */
  'detector/links': [{ hrefs: string[]; base: string; page?: string }, Array<string | null>];
  'settings/get': [Record<string, never>, Settings];
  /** Replaces the whole record (tests, tools). Pages use settings/update. */
  'settings/set': [{ settings: Settings }, Settings];
  /** Applies only the given fields to the stored settings, in one transaction. */
  'settings/update': [{ changes: SettingsChanges }, Settings];
  'papers/get': [{ ids: string[] }, Paper[]];
  'paper/details': [{ paperId: string }, PaperDetails];
  'page/report': [{ url: string; papers: PaperCount[] }, null];
  'page/papers': [{ tabId: number }, PagePaper[]];
  'lists/overview': [Record<string, never>, ListsOverview];
  'lists/create': [{ name: string }, ReadingList];
  'lists/rename': [{ listId: string; name: string }, ReadingList];
  'lists/delete': [{ listId: string }, null];
  /** Undo of a delete: the list and its entries as they were. */
  'lists/restore': [{ list: ReadingList; entries: ListEntry[] }, ReadingList];
  /** The lists in this order (the first is where a page's Save goes); lists not named keep theirs, after. */
  'lists/reorder': [{ listIds: string[] }, null];
  'entries/save': [{ paperId: string; listId?: string }, ListEntry];
  /** Answers the entries it added: those of the papers that were not in the list before. */
  'entries/save-many': [{ paperIds: string[]; listId: string }, string[]];
  'entries/remove': [{ entryId: string }, null];
  /** Removes these entries in one transaction (the Undo of a "Save all"); absent ones are skipped. */
  'entries/remove-many': [{ entryIds: string[] }, null];
  /** Puts a removed entry back as it was (Undo). */
  'entries/restore': [{ entry: ListEntry }, ListEntry];
  'entries/update': [{ entryId: string; status?: ReadingStatus; note?: string }, ListEntry];
  'entries/move': [{ entryId: string; toListId: string }, ListEntry];
  /** Undo of a move: `entry` as it was before, and `before`, what the list it went to held of the
   * paper (null: nothing). */
  'entries/unmove': [{ entry: ListEntry; toListId: string; before: ListEntry | null }, ListEntry];
  'entries/reorder': [{ listId: string; entryIds: string[] }, null];
  /** `url` is the page's address: the paper is hidden on its host, or in "local files" for a
   * file:// page (lib/db/dismissal-site). */
  'dismissals/add': [{ url: string; paperId: string }, Dismissal];
  'dismissals/remove': [{ dismissalId: string }, null];
  'dismissals/list': [Record<string, never>, Dismissal[]];
  'backup/export': [Record<string, never>, string];
  'backup/import': [{ json: string }, ImportResult];
  /** Puts back the data an import found, unless it changed since (then an error says so). */
  'backup/undo-import': [{ undo: ImportUndo }, null];
  /** The site of a page and the mode PaperLens runs in there. */
  'sites/get-mode': [{ url: string }, SiteModeInfo];
  /** Set the mode of a page's site (the popup's "Pause on this site"); open tabs follow. */
  'sites/set-mode': [{ url: string; mode: SiteMode }, SiteModeInfo];
  /** Delete lists, entries, dismissals and settings in one transaction; the catalog stays. */
  'data/reset': [Record<string, never>, null];
}

/** Notifications the background or popup sends to a tab's content script. */
export interface TabMessages {
  /** Saved state or dismissals changed: restyle marks. */
  /** `only: 'details'`: a note, a status, a list's name or order changed, which no mark shows: an
   * open popover reloads what it shows, nothing else (no state to ask for in every frame). */
  'tab/refresh-marks': [{ only?: 'details' }, null];
  /** Scroll to the first mention of a paper and open its popover. */
  'tab/reveal': [{ paperId: string }, boolean];
  /** The page's address, so the popup can offer "Pause on this site" without the tabs permission. */
  'tab/location': [Record<string, never>, { url: string }];
  /** Step to the next mention and open its popover (keyboard shortcut). */
  'tab/next-mention': [Record<string, never>, boolean];
  /** Is this document still there? (Sent to one document by its id: the background's check of
   * whose results a tab still shows.) */
  'tab/ping': [Record<string, never>, true];
}

export type BackgroundType = keyof BackgroundMessages;

/**
 * What a content script may ask: find papers, report them, and what its popover offers (details,
 * save, status, remove and its Undo, a new list, "Not this paper" and its Undo). Everything else
 * (settings, imports, resets, exports, moving and deleting) comes from the extension's own pages;
 * the router refuses it from a tab, so a page that subverted a content script could not use it.
 */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<BackgroundType> = new Set<BackgroundType>([
  'detector/state',
  'detector/scan',
  'detector/links',
  'page/report',
  'paper/details',
  'entries/save',
  'entries/update',
  'entries/remove',
  'entries/restore',
  'lists/create',
  'dismissals/add',
  'dismissals/remove',
]);
export type TabType = keyof TabMessages;
export type RequestOf<M, K extends keyof M> = M[K] extends [infer Req, unknown] ? Req : never;
export type ResponseOf<M, K extends keyof M> = M[K] extends [unknown, infer Res] ? Res : never;

/** Who sent a message, as the router checked it (lib/messages/router: checkSender). */
export interface MessageSource {
  /** Set for a content script only. */
  tabId?: number;
  /** The tab's address (for a content script: its tab's page, even when it runs in an iframe). */
  url?: string;
  /** A content script's frame: 0 for the tab's page itself, another number for an iframe in it. */
  frameId?: number;
  /** The sending document and its state (Chrome 106+; Firefox gives neither). */
  documentId?: string;
  documentLifecycle?: string;
}

export type BackgroundHandlers = {
  [K in BackgroundType]: (
    payload: RequestOf<BackgroundMessages, K>,
    sender: MessageSource,
  ) => Promise<ResponseOf<BackgroundMessages, K>>;
};
