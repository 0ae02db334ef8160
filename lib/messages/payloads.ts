// What each message's payload holds, checked by the router before any handler runs. A handler
// given `{ name: 5 }` or `{}` failed deep in Dexie ("Invalid argument to Table.get()"), or did
// something else than asked: an empty listId saved to the default list, a string of paper ids was
// read letter by letter. Handlers still check values (limits, settings, a restored entry); this
// checks that each field is there and of its kind, and names it.
import type { BackgroundMessages, BackgroundType, RequestOf } from './contract';
import { MessageError } from './transport';

/** `id`: non-empty text; `ids`: an array of them; `any`: the handler checks it itself. */
type FieldKind = 'text' | 'id' | 'id?' | 'ids' | 'number' | 'any';

/** Every message type with every field of its request (the compiler holds the two together). */
type PayloadShapes = {
  [K in BackgroundType]: { [F in keyof RequestOf<BackgroundMessages, K>]-?: FieldKind };
};

export const PAYLOAD_SHAPES: PayloadShapes = {
  'catalog/status': {},
  // pageState keeps the ancestors that are origins' text, up to a frame's depth.
  'detector/state': { url: 'text', ancestors: 'any' },
  // The detector checks texts, kinds and links against its limits (lib/background/detector).
  'detector/scan': { texts: 'any', kinds: 'any' },
  'detector/links': { hrefs: 'any', base: 'any', page: 'any' },
  'settings/get': {},
  // checkSettings and checkSettingsChanges name the field (lib/settings/schema).
  'settings/set': { settings: 'any' },
  'settings/update': { changes: 'any' },
  'papers/get': { ids: 'ids' },
  'paper/details': { paperId: 'id' },
  // checkReport (lib/background/tab-state).
  'page/report': { url: 'any', papers: 'any' },
  'page/papers': { tabId: 'number' },
  'lists/overview': {},
  // Names: lib/db/lists says what is wrong with an empty or long one.
  'lists/create': { name: 'text' },
  'lists/rename': { listId: 'id', name: 'text' },
  'lists/delete': { listId: 'id' },
  // Checked like a backup's list and entries (handlers' checkedList, checkedEntry).
  'lists/restore': { list: 'any', entries: 'any' },
  'lists/reorder': { listIds: 'ids' },
  'entries/save': { paperId: 'id', listId: 'id?' },
  'entries/save-many': { paperIds: 'ids', listId: 'id' },
  'entries/remove': { entryId: 'id' },
  'entries/remove-many': { entryIds: 'ids' },
  // The entry is checked like a backup's (handlers' checkedEntry), status and note by updateEntry.
  'entries/restore': { entry: 'any' },
  'entries/update': { entryId: 'id', status: 'any', note: 'any' },
  'entries/move': { entryId: 'id', toListId: 'id' },
  'entries/unmove': { entry: 'any', toListId: 'id', before: 'any' },
  'entries/reorder': { listId: 'id', entryIds: 'ids' },
  'dismissals/add': { url: 'text', paperId: 'id' },
  'dismissals/remove': { dismissalId: 'id' },
  'dismissals/list': {},
  'backup/export': {},
  // parseBackup says what is wrong with the file, an empty one included.
  'backup/import': { json: 'text' },
  // undoImport checks its two texts, and parses the one from before like any backup.
  'backup/undo-import': { undo: 'any' },
  'sites/get-mode': { url: 'text' },
  'sites/set-mode': { url: 'text', mode: 'any' },
  'data/reset': {},
};

const describe = (value: unknown): string =>
  value === undefined
    ? 'nothing'
    : value === null
      ? 'null'
      : value === ''
        ? 'an empty string'
        : Array.isArray(value)
          ? 'a list'
          : typeof value === 'object'
            ? 'an object'
            : `a ${typeof value}`;

const isId = (value: unknown): boolean => typeof value === 'string' && value !== '';

/** The problem with one field, or null when it is of its kind. */
function fieldProblem(name: string, kind: FieldKind, value: unknown): string | null {
  switch (kind) {
    case 'any':
      return null;
    case 'text':
      return typeof value === 'string' ? null : `${name} must be text, got ${describe(value)}`;
    case 'number':
      return Number.isFinite(value) ? null : `${name} must be a number, got ${describe(value)}`;
    case 'id?':
      if (value === undefined) return null;
      return isId(value) ? null : `${name} must be an id, got ${describe(value)}`;
    case 'id':
      return isId(value) ? null : `${name} must be an id, got ${describe(value)}`;
    case 'ids': {
      if (!Array.isArray(value)) return `${name} must be a list of ids, got ${describe(value)}`;
      const bad = value.findIndex((item) => !isId(item));
      return bad < 0 ? null : `${name}[${bad}] must be an id, got ${describe(value[bad])}`;
    }
  }
}

/** Throws a MessageError naming the message and the field when `payload` is not what `type` takes. */
export function checkPayload(type: BackgroundType, payload: unknown): void {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    throw new MessageError(`messages: "${type}" needs an object of fields, got ${describe(payload)}`);
  if (!Object.hasOwn(PAYLOAD_SHAPES, type)) throw new MessageError(`messages: unknown message type "${type}"`);
  const fields = payload as Record<string, unknown>;
  for (const [name, kind] of Object.entries(PAYLOAD_SHAPES[type] as Record<string, FieldKind>)) {
    const problem = fieldProblem(name, kind, fields[name]);
    if (problem) throw new MessageError(`messages: "${type}": ${problem}`);
  }
}
