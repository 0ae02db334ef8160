// Building, saving and restoring the MiniSearch index over the catalog.
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Paper } from '../catalog/types';
import { acronym } from './filters';
import { nameKeys } from './name-keys';
import { fold, tokenize } from './normalize';

/**
 * Bump whenever INDEX_OPTIONS (fields, tokenizer, term processing) change: an index saved with other options
 * would load without error but answer queries wrongly.
 */
// 2: the tokenizer drops TeX markup inside words; 3: aliases; 4: venue and year, numbers not typo-matched;
// 5: name keys (joined and camel-case forms of names); 6: tags with their acronyms ("moe")
export const SEARCH_INDEX_FORMAT = 6;

export interface SavedIndex {
  format: number;
  /** Catalog.version the index was built from. */
  catalogVersion: string;
  json: string;
}

// Venue and year are searched too: "glue 2018" and "iccv" are how people remember a paper.
// `names` is derived (name-keys.ts): "SWEbench", "ptuning" and "glue" find SWE-bench, P-tuning, NumGLUE.
const FIELDS = ['title', 'shortName', 'aliases', 'names', 'authors', 'tags', 'venue', 'year', 'abstract'] as const;

const NUMBER = /^\d+$/;

/** Short terms fuzzy-match too much ("moe" would find "more", "mode"; "ARES" every abstract with
 * "are"), so typo tolerance starts at 5 letters. Numbers get none: "2023" one edit from 2020, 2022
 * and 2025 is no typo. */
const fuzzyFor = (term: string): number | false => (term.length >= 5 && !NUMBER.test(term) ? 0.2 : false);

export const SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 3, shortName: 3, aliases: 3, names: 2 },
  prefix: (term) => term.length >= 2,
  fuzzy: fuzzyFor,
};

const INDEX_OPTIONS: Options<Paper> = {
  idField: 'id',
  fields: [...FIELDS],
  // Only the id is stored: papers are looked up in the catalog map, which keeps the saved index small.
  storeFields: [],
  extractField: (paper, field) => {
    if (field === 'names') return nameKeys(paper).join(' ');
    if (field === 'tags') return withAcronyms(paper.tags ?? []).join(' ');
    const value = (paper as unknown as Record<string, unknown>)[field];
    if (typeof value === 'number') return String(value);
    return Array.isArray(value) ? value.join(' ') : value;
  },
  tokenize,
  processTerm: (term) => fold(term),
  searchOptions: SEARCH_OPTIONS,
};

/** Tags with the acronyms of those of several words: "mixture-of-experts" is found as "moe", the
 * way people write it (and the way `tag:moe` filters, filters.ts). */
function withAcronyms(tags: readonly string[]): string[] {
  const acronyms = tags.flatMap((tag) => (tokenize(fold(tag)).length >= 2 ? [acronym(fold(tag))] : []));
  return [...tags, ...acronyms];
}

export function buildSearchIndex(papers: Paper[]): MiniSearch<Paper> {
  const ms = new MiniSearch<Paper>(INDEX_OPTIONS);
  ms.addAll(papers);
  return ms;
}

export function serializeIndex(ms: MiniSearch<Paper>, catalogVersion: string): SavedIndex {
  return { format: SEARCH_INDEX_FORMAT, catalogVersion, json: JSON.stringify(ms) };
}

/**
 * Restores a saved index, or returns null when it cannot be trusted (other format, other catalog, corrupt),
 * in which case the caller rebuilds it with buildSearchIndex. `saved` is unknown because it comes from storage.
 */
export function loadIndex(saved: unknown, catalogVersion: string): MiniSearch<Paper> | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { format, catalogVersion: savedVersion, json } = saved as Partial<SavedIndex>;
  if (format !== SEARCH_INDEX_FORMAT || savedVersion !== catalogVersion || typeof json !== 'string') return null;
  try {
    return MiniSearch.loadJSON<Paper>(json, INDEX_OPTIONS);
  } catch {
    return null;
  }
}
