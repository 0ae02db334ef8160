import catalog from 'virtual:paperlens-catalog';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DetectorService } from '../../../lib/background/detector';
import { createHandlers } from '../../../lib/background/handlers';
import { fingerprint } from '../../../lib/background/undo-import';
import { syncCatalog } from '../../../lib/db/catalog-sync';
import { openDatabase, type PaperLensDB } from '../../../lib/db/database';

let db: PaperLensDB;
let handlers: ReturnType<typeof createHandlers>;
const broadcast = vi.fn();
const tabs = { set: vi.fn(async () => undefined), get: vi.fn(async () => []) };
const fromPopup = {};

beforeEach(async () => {
  db = openDatabase(`undo-import-${crypto.randomUUID()}`);
  await syncCatalog(db, catalog);
  const detector = new DetectorService(catalog);
  handlers = createHandlers({
    db,
    ready: Promise.resolve(catalog),
    detector: async () => detector,
    tabs,
    broadcastChange: broadcast,
  });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** Everything stored, as a backup shows it, but for its date. */
const stored = async () => ({ ...JSON.parse(await handlers['backup/export']({}, fromPopup)), exportedAt: '' });

/** A month of use, its backup, then more work: what an old backup brought back must go again. */
async function workThenOldBackup() {
  const thesis = await handlers['lists/create']({ name: 'Thesis' }, fromPopup);
  const vision = await handlers['lists/create']({ name: 'Vision' }, fromPopup);
  const moe = await handlers['entries/save']({ paperId: 'arxiv:2202.08906', listId: thesis.id }, fromPopup);
  await handlers['entries/update']({ entryId: moe.id, status: 'read', note: 'short' }, fromPopup);
  await handlers['entries/save']({ paperId: 'arxiv:2306.13643', listId: vision.id }, fromPopup);
  await handlers['settings/update']({ changes: { theme: 'dark' } }, fromPopup);
  const old = await handlers['backup/export']({}, fromPopup);
  await handlers['entries/update']({ entryId: moe.id, status: 'to-read', note: 'short, edited' }, fromPopup);
  await handlers['lists/delete']({ listId: vision.id }, fromPopup);
  await handlers['settings/update']({ changes: { theme: 'light' } }, fromPopup);
  return old;
}

describe('undoing an import', () => {
  it('puts back the data the import found: lists, entries, notes, statuses and settings', async () => {
    const old = await workThenOldBackup();
    const before = await stored();
    const result = await handlers['backup/import']({ json: old }, fromPopup);
    // The merge brought the deleted list back, the old status and theme, and both notes.
    expect(result).toMatchObject({ listsAdded: 1, entriesUpdated: 1, settingsRestored: true });
    expect(await stored()).not.toEqual(before);
    broadcast.mockClear();
    if (!result.undo) throw new Error('test: the import offers no undo');
    await handlers['backup/undo-import']({ undo: result.undo }, fromPopup);
    expect(await stored()).toEqual(before);
    expect(broadcast).toHaveBeenCalledTimes(1);
  });

  it('refuses once the data changed since the import, and changes nothing', async () => {
    const old = await workThenOldBackup();
    const { undo } = await handlers['backup/import']({ json: old }, fromPopup);
    if (!undo) throw new Error('test: the import offers no undo');
    await handlers['lists/create']({ name: 'Made after the import' }, fromPopup);
    const after = await stored();
    await expect(handlers['backup/undo-import']({ undo }, fromPopup)).rejects.toThrow(
      'import: your lists or settings changed since the import, so undoing it would lose those changes; nothing was undone',
    );
    expect(await stored()).toEqual(after);
  });

  it('undoes an import into an empty profile, to empty again', async () => {
    const old = await workThenOldBackup();
    await handlers['data/reset']({}, fromPopup);
    const empty = await stored();
    const { undo } = await handlers['backup/import']({ json: old }, fromPopup);
    if (!undo) throw new Error('test: the import offers no undo');
    expect((await stored()).lists).toHaveLength(2);
    await handlers['backup/undo-import']({ undo }, fromPopup);
    expect(await db.lists.count()).toBe(0);
    expect(await db.entries.count()).toBe(0);
    // The default settings, now stored as such.
    expect(await stored()).toEqual(empty);
  });

  it('offers no undo for an import that changed nothing', async () => {
    const old = await workThenOldBackup();
    await handlers['backup/import']({ json: old }, fromPopup);
    expect((await handlers['backup/import']({ json: old }, fromPopup)).undo).toBeNull();
  });

  it.each([
    [{}, 'import: nothing to undo (the undo carries no data from before the import)'],
    [{ before: 'not json', after: 'x' }, 'import: the file is not valid JSON: it starts with "not json"'],
  ])('refuses an undo that is not one: %j', async (undo, message) => {
    await expect(handlers['backup/undo-import']({ undo } as never, fromPopup)).rejects.toThrow(message);
  });
});

describe('fingerprint', () => {
  it('differs for texts that differ in one character, a swap or their length', () => {
    const prints = ['{"a":1}', '{"a":2}', '{"a":1} ', '{"b":1}', '{1:"a"}', ''].map(fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    expect(fingerprint('{"a":1}')).toBe(fingerprint('{"a":1}'));
  });
});
