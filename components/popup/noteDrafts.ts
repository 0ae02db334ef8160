// Notes being written when the popup closes. Chrome closes the popup at any click outside it, and
// a popup gets no chance to save to the database as it goes, so the text is kept as it is typed,
// in the extension's own localStorage (synchronous, in this browser only), until it is saved or
// cancelled. The next popup opens the editor with it again.

const PREFIX = 'paperlens:note-draft:';

/** A draft belongs to one entry as saved: an entry's id is its list and paper, so the paper
 * removed and saved there again later would find an old draft under the id alone. */
export const draftKey = (entry: { id: string; addedAt: number }): string => `${entry.id}@${entry.addedAt}`;

/** The storage drafts live in; absent (a test, a locked-down profile), drafts are not kept. */
function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The unsaved note on `key`, if any differs from the saved one. */
export function readDraft(key: string, saved: string): string | null {
  const draft = store()?.getItem(PREFIX + key) ?? null;
  return draft !== null && draft !== saved ? draft : null;
}

/** Keeps `text` as the draft of `key`, or drops it when it is the saved note again. */
export function keepDraft(key: string, text: string, saved: string): void {
  try {
    if (text === saved) store()?.removeItem(PREFIX + key);
    else store()?.setItem(PREFIX + key, text);
  } catch {
    // Storage full or refused: the editor still holds the text while the popup is open.
  }
}

export function dropDraft(key: string): void {
  store()?.removeItem(PREFIX + key);
}

/** Drops the drafts of entries that are gone (removed, their list deleted, saved again since):
 * `current` holds the keys (draftKey) of every entry there is. */
export function pruneDrafts(current: ReadonlySet<string>): void {
  const storage = store();
  if (!storage) return;
  const stale: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const name = storage.key(i);
    if (name?.startsWith(PREFIX) && !current.has(name.slice(PREFIX.length))) stale.push(name);
  }
  for (const name of stale) storage.removeItem(name);
}
