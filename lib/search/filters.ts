// Decides whether one paper passes the parsed filters. Pure; the list/status context comes from the caller.
import type { Paper } from '../catalog/types';
import type { ListEntry, ReadingList } from '../db/types';
import { fold, tokenize } from './normalize';
import type { Filter } from './query';

export interface SearchContext {
  entriesByPaper: Map<string, ListEntry[]>;
  listsById: Map<string, ReadingList>;
}

/** "mixture-of-experts" -> "moe": people filter and search by the acronym they know (tag:moe). */
export const acronym = (tag: string): string =>
  tokenize(tag)
    .map((word) => word[0] ?? '')
    .join('');

function tagMatches(tag: string, value: string): boolean {
  const folded = fold(tag);
  return folded.includes(value) || (value.length >= 2 && acronym(folded) === value.replace(/[^\p{L}\p{N}]/gu, ''));
}

const listNameFits = (list: ReadingList, value: string): boolean =>
  fold(list.name).trim().replace(/\s+/g, ' ').startsWith(value);

function listMatches(entry: ListEntry, value: string, listsById: Map<string, ReadingList>): boolean {
  const list = listsById.get(entry.listId);
  return list !== undefined && listNameFits(list, value);
}

/** A message for each `list:` filter no list's name begins with: an empty answer would not say
 * that the list is misspelt rather than empty. */
export function unknownListErrors(filters: Filter[], lists: ReadingList[]): string[] {
  const names = lists.map((l) => l.name);
  const known = names.length ? ` (your lists: ${names.join(', ')})` : ' (you have no lists yet)';
  return filters.flatMap((f) =>
    f.kind === 'list' && !lists.some((list) => listNameFits(list, f.value))
      ? [`search: no list is named "${f.value}"${known}`]
      : [],
  );
}

/**
 * List and status filters describe one entry: `list:"to read" status:reading` means "in that list, with that
 * status", not "in that list, and reading somewhere else".
 */
function entryMatches(entry: ListEntry, filters: Filter[], listsById: Map<string, ReadingList>): boolean {
  return filters.every((filter) => {
    if (filter.kind === 'list') return listMatches(entry, filter.value, listsById);
    if (filter.kind === 'status') return entry.status === filter.value;
    return true;
  });
}

export function paperPasses(paper: Paper, filters: Filter[], ctx: SearchContext): boolean {
  for (const filter of filters) {
    switch (filter.kind) {
      case 'year':
        if (filter.min !== undefined && paper.year < filter.min) return false;
        if (filter.max !== undefined && paper.year > filter.max) return false;
        break;
      case 'author':
        if (!paper.authors.some((author) => authorMatches(author, filter.value))) return false;
        break;
      case 'tag':
        if (!paper.tags.some((tag) => tagMatches(tag, filter.value))) return false;
        break;
    }
  }
  const entryFilters = filters.filter((f) => f.kind === 'list' || f.kind === 'status');
  if (entryFilters.length === 0) return true;
  const entries = ctx.entriesByPaper.get(paper.id) ?? [];
  return entries.some((entry) => entryMatches(entry, entryFilters, ctx.listsById));
}

/** `author:` matches the start of a word of a name ("sarlin", "edouard" in Paul-Edouard, "ré"
 * for Ré but not for Andrea or Frossard); a value with a space or hyphen, a name typed whole, its
 * run anywhere ("author:\"timothée darcet\""). */
export function authorMatches(author: string, value: string): boolean {
  const name = fold(author);
  if (/[\s-]/.test(value)) return name.includes(value);
  return name.split(/[\s.'’-]+/).some((word) => word.startsWith(value));
}
