import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportPanel } from '../../../components/popup/ExportPanel';
import { nothingToExport } from '../../../components/popup/exporters';
import type { ReadingList } from '../../../lib/db/types';
import { ENTRIES, LISTS } from '../export/data.fixture';
import { PAPER_MAP } from '../search/papers.fixture';

const EMPTY: ReadingList = { id: 'l-empty', name: 'Later', createdAt: 0, order: 9 };

/** Click an export button; the names of the files it downloaded. */
function clickExport(label: string): string[] {
  const downloaded: string[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    downloaded.push(this.download);
  };
  try {
    [...document.querySelectorAll('button')].find((b) => b.textContent === label)?.click();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  return downloaded;
}

afterEach(() => render(null, document.body));

describe('export panel', () => {
  it('downloads no empty file when the list has no papers, and says why', async () => {
    const overview = { lists: [...LISTS, EMPTY], entries: ENTRIES };
    render(
      <ExportPanel list={EMPTY} overview={overview} papers={PAPER_MAP} onImported={async () => {}} />,
      document.body,
    );
    expect(clickExport('BibTeX')).toEqual([]);
    await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelector('[role="status"]')?.textContent).toBe(
      'Nothing to export: “Later” has no papers yet.',
    );
  });

  it('downloads no empty file when no list has papers', async () => {
    render(
      <ExportPanel list={null} overview={{ lists: [], entries: [] }} papers={PAPER_MAP} onImported={async () => {}} />,
      document.body,
    );
    expect(clickExport('CSV')).toEqual([]);
    await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelector('[role="status"]')?.textContent).toBe('Nothing to export: no list has papers yet.');
  });

  it('exports a list with papers', async () => {
    const list = LISTS[0] as ReadingList;
    render(
      <ExportPanel
        list={list}
        overview={{ lists: LISTS, entries: ENTRIES }}
        papers={PAPER_MAP}
        onImported={async () => {}}
      />,
      document.body,
    );
    expect(clickExport('Markdown')).toHaveLength(1);
    expect(nothingToExport({ lists: LISTS, entries: ENTRIES, listId: null })).toBeNull();
  });
});
