import { useState } from 'preact/hooks';
import { send } from '../lib/messages/client';
import type { ImportUndo } from '../lib/messages/contract';

/**
 * The undo of the last import, offered while the page that imported stays open (the popup and
 * Settings alike): an import merges, and a backup older than the data brings back what was removed
 * since (lib/background/undo-import). The background refuses it once the data changed meanwhile.
 */
export function useImportUndo(onUndone: () => unknown) {
  const [offered, setOffered] = useState<{ undo: ImportUndo; file: string } | null>(null);
  return {
    /** The file whose import can be undone, if any. */
    file: offered?.file ?? null,
    offer: (undo: ImportUndo | null, file: string) => setOffered(undo && { undo, file }),
    drop: () => setOffered(null),
    /** Undoes it, and says so; throws what the background says when it refuses. */
    async undo(): Promise<string> {
      if (!offered) return '';
      setOffered(null);
      await send('backup/undo-import', { undo: offered.undo });
      await onUndone();
      return `Import of ${offered.file} undone: your lists and settings are as they were before it.`;
    },
  };
}
