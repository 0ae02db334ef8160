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

/** How long the draft of an entry that is gone is kept: its list deleted in another popup, or the
 * paper removed, can come back with an Undo, and the note being written with it. */
export const GONE_DRAFT_MS = 24 * 60 * 60 * 1000;

/** The unsaved note on `key`, if any differs from the saved one. A draft kept before drafts
 * carried their base (plain text) is taken as begun from the note saved now. */
export function readDraft(key: string, saved: string): NoteDraft | null {
  const kept = store()?.getItem(PREFIX + key) ?? null;
  if (kept === null) return null;
  let draft: NoteDraft = { text: kept, base: saved };
  try {
    const parsed: unknown = JSON.parse(kept);
    if (isDraft(parsed)) draft = { text: parsed.text, base: parsed.base };
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
    else store()?.setItem(PREFIX + key, JSON.stringify({ text, base, at: Date.now() }));
  } catch {
    // Storage full or refused: the editor still holds the text while the popup is open.
  }
}

/** When a kept draft was last typed in (0 when it does not say). */
function typedAt(kept: string | null): number {
  try {
    const at = (JSON.parse(kept ?? '') as { at?: unknown } | null)?.at;
    return typeof at === 'number' ? at : 0;
  } catch {
    return 0;
  }
}

export function dropDraft(key: string): void {
  store()?.removeItem(PREFIX + key);
}

/** Drops the drafts of entries that are gone (removed, their list deleted, saved again since) a
 * day after they were last typed in (GONE_DRAFT_MS): `current` holds the keys (draftKey) of every
 * entry there is. A draft kept as plain text, by an earlier version, has no date and goes at once. */
export function pruneDrafts(current: ReadonlySet<string>, now = Date.now()): void {
  const storage = store();
  if (!storage) return;
  const stale: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const name = storage.key(i);
    if (!name?.startsWith(PREFIX) || current.has(name.slice(PREFIX.length))) continue;
    if (now - typedAt(storage.getItem(name)) >= GONE_DRAFT_MS) stale.push(name);
  }
  for (const name of stale) storage.removeItem(name);
}
