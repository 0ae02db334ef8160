import { describe, expect, it } from 'vitest';
import { importingText, MAX_BACKUP_BYTES, readBackupFile } from '../../../components/importSummary';

const fileOf = (name: string, size: number, text = '{}') => ({ name, size, text: async () => text }) as unknown as File;

describe('reading a chosen backup file', () => {
  it('reads a file up to the limit, and says which file is importing and how big it is', async () => {
    expect(await readBackupFile(fileOf('backup.json', 2, '{}'))).toBe('{}');
    expect(await readBackupFile(fileOf('edge.json', MAX_BACKUP_BYTES, 'x'))).toBe('x');
    expect(importingText(fileOf('backup.json', 3.5 * 1024 * 1024))).toBe('Importing backup.json (3.5 MB)…');
  });

  it('refuses a file over the limit without reading it, naming both sizes', async () => {
    await expect(readBackupFile(fileOf('huge.json', 80 * 1024 * 1024))).rejects.toThrow(
      'the file is 80 MB; a PaperLens backup is at most 50 MB',
    );
  });
});
