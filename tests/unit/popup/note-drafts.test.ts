import { beforeEach, describe, expect, it } from 'vitest';
import { draftKey, dropDraft, keepDraft, pruneDrafts, readDraft } from '../../../components/popup/noteDrafts';

beforeEach(() => {
  localStorage.clear();
});

describe('note drafts', () => {
  const entry = { id: 'list-1|arxiv:2202.08906', addedAt: 1_700_000_000_000 };

  it('keeps what differs from the saved note, until dropped', () => {
    const key = draftKey(entry);
    keepDraft(key, 'Read the router part', '');
    expect(readDraft(key, '')).toBe('Read the router part');
    // Typed back to what is saved: nothing to restore.
    keepDraft(key, 'saved', 'saved');
    expect(readDraft(key, 'saved')).toBeNull();
    keepDraft(key, 'again', '');
    dropDraft(key);
    expect(readDraft(key, '')).toBeNull();
  });

  it('belongs to one saving of the paper: saved there again later, it starts without the old draft', () => {
    keepDraft(draftKey(entry), 'old thoughts', '');
    expect(readDraft(draftKey({ ...entry, addedAt: entry.addedAt + 1 }), '')).toBeNull();
  });

  it('prunes the drafts of entries that are gone, and leaves other storage alone', () => {
    const gone = { id: 'list-1|arxiv:1905.00537', addedAt: 1 };
    keepDraft(draftKey(entry), 'kept', '');
    keepDraft(draftKey(gone), 'stale', '');
    localStorage.setItem('something-else', 'x');
    pruneDrafts(new Set([draftKey(entry)]));
    expect([
      readDraft(draftKey(entry), ''),
      readDraft(draftKey(gone), ''),
      localStorage.getItem('something-else'),
    ]).toEqual(['kept', null, 'x']);
  });
});
