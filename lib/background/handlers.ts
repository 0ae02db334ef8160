import type { Catalog, Paper } from '../catalog/types';
import type { PaperLensDB } from '../db/database';
import * as lists from '../db/lists';
import { dismissalId } from '../db/types';
import type { BackgroundHandlers, PaperCount } from '../messages/contract';
import { exportBackup, importBackup } from './backup';

export interface HandlerDeps {
  db: PaperLensDB;
  /** Resolves once the catalog is loaded into the database. */
  ready: Promise<Catalog>;
  /** Per-tab results of the detector. */
  tabs: {
    set(tabId: number, url: string, papers: PaperCount[]): Promise<void>;
    get(tabId: number): Promise<PaperCount[]>;
  };
  /** Something the content scripts show changed (saved state, dismissals): tell every tab. */
  broadcastChange(): void;
}

function siteOf(raw: string): string {
  try {
    return new URL(raw).hostname;
  } catch {
    throw new Error(`dismissals: "${raw}" is not a site`);
  }
}

export function createHandlers({ db, ready, tabs, broadcastChange }: HandlerDeps): BackgroundHandlers {
  const afterWrite = async <T>(result: Promise<T>): Promise<T> => {
    const value = await result;
    broadcastChange();
    return value;
  };
  return {
    'catalog/status': async () => {
      const catalog = await ready;
      return { version: catalog.version, count: await db.papers.count() };
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
      return {
        paper,
        entries: await db.entries.where('paperId').equals(paperId).toArray(),
        lists: await lists.sortedLists(db),
        related,
      };
    },
    'page/report': async ({ url, papers }, sender) => {
      if (sender.tabId === undefined) throw new Error('page: only a content script can report a page');
      await tabs.set(sender.tabId, url, papers);
      return null;
    },
    'page/papers': async ({ tabId }) => tabs.get(tabId),
    'lists/overview': async () => ({ lists: await lists.sortedLists(db), entries: await db.entries.toArray() }),
    'lists/create': async ({ name }) => lists.createList(db, name),
    'lists/rename': async ({ listId, name }) => lists.renameList(db, listId, name),
    'lists/delete': async ({ listId }) => afterWrite(lists.deleteList(db, listId).then(() => null)),
    'entries/save': async ({ paperId, listId }) => {
      await ready;
      return afterWrite(lists.saveEntry(db, paperId, listId));
    },
    'entries/save-many': async ({ paperIds, listId }) => {
      await ready;
      let saved = 0;
      for (const paperId of paperIds) {
        await lists.saveEntry(db, paperId, listId);
        saved++;
      }
      broadcastChange();
      return saved;
    },
    'entries/remove': async ({ entryId }) => afterWrite(lists.removeEntry(db, entryId).then(() => null)),
    'entries/update': async ({ entryId, ...changes }) => afterWrite(lists.updateEntry(db, entryId, changes)),
    'entries/move': async ({ entryId, toListId }) => afterWrite(lists.moveEntry(db, entryId, toListId)),
    'entries/reorder': async ({ listId, entryIds }) => lists.reorderEntries(db, listId, entryIds).then(() => null),
    'dismissals/add': async ({ site, paperId }) => {
      const host = siteOf(site);
      const dismissal = { id: dismissalId(host, paperId), site: host, paperId, createdAt: Date.now() };
      await db.dismissals.put(dismissal);
      broadcastChange();
      return dismissal;
    },
    'dismissals/remove': async ({ dismissalId: id }) => afterWrite(db.dismissals.delete(id).then(() => null)),
    'dismissals/list': async () => (await db.dismissals.toArray()).sort((a, b) => b.createdAt - a.createdAt),
    'backup/export': async () => exportBackup(db),
    'backup/import': async ({ json }) => afterWrite(importBackup(db, json)),
  };
}
