// Parses the popup's search box: free words plus `key:value` filters (year, author, tag, list, status).
import { READING_STATUSES, type ReadingStatus } from '../db/types';
import { fold } from './normalize';

export type Filter =
  /** Inclusive bounds; a missing bound is open. */
  | { kind: 'year'; min?: number; max?: number }
  /** Folded substring of any author name. */
  | { kind: 'author'; value: string }
  /** Folded substring of any tag. */
  | { kind: 'tag'; value: string }
  /** Folded list name (exact, or a prefix of it). */
  | { kind: 'list'; value: string }
  | { kind: 'status'; value: ReadingStatus };

export interface ParsedQuery {
  /** The words left after filters were taken out, for the full-text index. */
  text: string;
  filters: Filter[];
  errors: string[];
  /** Keys of filters with no value yet ("author:" as the user types it): neither applied nor errors. */
  pending: FilterKey[];
}

export type FilterKey = 'year' | 'author' | 'tag' | 'list' | 'status';
const FILTER_KEYS = new Set<string>(['year', 'author', 'tag', 'list', 'status'] satisfies FilterKey[]);

/** Splits on whitespace, except inside double quotes (an unterminated quote runs to the end). */
function splitTokens(input: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of input) {
    if (ch === '"') quoted = !quoted;
    else if (/\s/.test(ch) && !quoted) {
      if (current) tokens.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (current) tokens.push(current);
  return tokens;
}

const unquote = (value: string): string => value.replaceAll('"', '').trim();

const YEAR = /^\d{4}$/;

function parseYear(raw: string): Filter | string {
  const value = raw.replace(/\s+/g, '');
  const bad = `search: year filter "${raw}" is not a year or range`;
  const op = /^(>=|<=|>|<)(.*)$/.exec(value);
  if (op) {
    const [, sign, yearText = ''] = op;
    if (!YEAR.test(yearText)) return bad;
    const year = Number(yearText);
    if (sign === '>=') return { kind: 'year', min: year };
    if (sign === '>') return { kind: 'year', min: year + 1 };
    if (sign === '<=') return { kind: 'year', max: year };
    return { kind: 'year', max: year - 1 };
  }
  const range = /^(\d{4})?\.\.(\d{4})?$/.exec(value);
  if (range && (range[1] || range[2])) {
    const min = range[1] ? Number(range[1]) : undefined;
    const max = range[2] ? Number(range[2]) : undefined;
    if (min !== undefined && max !== undefined && min > max) {
      return `search: year filter "${raw}" starts after it ends`;
    }
    return { kind: 'year', ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
  }
  if (YEAR.test(value)) return { kind: 'year', min: Number(value), max: Number(value) };
  return bad;
}

function parseStatus(raw: string): Filter | string {
  // Accept the stored value ("to-read"), the label ("To read") and near spellings ("to_read").
  const value = fold(raw).replace(/[\s_]+/g, '-');
  const status = READING_STATUSES.find((s) => s === value || s.replace('-', '') === value);
  if (status) return { kind: 'status', value: status };
  return `search: status filter "${raw}" is not one of ${READING_STATUSES.join(', ')}`;
}

function parseFilter(key: string, raw: string): Filter | string {
  switch (key) {
    case 'year':
      return parseYear(raw);
    case 'status':
      return parseStatus(raw);
    case 'author':
    case 'tag':
    case 'list':
      return { kind: key, value: fold(raw).replace(/\s+/g, ' ') };
    default:
      throw new Error(`search: unhandled filter key "${key}"`);
  }
}

export function parseQuery(input: string): ParsedQuery {
  const words: string[] = [];
  const filters: Filter[] = [];
  const errors: string[] = [];
  const pending: FilterKey[] = [];
  for (const token of splitTokens(input)) {
    const colon = token.indexOf(':');
    const key = colon > 0 ? token.slice(0, colon).toLowerCase() : '';
    if (!FILTER_KEYS.has(key)) {
      // Unknown keys ("arXiv:1905.00537") and stray quotes stay as plain words.
      const word = unquote(token);
      if (word) words.push(word);
      continue;
    }
    const value = unquote(token.slice(colon + 1));
    if (value === '') {
      // A chip or a half-typed filter: wait for its value instead of calling it wrong.
      if (!pending.includes(key as FilterKey)) pending.push(key as FilterKey);
      continue;
    }
    const result = parseFilter(key, value);
    if (typeof result === 'string') errors.push(result);
    else filters.push(result);
  }
  const noYear = yearsLeaveNone(filters);
  if (noYear) errors.push(noYear);
  return { text: words.join(' '), filters, errors, pending };
}

/** Year filters that no year meets together ("year:2023 year:2019", "year:>2024 year:<2020"),
 * said as such: the empty result list alone reads like a search that found nothing. */
function yearsLeaveNone(filters: readonly Filter[]): string | null {
  const years = filters.filter((f): f is Extract<Filter, { kind: 'year' }> => f.kind === 'year');
  if (years.length < 2) return null;
  const min = Math.max(...years.map((f) => f.min ?? Number.NEGATIVE_INFINITY));
  const max = Math.min(...years.map((f) => f.max ?? Number.POSITIVE_INFINITY));
  return min > max ? 'search: no year is in all of these year filters together; keep one of them' : null;
}
