import { describe, expect, it } from 'vitest';
import { importSummaryText } from '../../../components/importSummary';
import { emptySummary } from '../../../lib/export/merge';

const summary = emptySummary();

describe('import summary', () => {
  it('counts what an import added', () => {
    expect(importSummaryText('b.json', { ...summary, listsAdded: 1, entriesAdded: 2, dismissalsAdded: 1 })).toBe(
      'Imported b.json: 1 new list, 2 new entries, 0 updated entries, 1 hidden paper.',
    );
  });

  it('says a file imported again brought nothing new, instead of four zeros', () => {
    expect(importSummaryText('b.json', summary)).toBe(
      'Imported b.json: no new lists, entries or hidden papers (all were here already).',
    );
    expect(importSummaryText('b.json', { ...summary, settingsRestored: true })).toBe(
      'Imported b.json: no new lists, entries or hidden papers (all were here already); settings restored.',
    );
  });

  it('says how many new entries are of papers not in this catalog', () => {
    expect(importSummaryText('b.json', { ...summary, entriesAdded: 3, unknownPapers: 1 })).toBe(
      'Imported b.json: 0 new lists, 3 new entries, 0 updated entries, 0 hidden papers. 1 entry is of a paper not in this catalog, kept under the title saved with it or its id.',
    );
    expect(importSummaryText('b.json', { ...summary, entriesAdded: 3, unknownPapers: 2 })).toBe(
      'Imported b.json: 0 new lists, 3 new entries, 0 updated entries, 0 hidden papers. 2 entries are of papers not in this catalog, kept under the title saved with them or their id.',
    );
  });
});
