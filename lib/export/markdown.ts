// Markdown export: one section per list, one bullet per paper.
import type { Paper } from '../catalog/types';
import { type ListEntry, type ReadingList, STATUS_LABELS } from '../db/types';
import { type ExportRow, exportSections, mainUrl } from './rows';

/** Characters that would start emphasis, links or code inside link text or a heading. */
const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>#|]/g, (ch) => `\\${ch}`);

/** A continuation line that starts like a list item ("- x", "+ x", "2. x") would become one. */
const escapeBlockStart = (line: string): string =>
  line.replace(/^(\s*)([-+])(\s)/, '$1\\$2$3').replace(/^(\s*)(\d+)([.)])(\s)/, '$1$2\\$3$4');

/** Parentheses and spaces would end the link target early. */
const escapeUrl = (url: string): string => url.replace(/[()\s]/g, (ch) => encodeURIComponent(ch));

const link = (text: string, url: string | undefined): string =>
  url ? `[${escapeMarkdown(text)}](${escapeUrl(url)})` : escapeMarkdown(text);

function bullet(row: ExportRow): string {
  const title = link(row.title, mainUrl(row.links));
  const parts = [row.year ? `${title} (${row.year})` : title];
  if (row.links.pdf) parts.push(link('PDF', row.links.pdf));
  if (row.links.code) parts.push(link('code', row.links.code));
  parts.push(`*${STATUS_LABELS[row.status]}*`);
  let line = `- ${parts.join(' · ')}`;
  const note = row.note.trim();
  // Continuation lines are indented so a multi-line note stays inside its bullet.
  if (note) {
    const lines = escapeMarkdown(note)
      .split(/\r?\n/)
      .map((l, i) => (i === 0 ? l : escapeBlockStart(l)));
    line += ` — ${lines.join('\n  ')}`;
  }
  return line;
}

/** Every list, each a section under one heading; or one list, its name the document's heading. */
export function toMarkdown(lists: ReadingList[], entries: ListEntry[], papers: Map<string, Paper>): string {
  const sections = exportSections(lists, entries, papers);
  const section = ({ list, rows }: (typeof sections)[number], level: string) => {
    const body = rows.length ? rows.map(bullet).join('\n') : '_No papers yet._';
    return `${level} ${escapeMarkdown(list.name)}\n\n${body}\n`;
  };
  const [only] = sections;
  if (sections.length === 1 && only) return section(only, '#');
  return ['# PaperLens reading lists\n', ...sections.map((s) => section(s, '##'))].join('\n');
}
