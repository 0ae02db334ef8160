import { describe, expect, it } from 'vitest';
import { resavedLacks } from '../../../components/resavedLacks';
import type { ListEntry } from '../../../lib/db/types';

const entry = (changes: Partial<ListEntry>): ListEntry =>
  ({
    id: 'l|p',
    listId: 'l',
    paperId: 'p',
    status: 'to-read',
    note: '',
    addedAt: 1,
    order: 0,
    ...changes,
  }) as ListEntry;

describe('resavedLacks: what Undo of a removal still brings back once the paper is saved there again', () => {
  it('the note and the status further along, whichever the new entry lacks', () => {
    const fresh = entry({ addedAt: 9 });
    expect(resavedLacks(entry({ status: 'reading', note: 'Compare' }), fresh)).toEqual(['note', 'status']);
    expect(resavedLacks(entry({ note: 'Compare' }), fresh)).toEqual(['note']);
    expect(resavedLacks(entry({ status: 'read' }), fresh)).toEqual(['status']);
    expect(resavedLacks(entry({ status: 'reading' }), entry({ status: 'read', addedAt: 9 }))).toEqual([]);
    expect(resavedLacks(entry({}), fresh)).toEqual([]);
  });

  it('notes too long to combine count as a note to bring back (Undo then says why it cannot)', () => {
    const long = 'x'.repeat(3000);
    expect(resavedLacks(entry({ note: long }), entry({ note: `${long}y`, addedAt: 9 }))).toEqual(['note']);
  });
});
