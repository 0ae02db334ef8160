// Reads a backup file and validates all of it before anything is written; the first problem becomes the error.
import * as v from 'valibot';
import { undotDismissals } from '../db/dismissal-site';
import { type Dismissal, dismissalId, entryId } from '../db/types';
import { migrateSettings } from '../settings/settings';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup';
import { BodySchema, issueMessage } from './backup-schema';
import { CSV_HEADER } from './csv';
import { recordLabel } from './record-label';

export class ImportError extends Error {
  override readonly name = 'ImportError';
}

// A declaration (not an arrow) so TypeScript narrows after calls that never return.
function fail(message: string): never {
  throw new ImportError(`import: ${message}`);
}

// NUL, or the replacement character that bytes not in UTF-8 decode to: no JSON text holds either.
const isBinary = (head: string): boolean => head.includes('\u0000') || head.includes('\uFFFD');
// Control and format characters are shown as "?": quoted back raw, they garble the message.
const printable = (text: string): string => text.replace(/[\p{Cc}\p{Cf}]/gu, '?');

/** Where the engine says parsing stopped: V8 gives a position ("… in JSON at position 812
 * (line 3 column 13)"), SpiderMonkey a line and column ("JSON.parse: … at line 3 column 13 of the
 * JSON data"); either becomes a position in `text`. */
function stoppedAt(text: string, message: string): number | undefined {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  const lineColumn = /at line (\d+) column (\d+) of the JSON data/.exec(message);
  if (!lineColumn) return undefined;
  const lines = text.split('\n');
  const line = Math.min(Number(lineColumn[1]), lines.length);
  const before = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  return before + Number(lineColumn[2]) - 1;
}

/** What went wrong, without the engine's own prefix and place: the place is said once, the same
 * way in every browser. */
function causeOf(message: string): string {
  const cause = message
    .replace(/^JSON\.parse:\s*/, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data.*$/, '')
    .replace(/\s*(?:in JSON\s+)?at position \d+.*$/, '');
  return printable(cause.charAt(0).toUpperCase() + cause.slice(1));
}

/** Turns the engine's JSON error into a line and column people can find in an editor (Chromium
 * and Firefox word and place their errors differently: a Firefox trial saw only "it starts with"). */
export function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = stoppedAt(text, message);
  if (
    /end of JSON input|end of data|Unterminated/i.test(message) ||
    (position !== undefined && position >= text.trimEnd().length)
  ) {
    return 'the file is not valid JSON: it ends too early (truncated?)';
  }
  // Not JSON from its first character (V8 names no position then: "Unexpected token 'o', "not
  // json" is not valid JSON"): say what it starts with instead of echoing that.
  if (position === undefined || position <= text.length - text.trimStart().length) {
    const start = printable(text.trimStart().slice(0, 24).replace(/\s+/g, ' ').trimEnd());
    return `the file is not valid JSON: it starts with "${start}${text.trimStart().length > 24 ? '…' : ''}"`;
  }
  const before = text.slice(0, position).split('\n');
  const line = before.length;
  const column = (before[before.length - 1]?.length ?? 0) + 1;
  return `the file is not valid JSON: ${causeOf(message)} at line ${line}, column ${column} (position ${position})`;
}

/** Which of PaperLens's other export formats the text is in (a CSV, BibTeX or Markdown file
 * chosen for import): PaperLens's own CSV and Markdown by their first line (csv.ts, markdown.ts),
 * BibTeX from any tool by its first entry. */
function ownExport(text: string): string | undefined {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith(`${CSV_HEADER.join(',')}\r\n`) || head.startsWith(`${CSV_HEADER.join(',')}\n`)) return 'CSV';
  if (/^@[a-z]+\{[^,\s]+,/i.test(head)) return 'BibTeX';
  if (head.startsWith('# PaperLens reading lists')) return 'Markdown';
  return undefined;
}

const describeType = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? `"${value}"` : typeof value;

function checkHeader(data: unknown): void {
  if (Array.isArray(data)) {
    // Reference managers export arrays of records (CSL-JSON from Zotero, Mendeley, ...).
    fail(
      'not a PaperLens backup: the file holds a JSON array, as exports of other tools such as CSL-JSON do; PaperLens imports the JSON backups it writes',
    );
  }
  if (typeof data !== 'object' || data === null) {
    fail(`expected a JSON object at the top level, got ${describeType(data)}`);
  }
  const { format, version } = data as Record<string, unknown>;
  if (format === undefined) fail(`not a PaperLens backup (no "format" field)`);
  if (format !== BACKUP_FORMAT)
    fail(`not a PaperLens backup (format is ${JSON.stringify(format)}, expected "${BACKUP_FORMAT}")`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    fail(`version: expected a positive whole number, got ${JSON.stringify(version) ?? 'nothing'}`);
  }
  if (version > BACKUP_VERSION) {
    fail(`backup version ${version} is newer than this PaperLens supports (${BACKUP_VERSION})`);
  }
}

/** A field's path as the file spells it ("entries[1].status"), then the record it is in as a
 * person knows it ("the paper "LightGlue…" in the list "To read""), when the record says. */
function where(data: unknown, path: readonly (string | number)[]): string {
  let spelled = '';
  for (const key of path) spelled += typeof key === 'number' ? `[${key}]` : `${spelled ? '.' : ''}${key}`;
  const label = recordLabel(data, path);
  return label ? `${spelled} (${label})` : spelled;
}

function firstDuplicate(data: unknown, ids: string[], kind: string): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const earlier = seen.get(id);
    if (earlier !== undefined)
      fail(`${where(data, [kind, i, 'id'])}: duplicate id ${JSON.stringify(id)} (also ${kind}[${earlier}])`);
    seen.set(id, i);
  });
}

/** Cross-record rules a schema cannot express: unique ids, ids derived from their parts, no dangling lists. */
function checkReferences(body: v.InferOutput<typeof BodySchema>): void {
  firstDuplicate(
    body,
    body.lists.map((l) => l.id),
    'lists',
  );
  const listIds = new Set(body.lists.map((l) => l.id));
  body.entries.forEach((e, i) => {
    // The list first: an entry moved to a list the file lacks is about the list, not the id.
    if (!listIds.has(e.listId))
      fail(`${where(body, ['entries', i, 'listId'])}: list ${JSON.stringify(e.listId)} is not in the file`);
    const want = entryId(e.listId, e.paperId);
    if (e.id !== want)
      fail(
        `${where(body, ['entries', i, 'id'])}: expected ${JSON.stringify(want)} (listId|paperId), got ${JSON.stringify(e.id)}`,
      );
  });
  firstDuplicate(
    body,
    body.entries.map((e) => e.id),
    'entries',
  );
  body.dismissals.forEach((d, i) => {
    const want = dismissalId(d.site, d.paperId);
    if (d.id !== want)
      fail(
        `${where(body, ['dismissals', i, 'id'])}: expected ${JSON.stringify(want)} (site|paperId), got ${JSON.stringify(d.id)}`,
      );
  });
  firstDuplicate(
    body,
    body.dismissals.map((d) => d.id),
    'dismissals',
  );
}

/** A backup made before dismissals dropped the root dot ("example.org.") has them where no page
 * looks: they come in under the site without it, as the database upgrade (v3) moved stored ones. */
function undotted(dismissals: Dismissal[]): Dismissal[] {
  const { put, remove } = undotDismissals(dismissals);
  const replaced = new Set([...remove, ...put.map((d) => d.id)]);
  return [...dismissals.filter((d) => !replaced.has(d.id)), ...put];
}

export function parseBackup(text: string): Backup {
  if (text.trim() === '') fail('the file is empty');
  // A picture, an archive or a PDF chosen by mistake: its bytes would be quoted back as garbage.
  if (isBinary(text.slice(0, 4096)))
    fail('the file is not text (an image, archive or PDF?); a PaperLens backup is a .json file');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const export_ = ownExport(text);
    if (export_)
      fail(
        `the file is ${export_}, not a backup: PaperLens exports BibTeX, CSV and Markdown for other tools, and imports only its JSON backups`,
      );
    fail(jsonProblem(text, error));
  }
  checkHeader(data);
  // One problem per field: Infinity is "not finite", not also "not representable".
  const result = v.safeParse(BodySchema, data, { abortPipeEarly: true });
  if (!result.success) {
    const [issue, ...rest] = result.issues;
    const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    fail(`${where(data, path)}: ${issueMessage(issue)}${more}`);
  }
  checkReferences(result.output);
  const { settings, dismissals, ...rest } = result.output;
  return {
    format: BACKUP_FORMAT,
    version: (data as { version: number }).version,
    ...rest,
    dismissals: undotted(dismissals),
    // Checked strictly above; migrateSettings brings an older settings version up to date.
    ...(settings && { settings: migrateSettings(settings) }),
  };
}
