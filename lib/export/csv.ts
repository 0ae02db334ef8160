// CSV export (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break).
import type { Paper } from '../catalog/types';
import type { ListEntry, ReadingList } from '../db/types';
import { exportSections, mainUrl } from './rows';

/** "year" is the publication year (lib/export/year), the one BibTeX and Markdown give, not the
 * catalog's first-appearance year: a row reading "2022, ICLR 2023" would contradict itself. When the
 * preprint came out stays readable from arxiv_id (YYMM). */
export const CSV_HEADER = [
  'list',
  'title',
  'authors',
  'year',
  'venue',
  'arxiv_id',
  'doi',
  'status',
  'note',
  'added',
  'url',
];

/**
 * Spreadsheets run cells that start with = + - @ as formulas; a leading apostrophe keeps a crafted note or
 * title as text (OWASP's advice for CSV injection).
 */
const defuse = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export function csvField(value: string): string {
  const safe = defuse(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(lists: ReadingList[], entries: ListEntry[], papers: Map<string, Paper>): string {
  const lines = [CSV_HEADER.join(',')];
  for (const { rows } of exportSections(lists, entries, papers)) {
    for (const row of rows) {
      const fields = [
        row.list.name,
        row.title,
        row.authors.join('; '),
        row.year === undefined ? '' : String(row.year),
        row.venue ?? '',
        row.arxivId ?? '',
        row.doi ?? '',
        row.status,
        row.note,
        new Date(row.entry.addedAt).toISOString(),
        mainUrl(row.links) ?? '',
      ];
      lines.push(fields.map(csvField).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
