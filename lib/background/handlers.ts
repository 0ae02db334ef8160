import * as v from 'valibot';
import type { Catalog, Paper } from '../catalog/types';
import type { PaperLensDB } from '../db/database';
import { dismissalSite, dismissalSiteOrNull } from '../db/dismissal-site';
import * as lists from '../db/lists';
import { dismissalId, entryId, type ListEntry, type ReadingList } from '../db/types';
import { EntrySchema, issueMessage, issuePath, ListSchema } from '../export/backup-schema';
import type { BackgroundHandlers, DetectorSetup, PagePaper, PaperCount } from '../messages/contract';
import { checkSettings, checkSettingsChanges } from '../settings/schema';
import { applySettingsChanges, migrateSettings, type SiteMode, siteMode } from '../settings/settings';
import { siteOfUrl, withSiteMode } from '../settings/site-rules';
import { exportBackup, importBackup } from './backup';
import type { DetectorService } from './detector';
import { loadSettings, SETTINGS_KEY } from './settings-store';
import { checkReport, type ReportingDocument } from './tab-state';
import { undoImport } from './undo-import';

export { loadSettings, SETTINGS_KEY } from './settings-store';

/** Site modes from the one that does least: an iframe follows its page's site and its own. */
const STRICTER: SiteMode[] = ['off', 'quiet', 'on'];
const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/** The origins a frame says are around it: text that reads as an origin, at most a frame's depth
 * (Chromium nests frames 32 deep at most); anything else is left out, not trusted. */
const originsOf = (ancestors: unknown): string[] =>
  Array.isArray(ancestors)
    ? ancestors
        .filter((a): a is string => typeof a === 'string' && /^[a-z][a-z\d+.-]*:\/\/[^/\s]+$/i.test(a))
        .slice(0, 32)
    : [];

/** Forget everything the user made (lists, entries, dismissals, settings); keep the catalog. */
export async function resetUserData(db: PaperLensDB): Promise<void> {
  await db.transaction('rw', [db.lists, db.entries, db.dismissals, db.settings], async () => {
    await Promise.all([db.lists.clear(), db.entries.clear(), db.dismissals.clear(), db.settings.clear()]);
  });
}

export interface HandlerDeps {
  db: PaperLensDB;
  /** Resolves once the catalog is loaded into the database. */
  ready: Promise<Catalog>;
  /** Built on first use from the catalog. */
  detector: () => Promise<DetectorService>;
  /** Per-tab results of the detector. */
  tabs: {
    /** Stores a report, or drops it when it comes from a document the tab no longer shows. */
    set(tabId: number, url: string, papers: PaperCount[], from?: ReportingDocument): Promise<unknown>;
    get(tabId: number): Promise<PagePaper[]>;
  };
  /** Something the content scripts show changed (saved state, dismissals): tell every tab;
   * `'details'` when only what an open popover shows changed (a note, a status, a list's name). */
  broadcastChange(only?: 'details'): void;
}

export function createHandlers({ db, ready, detector, tabs, broadcastChange }: HandlerDeps): BackgroundHandlers {
  // Every page load asks for this, so it reads the paperId index's keys, not every entry, and
  // names only papers a page can show (catalog papers): a list may hold many more.
  let catalogIds: Promise<Set<string>> | undefined;
  /** What a content script starts with. In an iframe (`page`: the tab's address; `ancestors`: the
   * origins of the frames between, for a nested one), the strictest of the sites' modes holds,
   * and the papers hidden on any of them stay hidden. */
  const pageState = async (url: string, page?: string, ancestors: readonly string[] = []): Promise<DetectorSetup> => {
    catalogIds ??= ready.then((catalog) => new Set(catalog.papers.map((p) => p.id)));
    const settings = await loadSettings(db);
    const around = page ? [page, ...ancestors] : [];
    const sites = [...new Set([url, ...around].map(dismissalSiteOrNull).filter((s): s is string => s !== null))];
    const [savedKeys, known, dismissals] = await Promise.all([
      db.entries.orderBy('paperId').uniqueKeys(),
      catalogIds,
      sites.length > 0 ? db.dismissals.where('site').anyOf(sites).toArray() : [],
    ]);
    const modes = [url, ...around].map((u) => siteMode(settings, hostOf(u)));
    return {
      settings,
      mode: STRICTER.find((mode) => modes.includes(mode)) ?? 'on',
      saved: (savedKeys as string[]).filter((id) => known.has(id)),
      dismissed: [...new Set(dismissals.map((d) => d.paperId))],
      ...(page && { pageUrl: page }),
    };
  };
  const afterWrite = async <T>(result: Promise<T>, only?: 'details'): Promise<T> => {
    const value = await result;
    broadcastChange(only);
    return value;
  };
  return {
    'catalog/status': async () => {
      const catalog = await ready;
      return { version: catalog.version, count: await db.papers.count() };
    },
    // An iframe's script asks too: the tab's address is the sender's (from.url), not the frame's.
    'detector/state': async ({ url, ancestors }, from) =>
      from.frameId ? pageState(url, from.url, originsOf(ancestors)) : pageState(url),
    // The sender's address (its tab's): on a paper's own page, its id in the text is a label.
    'detector/scan': async ({ texts, kinds }, from) => (await detector()).scan(texts, kinds, from.url),
    // The page's address says which paper's own page this is (its links to itself are not marked);
    // the page says it, as the sender's may lag an SPA's navigation.
    'detector/links': async ({ hrefs, base, page }, from) => (await detector()).links(hrefs, base, page ?? from.url),
    'settings/get': async () => loadSettings(db),
    'settings/set': async ({ settings }) => {
      const next = migrateSettings(checkSettings(settings));
      await db.settings.put({ key: SETTINGS_KEY, value: next });
      broadcastChange();
      return next;
    },
    'settings/update': async ({ changes }) => {
      // Read and write in one transaction: a "Pause on this site" arriving meanwhile is not lost.
      const next = await db.transaction('rw', db.settings, async () => {
        const merged = applySettingsChanges(await loadSettings(db), checkSettingsChanges(changes));
        await db.settings.put({ key: SETTINGS_KEY, value: merged });
        return merged;
      });
      broadcastChange();
      return next;
    },
    'papers/get': async ({ ids }) => {
      await ready;
      return (await db.papers.bulkGet(ids)).filter((p): p is Paper => !!p);
    },
    'paper/details': async ({ paperId }) => {
      await ready;
      const paper = await db.papers.get(paperId);
      if (!paper) throw new Error(`papers: no paper with id ${paperId}`);
      const related = (await db.papers.bulkGet(paper.related ?? [])).filter((p): p is Paper => !!p);
      const allLists = await lists.sortedLists(db);
      // In the lists' own order, as the popup shows them (the index gives them by list id).
      const place = new Map(allLists.map((l, i) => [l.id, i]));
      const entries = await db.entries.where('paperId').equals(paperId).toArray();
      entries.sort((a, b) => (place.get(a.listId) ?? 0) - (place.get(b.listId) ?? 0));
      return { paper, entries, lists: allLists, related };
    },
    'page/report': async ({ url, papers }, sender) => {
      if (sender.tabId === undefined) throw new Error('page: only a content script can report a page');
      const report = checkReport(url, papers);
      const { documentId, documentLifecycle, frameId } = sender;
      // A stale report is dropped without an error: its page is gone and nothing there could act on it.
      await tabs.set(sender.tabId, report.url, report.papers, { documentId, documentLifecycle, frameId });
      return null;
    },
    'page/papers': async ({ tabId }) => tabs.get(tabId),
    'lists/overview': async () => ({ lists: await lists.sortedLists(db), entries: await db.entries.toArray() }),
    'lists/create': async ({ name }) => afterWrite(lists.createList(db, name)),
    'lists/rename': async ({ listId, name }) => afterWrite(lists.renameList(db, listId, name), 'details'),
    'lists/delete': async ({ listId }) => afterWrite(lists.deleteList(db, listId).then(() => null)),
    'lists/restore': async ({ list, entries }) => {
      if (!Array.isArray(entries)) throw new Error('lists: cannot restore the list: entries: expected an array');
      return afterWrite(lists.restoreList(db, checkedList(list), entries.map(checkedEntry)));
    },
    'entries/save': async ({ paperId, listId }) => {
      await ready;
      return afterWrite(lists.saveEntry(db, paperId, listId));
    },
    'entries/save-many': async ({ paperIds, listId }) => {
      await ready;
      // All or nothing: one unknown paper leaves the list as it was. Says how many were new there.
      const saved = await db.transaction('rw', db.lists, db.entries, db.papers, async () => {
        const wanted = [...new Set(paperIds)];
        const ids = wanted.map((paperId) => entryId(listId, paperId));
        const there = await db.entries.bulkGet(ids);
        for (const paperId of wanted) await lists.saveEntry(db, paperId, listId);
        return ids.filter((_, i) => there[i] === undefined);
      });
      broadcastChange();
      return saved;
    },
    'entries/remove': async ({ entryId }) => afterWrite(lists.removeEntry(db, entryId).then(() => null)),
    'entries/remove-many': async ({ entryIds }) => afterWrite(db.entries.bulkDelete(entryIds).then(() => null)),
    'entries/restore': async ({ entry }) => afterWrite(lists.restoreEntry(db, checkedEntry(entry))),
    'entries/update': async ({ entryId, ...changes }) => afterWrite(lists.updateEntry(db, entryId, changes), 'details'),
    'entries/move': async ({ entryId, toListId }) => afterWrite(lists.moveEntry(db, entryId, toListId)),
    'entries/unmove': async ({ entry, toListId, before }) =>
      afterWrite(lists.undoMove(db, checkedEntry(entry), toListId, before === null ? null : checkedEntry(before))),
    'lists/reorder': async ({ listIds }) =>
      afterWrite(
        lists.reorderLists(db, listIds).then(() => null),
        'details',
      ),
    'entries/reorder': async ({ listId, entryIds }) =>
      afterWrite(
        lists.reorderEntries(db, listId, entryIds).then(() => null),
        'details',
      ),
    'dismissals/add': async ({ url, paperId }) => {
      const site = dismissalSite(url);
      // A content script may send this: an id that names no paper would be stored as it came,
      // and a backup holding it (an empty id) could not be imported again.
      await ready;
      if (typeof paperId !== 'string' || !(await db.papers.get(paperId)))
        throw new Error(`dismissals: no paper with id ${paperId} in the catalog`);
      const dismissal = { id: dismissalId(site, paperId), site, paperId, createdAt: Date.now() };
      await db.dismissals.put(dismissal);
      broadcastChange();
      return dismissal;
    },
    'dismissals/remove': async ({ dismissalId: id }) => afterWrite(db.dismissals.delete(id).then(() => null)),
    'dismissals/list': async () => (await db.dismissals.toArray()).sort((a, b) => b.createdAt - a.createdAt),
    'backup/export': async () => exportBackup(db),
    'backup/import': async ({ json }) => afterWrite(importBackup(db, json)),
    'backup/undo-import': async ({ undo }) => afterWrite(undoImport(db, undo).then(() => null)),
    'sites/get-mode': async ({ url }) => {
      const settings = await loadSettings(db);
      const site = siteOfUrl(url);
      return { site, mode: siteMode(settings, site), settings };
    },
    'sites/set-mode': async ({ url, mode }) => {
      const site = siteOfUrl(url);
      const settings = await db.transaction('rw', db.settings, async () => {
        const next = migrateSettings(withSiteMode(await loadSettings(db), site, mode));
        await db.settings.put({ key: SETTINGS_KEY, value: next });
        return next;
      });
      broadcastChange();
      return { site, mode: siteMode(settings, site), settings };
    },
    'data/reset': async () => afterWrite(resetUserData(db).then(() => null)),
  };
}

/** An entry sent back for Undo is checked like one in a backup before it is written. */
function checkedList(list: unknown): ReadingList {
  const result = v.safeParse(ListSchema, list);
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new Error(`lists: cannot restore the list: ${issuePath(issue)}: ${issueMessage(issue)}`);
}

function checkedEntry(entry: unknown): ListEntry {
  const result = v.safeParse(EntrySchema, entry);
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new Error(`lists: cannot restore the entry: ${issuePath(issue)}: ${issueMessage(issue)}`);
}
