import { describe, expect, it } from 'vitest';
import { backupFilename, buildExport, downloadText, slug } from '../../../components/popup/exporters';
import { ENTRIES, LISTS } from '../export/data.fixture';
import { PAPER_MAP } from '../search/papers.fixture';

const now = new Date('2025-03-04T12:00:00Z');
const input = { lists: LISTS, entries: ENTRIES, papers: PAPER_MAP, now };

describe('popup exports', () => {
  it('exports one list as BibTeX, each paper once, snapshot papers included', () => {
    const file = buildExport('bibtex', { ...input, listId: 'l-toread' });
    expect(file.filename).toBe('paperlens-to-read-2025-03-04.bib');
    expect(file.content.match(/^@/gm)).toHaveLength(2);
    expect(file.content).toContain('A Withdrawn Paper');
    expect(file.content).not.toContain('LightGlue');
  });
  it('exports everything as Markdown with links, status and note', () => {
    const file = buildExport('markdown', { ...input, listId: null });
    expect(file.filename).toBe('paperlens-lists-2025-03-04.md');
    expect(file.content).toContain('## To read');
    expect(file.content).toContain('## Feature matching');
    expect(file.content).toContain('](https://arxiv.org/abs/2306.13643)');
    expect(file.content).toContain('*Reading*');
    expect(file.content).toContain('Adaptive depth.');
  });
  it('exports CSV with a header row and one row per entry', () => {
    const file = buildExport('csv', { ...input, listId: 'l-match' });
    expect(file.mime).toBe('text/csv');
    expect(file.content.startsWith('\uFEFFlist,')).toBe(true); // a BOM, for Excel
    expect(file.content.trim().split('\r\n')).toHaveLength(3);
  });
  it('makes safe file names', () => {
    expect(slug('Feature matching / 2024')).toBe('feature-matching-2024');
    expect(slug('Ünïcödé')).toBe('unicode');
    expect(slug('日本語')).toBe('日本語');
    expect(slug('קריאה לשבוע')).toBe('קריאה-לשבוע');
    expect(slug('हिन्दी पढ़ना')).toBe('हिन्दी-पढ़ना');
    expect(slug('🙂 ✨')).toBe('list');
    expect(slug(`${'ü'.repeat(59)}😀x`)).toBe('u'.repeat(59));
    expect(backupFilename(now)).toBe('paperlens-backup-2025-03-04.json');
  });
  it('downloads through a Blob URL and a temporary link', () => {
    const clicked: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.href.slice(0, 5)}`);
    };
    try {
      downloadText({ filename: 'x.md', mime: 'text/markdown', content: '# hi' });
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked).toEqual(['x.md blob:']);
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
