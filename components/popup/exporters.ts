// What each export format writes, for one list or all of them. JSON is the full backup, made by the background.
import type { Paper } from '../../lib/catalog/types';
import type { ListEntry, ReadingList } from '../../lib/db/types';
import { toBibtex, toCsv, toMarkdown } from '../../lib/export';
import { entriesOf, paperForEntry } from './entryInfo';

export type ExportFormat = 'bibtex' | 'markdown' | 'csv';

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

const EXT: Record<ExportFormat, [string, string]> = {
  bibtex: ['bib', 'application/x-bibtex'],
  markdown: ['md', 'text/markdown'],
  csv: ['csv', 'text/csv'],
};

/** "Feature matching / 2024" -> "feature-matching-2024", "Ünïcödé" -> "unicode", "קריאה לשבוע"
 * -> "קריאה-לשבוע" (letters of every script are kept: a Hebrew list's file was "paperlens-list");
 * never empty. */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    // Accents off Latin letters only: elsewhere a combining mark is part of the letter (Devanagari).
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return Array.from(s).slice(0, 60).join('').replace(/-+$/, '') || 'list';
}

export const dateStamp = (now: Date): string => now.toISOString().slice(0, 10);

export interface ExportInput {
  lists: ReadingList[];
  entries: ListEntry[];
  papers: Map<string, Paper>;
  /** One list, or null for everything. */
  listId: string | null;
  now?: Date;
}

/**
 * Why there is nothing to export, or null: a file with no papers in it (an empty .bib, a CSV of
 * just its header) would download as if something had been saved.
 */
export function nothingToExport(input: Pick<ExportInput, 'lists' | 'entries' | 'listId'>): string | null {
  const { lists, entries, listId } = input;
  if (listId) {
    const name = lists.find((l) => l.id === listId)?.name ?? 'This list';
    return entries.some((e) => e.listId === listId) ? null : `Nothing to export: “${name}” has no papers yet.`;
  }
  const listIds = new Set(lists.map((l) => l.id));
  return entries.some((e) => listIds.has(e.listId)) ? null : 'Nothing to export: no list has papers yet.';
}

export function buildExport(format: ExportFormat, input: ExportInput): ExportFile {
  const { papers, listId, now = new Date() } = input;
  const lists = listId ? input.lists.filter((l) => l.id === listId) : input.lists;
  const listIds = new Set(lists.map((l) => l.id));
  const entries = input.entries.filter((e) => listIds.has(e.listId));
  const base = listId && lists[0] ? `paperlens-${slug(lists[0].name)}` : 'paperlens-lists';
  const [ext, mime] = EXT[format];
  const filename = `${base}-${dateStamp(now)}.${ext}`;
  if (format === 'markdown') return { filename, mime, content: toMarkdown(lists, entries, papers) };
  // A byte-order mark, so Excel reads the file as UTF-8 (names like Vulić or Łukasz, and notes
  // in any script, are garbled without it); other tools ignore it.
  if (format === 'csv') return { filename, mime, content: `\uFEFF${toCsv(lists, entries, papers)}` };
  // BibTeX: each paper once, in list order then entry order.
  const seen = new Set<string>();
  const ordered: Paper[] = [];
  for (const list of [...lists].sort((a, b) => a.order - b.order)) {
    for (const entry of entriesOf(entries, list.id)) {
      if (seen.has(entry.paperId)) continue;
      seen.add(entry.paperId);
      ordered.push(paperForEntry(entry, papers));
    }
  }
  return { filename, mime, content: toBibtex(ordered) };
}

export const backupFilename = (now = new Date()): string => `paperlens-backup-${dateStamp(now)}.json`;

/** Save text as a file: a Blob, an object URL and a temporary <a download>. No network involved. */
export function downloadText({ filename, mime, content }: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
