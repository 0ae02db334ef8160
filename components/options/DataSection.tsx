import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../lib/messages/client';
import { errorClause, errorText } from '../errorText';
import { focusAfterRender } from '../focus';
import { importingText, importSummaryText, readBackupFile } from '../importSummary';
import { useImportUndo } from '../useImportUndo';
import { ResetControl } from './ResetControl';
import { Section } from './Section';

interface Props {
  /** Lists, dismissals or settings were replaced: reload what the page shows. */
  onDataChanged(): void;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

function download(json: string) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `paperlens-backup-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DataSection({ onDataChanged }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const [usage, setUsage] = useState<StorageEstimate | null>(null);
  const importUndo = useImportUndo(onDataChanged);
  const importInput = useRef<HTMLInputElement>(null);

  const measure = () => void navigator.storage?.estimate().then(setUsage, () => setUsage(null));
  useEffect(measure, []);

  const run = async (task: () => Promise<string>) => {
    try {
      setStatus({ kind: 'ok', text: await task() });
      measure();
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    }
  };
  const exportAll = () =>
    run(async () => {
      download(await send('backup/export', {}));
      return 'Backup downloaded.';
    });
  const importFile = (input: HTMLInputElement) =>
    run(async () => {
      const file = input.files?.[0];
      input.value = '';
      importUndo.drop();
      if (!file) return 'No file chosen.';
      // Said the way the popup says it: which file, and that nothing changed.
      const notImported = (e: unknown) =>
        new Error(`${file.name} was not imported, nothing changed: ${errorClause(e)}`);
      const json = await readBackupFile(file).catch((e: unknown) => {
        throw notImported(e);
      });
      setStatus({ kind: 'ok', text: importingText(file) });
      const { undo, ...summary } = await send('backup/import', { json }).catch((e: unknown) => {
        throw notImported(e);
      });
      onDataChanged();
      importUndo.offer(undo, file.name);
      return importSummaryText(file.name, summary);
    });
  const undoImport = () => {
    // The button goes with the undo: focus goes back to the import.
    focusAfterRender(importInput);
    return run(importUndo.undo);
  };
  const reset = () =>
    run(async () => {
      importUndo.drop();
      await send('data/reset', {});
      onDataChanged();
      return 'PaperLens was reset: lists, hidden papers and settings are gone. The paper catalog stays.';
    });

  const ratio = usage?.quota ? Math.min(1, (usage.usage ?? 0) / usage.quota) : 0;
  return (
    <Section id="data" title="Your data" intro="Everything lives in this browser. Nothing is ever sent anywhere.">
      <div class="pl-opt-actions">
        <button type="button" class="pl-opt-button" onClick={() => void exportAll()}>
          Export backup
        </button>
        <label class="pl-opt-button pl-opt-secondary">
          Import backup…
          <input
            ref={importInput}
            type="file"
            name="import"
            accept=".json,application/json"
            class="pl-opt-file"
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        <ResetControl onConfirm={() => void reset()} />
      </div>
      {/* The status region is in the page before its first message: a live region added with its
          text already in it is not announced by every screen reader. An alert is. */}
      <p class="pl-opt-ok" role="status">
        {status?.kind === 'ok' ? status.text : ''}
      </p>
      {importUndo.file && (
        <button type="button" class="pl-opt-button pl-opt-secondary pl-opt-undo" onClick={() => void undoImport()}>
          Undo import
        </button>
      )}
      {status?.kind === 'error' && (
        <p class="pl-opt-error" role="alert">
          {status.text}
        </p>
      )}
      <div class="pl-opt-storage" aria-live="polite">
        <span>Storage used</span>
        <span class="pl-opt-meter" aria-hidden="true">
          <span style={{ width: `${(ratio * 100).toFixed(2)}%` }} />
        </span>
        <strong>{usage ? formatBytes(usage.usage ?? 0) : '—'}</strong>
        {usage?.quota ? <small>of {formatBytes(usage.quota)} available</small> : null}
      </div>
    </Section>
  );
}
