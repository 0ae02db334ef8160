import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Paper } from '../../lib/catalog/types';
import type { ReadingList } from '../../lib/db/types';
import { send } from '../../lib/messages/client';
import type { ListsOverview } from '../../lib/messages/contract';
import { errorClause } from '../errorText';
import { focusAfterRender } from '../focus';
import { importingText, importSummaryText, readBackupFile } from '../importSummary';
import { useImportUndo } from '../useImportUndo';
import { backupFilename, buildExport, downloadText, type ExportFormat, nothingToExport } from './exporters';
import { attempt } from './usePopupData';

interface Props {
  list: ReadingList | null;
  overview: ListsOverview;
  papers: Map<string, Paper>;
  onImported(): Promise<void>;
  /** Import from the settings page instead of here: Firefox closes a toolbar popup as soon as a
   * file picker opens, so the chosen file would never arrive (Firefox bug 1292701). */
  importInSettings?: boolean;
}

const IMPORT_IN_SETTINGS = import.meta.env.BROWSER === 'firefox';

/** The settings page, at its data section (it has the import), in a tab of its own. */
function openImportInSettings(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/options.html#data') });
}

const FORMATS: Array<[ExportFormat, string]> = [
  ['bibtex', 'BibTeX'],
  ['markdown', 'Markdown'],
  ['csv', 'CSV'],
];

/** Export one list or all of them; the JSON backup (everything) out and back in. */
export function ExportPanel({ list, overview, papers, onImported, importInSettings = IMPORT_IN_SETTINGS }: Props) {
  const [scope, setScope] = useState<'list' | 'all'>('list');
  // `of`: the lists an export's word was about; once they change (a paper saved, a list made),
  // "Nothing to export" is no longer true and goes (a trial saw it stay, in green, after saving 8).
  const [status, setStatus] = useState<{ text: string; error: boolean; of?: ListsOverview } | null>(null);
  const listId = scope === 'list' && list ? list.id : null;
  const fail = (text: string) => setStatus({ text, error: true });
  const importUndo = useImportUndo(onImported);
  const importInput = useRef<HTMLInputElement>(null);
  // The panel is the popup's last: with a long list above, its news lands below the fold, and
  // choosing a file seemed to do nothing (a trial). Brought into view as it comes.
  const news = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status) news.current?.scrollIntoView({ block: 'nearest' });
  }, [status]);
  const exportAs = (format: ExportFormat) => {
    const empty = nothingToExport({ ...overview, listId });
    if (empty) {
      setStatus({ text: empty, error: false, of: overview });
      return;
    }
    const file = buildExport(format, { ...overview, papers, listId });
    downloadText(file);
    setStatus({ text: `Exported ${file.filename}`, error: false, of: overview });
  };
  const backup = () =>
    attempt(async () => {
      const content = await send('backup/export', {});
      downloadText({ filename: backupFilename(), mime: 'application/json', content });
      setStatus({ text: 'Backup exported: lists, notes, hidden papers and settings', error: false });
    }, fail);
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    importUndo.drop();
    await attempt(
      async () => {
        const json = await readBackupFile(file);
        setStatus({ text: importingText(file), error: false });
        const { undo, ...summary } = await send('backup/import', { json });
        setStatus({ text: importSummaryText(file.name, summary), error: false });
        importUndo.offer(undo, file.name);
        await onImported();
      },
      (text) => fail(`${file.name} was not imported, nothing changed: ${text}`),
      errorClause,
    );
  };
  return (
    <section class="pp-panel" aria-labelledby="pp-export-heading">
      {/* tabIndex -1: the list's "Skip" button puts the focus here. */}
      <h2 id="pp-export-heading" class="pp-panel-heading" tabIndex={-1}>
        Export and backup
      </h2>
      <div class="pl-row">
        <label class="pl-visually-hidden" for="pp-export-scope">
          What to export
        </label>
        <select
          id="pp-export-scope"
          class="pl-select"
          value={listId ? 'list' : 'all'}
          onChange={(e) => setScope(e.currentTarget.value as 'list' | 'all')}
        >
          {list && <option value="list">This list</option>}
          <option value="all">All lists</option>
        </select>
        {FORMATS.map(([format, label]) => (
          <button key={format} type="button" class="pl-button" onClick={() => exportAs(format)}>
            {label}
          </button>
        ))}
      </div>
      <div class="pl-row">
        <button type="button" class="pl-button" onClick={backup}>
          Export JSON backup
        </button>
        {importInSettings ? (
          <button type="button" class="pl-button" aria-describedby="pp-import-hint" onClick={openImportInSettings}>
            Import JSON backup…
          </button>
        ) : (
          <label class="pl-button pp-file-button">
            Import JSON backup…
            <input
              ref={importInput}
              type="file"
              accept="application/json,.json"
              class="pl-visually-hidden"
              onChange={(e) => void importFile(e.currentTarget)}
            />
          </label>
        )}
      </div>
      {importInSettings && (
        <p id="pp-import-hint" class="pp-panel-note">
          Opens Settings to import: Firefox closes this popup when a file picker opens.
        </p>
      )}
      {/* One place in the panel's column for both. The status region is always there, empty until
          there is news: a live region whose role changes, or that comes with its text in it, is
          not announced by every screen reader. An error is an alert of its own, added when it comes. */}
      <div ref={news}>
        <p class="pl-status-text" role="status">
          {status && !status.error && (status.of === undefined || status.of === overview) ? status.text : ''}
        </p>
        {status?.error && (
          <p class="pl-error" role="alert">
            {status.text}
          </p>
        )}
        {importUndo.file && (
          <button
            type="button"
            class="pl-button pp-import-undo"
            onClick={() => {
              focusAfterRender(importInput);
              void attempt(async () => setStatus({ text: await importUndo.undo(), error: false }), fail);
            }}
          >
            Undo import
          </button>
        )}
      </div>
    </section>
  );
}
