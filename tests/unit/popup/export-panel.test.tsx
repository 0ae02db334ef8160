import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_BACKUP_BYTES } from '../../../components/importSummary';
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

/** Choose a backup file in the Import field. */
function chooseFile(file: File): void {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file field');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const settle = () => new Promise((r) => setTimeout(r, 0));

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

  it('lets "Nothing to export" go once the lists change (a paper saved meanwhile)', async () => {
    const panel = (overview: { lists: ReadingList[]; entries: typeof ENTRIES }) =>
      render(
        <ExportPanel list={null} overview={overview} papers={PAPER_MAP} onImported={async () => {}} />,
        document.body,
      );
    panel({ lists: [], entries: [] });
    clickExport('CSV');
    await settle();
    expect(document.querySelector('[role="status"]')?.textContent).toBe('Nothing to export: no list has papers yet.');
    panel({ lists: LISTS, entries: ENTRIES });
    await settle();
    expect(document.querySelector('[role="status"]')?.textContent).toBe('');
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

  it('says an error after a success in an alert of its own: the status region stays, and is emptied', async () => {
    const overview = { lists: [...LISTS, EMPTY], entries: ENTRIES };
    render(
      <ExportPanel list={EMPTY} overview={overview} papers={PAPER_MAP} onImported={async () => {}} />,
      document.body,
    );
    // In the page, empty, before its first message: not every screen reader announces a live
    // region added with its text, or one whose role changes.
    const region = document.querySelector('[role="status"]');
    expect(region?.textContent).toBe('');
    clickExport('BibTeX');
    await settle();
    expect(region?.textContent).toBe('Nothing to export: “Later” has no papers yet.');
    const big = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(big, 'size', { value: MAX_BACKUP_BYTES + 1 });
    chooseFile(big);
    await settle();
    expect(document.querySelector('[role="status"]')).toBe(region);
    expect(region?.textContent).toBe('');
    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(
      /^huge\.json was not imported, nothing changed: /,
    );
    // The next success is said in the same region, and the alert goes.
    clickExport('BibTeX');
    await settle();
    expect(region?.textContent).toBe('Nothing to export: “Later” has no papers yet.');
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });

  it('imports here with a file field, or (Firefox, whose popup closes when a file picker opens) in Settings', () => {
    const overview = { lists: LISTS, entries: ENTRIES };
    render(
      <ExportPanel list={null} overview={overview} papers={PAPER_MAP} onImported={async () => {}} />,
      document.body,
    );
    expect(document.querySelector('input[type="file"]')).not.toBeNull();
    render(null, document.body);

    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({ id: 3 } as never);
    render(
      <ExportPanel list={null} overview={overview} papers={PAPER_MAP} onImported={async () => {}} importInSettings />,
      document.body,
    );
    expect(document.querySelector('input[type="file"]')).toBeNull();
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Import JSON backup…');
    expect(document.getElementById(button?.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /^Opens Settings to import: Firefox closes this popup/,
    );
    button?.click();
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/options.html#data') });
  });
});
