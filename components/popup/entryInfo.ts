// How the popup describes a list entry: from the catalog, or from the snapshot kept when its paper left it.
import type { Paper, PaperLinks } from '../../lib/catalog/types';
import { webLinks } from '../../lib/catalog/web-links';
import type { ListEntry, ReadingStatus } from '../../lib/db/types';
import { titleOfId } from '../../lib/export/rows';

export interface EntryInfo {
  title: string;
  authors: string[];
  year?: number;
  links: PaperLinks;
  /** False when the paper is no longer in the catalog (shown from its snapshot, details unavailable). */
  inCatalog: boolean;
}

export function describeEntry(entry: ListEntry, papers: Map<string, Paper>): EntryInfo {
  const paper = papers.get(entry.paperId);
  if (paper) {
    return { title: paper.title, authors: paper.authors, year: paper.year, links: paper.links, inCatalog: true };
  }
  const snap = entry.snapshot;
  return {
    title: snap?.title ?? titleOfId(entry.paperId),
    authors: snap?.authors ?? [],
    year: snap?.year,
    // A snapshot came from a backup: only web links are shown or exported.
    links: webLinks(snap?.links ?? {}),
    inCatalog: false,
  };
}

/** A stand-in Paper for exports (BibTeX needs one) when only the snapshot is left. */
export function paperForEntry(entry: ListEntry, papers: Map<string, Paper>): Paper {
  const paper = papers.get(entry.paperId);
  if (paper) return paper;
  const info = describeEntry(entry, papers);
  const arxivId = entry.paperId.startsWith('arxiv:') ? entry.paperId.slice('arxiv:'.length) : undefined;
  return {
    id: entry.paperId,
    title: info.title,
    abstract: '',
    tldr: '',
    authors: info.authors,
    year: info.year ?? 0,
    links: info.links,
    tags: [],
    ...(arxivId && { arxivId }),
  };
}

export type StatusCounts = Record<ReadingStatus, number> & { total: number };

export function statusCounts(entries: ListEntry[]): StatusCounts {
  const counts: StatusCounts = { 'to-read': 0, reading: 0, read: 0, total: 0 };
  for (const entry of entries) {
    counts[entry.status]++;
    counts.total++;
  }
  return counts;
}

/** Entries of one list in display order. */
export const entriesOf = (entries: ListEntry[], listId: string): ListEntry[] =>
  entries.filter((e) => e.listId === listId).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

export function groupByPaper(entries: ListEntry[]): Map<string, ListEntry[]> {
  const map = new Map<string, ListEntry[]>();
  for (const entry of entries) map.set(entry.paperId, [...(map.get(entry.paperId) ?? []), entry]);
  return map;
}

/** `text` cut to `max` characters with an ellipsis: a pasted page of text echoed back whole would
 * fill the popup ("No papers match …"). */
export function clipped(text: string, max = 80): string {
  const chars = [...text];
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : text;
}
