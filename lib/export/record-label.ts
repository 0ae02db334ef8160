// Says which record of a backup a problem is in, in words a person can find in the file or the
// app: "entries[1].status" alone is exact but asks them to count records in a JSON file.

type Key = string | number;

const QUOTE_MAX = 60;
// Control and format characters are shown as "?": quoted back raw, they garble the message.
const quoted = (text: string): string => {
  const clean = text.replace(/[\p{Cc}\p{Cf}]/gu, '?').trim();
  return JSON.stringify(clean.length > QUOTE_MAX ? `${clean.slice(0, QUOTE_MAX - 1)}…` : clean);
};

const recordAt = (data: unknown, kind: string, index: number): Record<string, unknown> | undefined => {
  const records = (data as Record<string, unknown>)[kind];
  const record = Array.isArray(records) ? records[index] : undefined;
  return typeof record === 'object' && record !== null && !Array.isArray(record)
    ? (record as Record<string, unknown>)
    : undefined;
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

function listName(data: unknown, listId: unknown): string | undefined {
  const lists = (data as Record<string, unknown>).lists;
  if (!Array.isArray(lists) || typeof listId !== 'string') return undefined;
  const list = lists.find((l) => typeof l === 'object' && l !== null && (l as { id?: unknown }).id === listId);
  return text((list as { name?: unknown } | undefined)?.name);
}

function entryLabel(data: unknown, entry: Record<string, unknown>, field: string): string | undefined {
  const snapshot = entry.snapshot as { title?: unknown } | undefined;
  const paper =
    field === 'snapshot.title'
      ? undefined
      : text(typeof snapshot === 'object' && snapshot !== null ? snapshot.title : undefined);
  const paperId = field === 'paperId' ? undefined : text(entry.paperId);
  const list = field === 'listId' ? undefined : listName(data, entry.listId);
  const what = paper ? `the paper ${quoted(paper)}` : paperId ? `paper ${quoted(paperId)}` : undefined;
  if (!what) return list ? `a paper in the list ${quoted(list)}` : undefined;
  return list ? `${what} in the list ${quoted(list)}` : what;
}

/**
 * The record a problem's path points into, described by what identifies it to a person (a list's
 * name; a saved paper's title or id and its list; a hidden paper's site), or undefined when the
 * path is not inside a record or the record says nothing usable. Reads the raw parsed JSON, so
 * every field is checked for its type first.
 */
export function recordLabel(data: unknown, path: readonly Key[]): string | undefined {
  const [kind, index, ...rest] = path;
  if (typeof kind !== 'string' || typeof index !== 'number' || typeof data !== 'object' || data === null)
    return undefined;
  const record = recordAt(data, kind, index);
  if (!record) return undefined;
  // The field at fault is not quoted back to name its record: a name of 300 x's, a title of two
  // million characters or one of invisible characters says nothing the message does not.
  const field = rest.slice(0, 2).join('.');
  const usable = (key: string) => (field === key || field.startsWith(`${key}.`) ? undefined : text(record[key]));
  if (kind === 'lists') {
    const name = usable('name');
    return name ? `the list ${quoted(name)}` : undefined;
  }
  if (kind === 'entries') return entryLabel(data, record, field);
  if (kind === 'dismissals') {
    const paperId = usable('paperId');
    const site = usable('site');
    if (paperId && site) return `paper ${quoted(paperId)} hidden on ${quoted(site)}`;
    if (paperId) return `paper ${quoted(paperId)}, hidden`;
    return site ? `a paper hidden on ${quoted(site)}` : undefined;
  }
  return undefined;
}
