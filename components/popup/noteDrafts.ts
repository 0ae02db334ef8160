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

/** An unsaved note, and the saved note it was begun from: when the saved one has changed since
 * (another popup, an imported backup), the editor says so rather than overwrite it unseen. */
export interface NoteDraft {
  text: string;
  base: string;
}

/** The unsaved note on `key`, if any differs from the saved one. A draft kept before drafts
 * carried their base (plain text) is taken as begun from the note saved now. */
export function readDraft(key: string, saved: string): NoteDraft | null {
  const kept = store()?.getItem(PREFIX + key) ?? null;
  if (kept === null) return null;
  let draft: NoteDraft = { text: kept, base: saved };
  try {
    const parsed: unknown = JSON.parse(kept);
    if (isDraft(parsed)) draft = parsed;
  } catch {
    // Plain text: an older draft.
  }
  return draft.text !== saved ? draft : null;
}

const isDraft = (value: unknown): value is NoteDraft =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as NoteDraft).text === 'string' &&
  typeof (value as NoteDraft).base === 'string';

/** Keeps `text` as the draft of `key`, begun from the saved note `base`, or drops it when it is
 * that note again. */
export function keepDraft(key: string, text: string, base: string): void {
  try {
    if (text === base) store()?.removeItem(PREFIX + key);
    else store()?.setItem(PREFIX + key, JSON.stringify({ text, base } satisfies NoteDraft));
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
