// Notes being written when the popup closes. Chrome closes the popup at any click outside it, and
// a popup gets no chance to save to the database as it goes, so the text is kept as it is typed,
// in the extension's own localStorage (synchronous, in this browser only), until it is saved or
// cancelled. The next popup opens the editor with it again.

const PREFIX = 'paperlens:note-draft:';

/** The storage drafts live in; absent (a test, a locked-down profile), drafts are not kept. */
function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The unsaved note on `entryId`, if any differs from the saved one. */
export function readDraft(entryId: string, saved: string): string | null {
  const draft = store()?.getItem(PREFIX + entryId) ?? null;
  return draft !== null && draft !== saved ? draft : null;
}

/** Keeps `text` as the draft of `entryId`, or drops it when it is the saved note again. */
export function keepDraft(entryId: string, text: string, saved: string): void {
  try {
    if (text === saved) store()?.removeItem(PREFIX + entryId);
    else store()?.setItem(PREFIX + entryId, text);
  } catch {
    // Storage full or refused: the editor still holds the text while the popup is open.
  }
}

export function dropDraft(entryId: string): void {
  store()?.removeItem(PREFIX + entryId);
}
