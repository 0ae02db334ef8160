import { beforeEach, describe, expect, it } from 'vitest';
import {
  draftKey,
  dropDraft,
  GONE_DRAFT_MS,
  keepDraft,
  pruneDrafts,
  readDraft,
} from '../../../components/popup/noteDrafts';

beforeEach(() => {
  localStorage.clear();
});

describe('note drafts', () => {
  const entry = { id: 'list-1|arxiv:2202.08906', addedAt: 1_700_000_000_000 };

  it('keeps what differs from the saved note, until dropped', () => {
    const key = draftKey(entry);
    keepDraft(key, 'Read the router part', '');
    expect(readDraft(key, '')).toEqual({ text: 'Read the router part', base: '' });
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

  it('remembers the note it was begun from, so the editor can tell it changed since', () => {
    const key = draftKey(entry);
    keepDraft(key, 'check appendix B, and the router', 'check appendix B');
    // An imported backup added to the note meanwhile.
    expect(readDraft(key, 'check appendix B\n\nLAPTOP NOTE')).toEqual({
      text: 'check appendix B, and the router',
      base: 'check appendix B',
    });
    // The draft typed back to the note it began from is no draft.
    keepDraft(key, 'check appendix B', 'check appendix B');
    expect(readDraft(key, 'check appendix B\n\nLAPTOP NOTE')).toBeNull();
  });

  it('reads a draft kept as plain text by an earlier version as begun from the note saved now', () => {
    localStorage.setItem(`paperlens:note-draft:${draftKey(entry)}`, 'Read the router part');
    expect(readDraft(draftKey(entry), 'saved')).toEqual({ text: 'Read the router part', base: 'saved' });
    localStorage.setItem(`paperlens:note-draft:${draftKey(entry)}`, '{"not":"a draft"}');
    expect(readDraft(draftKey(entry), '')).toEqual({ text: '{"not":"a draft"}', base: '' });
  });

  it('prunes the drafts of entries gone for a day, and leaves other storage alone', () => {
    const gone = { id: 'list-1|arxiv:1905.00537', addedAt: 1 };
    keepDraft(draftKey(entry), 'kept', '');
    keepDraft(draftKey(gone), 'stale', '');
    localStorage.setItem('something-else', 'x');
    // Its list deleted in another popup: an Undo may bring it back, and the draft with it.
    pruneDrafts(new Set([draftKey(entry)]));
    expect(readDraft(draftKey(gone), '')).toEqual({ text: 'stale', base: '' });
    pruneDrafts(new Set([draftKey(entry)]), Date.now() + GONE_DRAFT_MS);
    expect([
      readDraft(draftKey(entry), ''),
      readDraft(draftKey(gone), ''),
      localStorage.getItem('something-else'),
    ]).toEqual([{ text: 'kept', base: '' }, null, 'x']);
  });
});
