import { useRef, useState } from 'preact/hooks';
import {
  type ListEntry,
  READING_STATUSES,
  type ReadingList,
  type ReadingStatus,
  STATUS_LABELS,
} from '../../lib/db/types';
import { focusAfterRender } from '../focus';
import { useDeliberateSelect } from '../useDeliberateSelect';
import type { EntryInfo } from './entryInfo';
import { FittedAuthors } from './FittedAuthors';
import { NoteEditor } from './NoteEditor';
import { draftKey, dropDraft, keepDraft, readDraft } from './noteDrafts';

export interface EntryActions {
  open(paperId: string): void;
  update(entry: ListEntry, changes: { status?: ReadingStatus; note?: string }): Promise<boolean>;
  move(entry: ListEntry, toListId: string): void;
  remove(entry: ListEntry): void;
  step(entry: ListEntry, delta: number): void;
}

interface Props {
  entry: ListEntry;
  info: EntryInfo;
  index: number;
  count: number;
  otherLists: ReadingList[];
  actions: EntryActions;
  dragging: boolean;
  onDragStart(e: DragEvent): void;
}

/** One saved paper: title, status, note, move to another list, remove, and its place in the list. */
export function EntryRow({ entry, info, index, count, otherLists, actions, dragging, onDragStart }: Props) {
  // A note left unsaved when the popup closed opens its editor again.
  const [draft, setDraft] = useState(() => readDraft(draftKey(entry), entry.note));
  const [editing, setEditing] = useState(draft !== null);
  const noteButton = useRef<HTMLButtonElement>(null);
  // Arrowing down the closed menu moved the paper at once: a move waits for Enter (or a click).
  const moveSelect = useDeliberateSelect(
    (listId) => listId && actions.move(entry, listId),
    (listId) => listId !== '',
  );
  // Saved or cancelled, focus goes back to the button that opened the editor, not to the page.
  const closeEditor = () => {
    dropDraft(draftKey(entry));
    setDraft(null);
    setEditing(false);
    focusAfterRender(noteButton);
  };
  const id = `pp-entry-${index}`;
  const hasAuthors = info.authors.length > 0;
  return (
    <div class={`pp-entry-card${dragging ? ' pp-dragging' : ''}`}>
      <div class="pp-entry-top">
        <span
          class="pp-handle"
          draggable
          onDragStart={onDragStart}
          title="Drag to reorder (or Alt+↑/↓)"
          aria-hidden="true"
        >
          ⋮⋮
        </span>
        <div class="pp-entry-main">
          {info.inCatalog ? (
            <button type="button" class="pp-entry-title" id={id} onClick={() => actions.open(entry.paperId)}>
              {info.title}
            </button>
          ) : (
            <span class="pp-entry-title pp-entry-gone" id={id}>
              {info.links.arxiv ? (
                <a href={info.links.arxiv} target="_blank" rel="noopener noreferrer">
                  {info.title}
                </a>
              ) : (
                info.title
              )}
            </span>
          )}
          <span class="pp-entry-meta">
            {hasAuthors && <FittedAuthors authors={info.authors} shown={2} class="pp-entry-authors" />}
            {info.year ? <span class={hasAuthors ? 'pp-dot pp-year' : 'pp-year'}>{info.year}</span> : null}
            {!info.inCatalog && (
              // A snapshot was taken as it left the catalog; an entry without one came from a
              // backup made with papers this catalog never had.
              <span class="pp-gone-badge">{entry.snapshot ? 'No longer in the catalog' : 'Not in this catalog'}</span>
            )}
          </span>
        </div>
        <button
          type="button"
          class="pp-icon-button"
          aria-label={`Remove “${info.title}” from this list`}
          title="Remove from this list"
          onClick={() => actions.remove(entry)}
        >
          ×
        </button>
      </div>
      <div class="pp-entry-controls">
        <select
          class={`pl-select pp-status-select pp-s-${entry.status}`}
          aria-label={`Status of “${info.title}”`}
          value={entry.status}
          onChange={(e) => void actions.update(entry, { status: e.currentTarget.value as ReadingStatus })}
        >
          {READING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        {otherLists.length > 0 && (
          <select
            class="pl-select pp-move-select"
            aria-label={`Move “${info.title}” to another list`}
            value=""
            {...moveSelect}
          >
            <option value="">Move to…</option>
            {otherLists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        )}
        <button
          type="button"
          class="pl-button pl-quiet pp-small-button"
          ref={noteButton}
          // Pressed again while the editor is open, it closes it as Cancel does: draft and all;
          // aria-expanded tells a screen reader which of the two a press does.
          aria-expanded={editing}
          // Which paper's note: every row has one of these (its visible words first, as speech
          // input users say them).
          aria-label={`${entry.note ? 'Edit note' : 'Add note'} on “${info.title}”`}
          onClick={() => (editing ? closeEditor() : setEditing(true))}
        >
          {entry.note ? 'Edit note' : 'Add note'}
        </button>
        <span class="pp-spacer" />
        <button
          type="button"
          class="pp-icon-button"
          aria-label={`Move “${info.title}” up`}
          disabled={index === 0}
          onClick={() => actions.step(entry, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          class="pp-icon-button"
          aria-label={`Move “${info.title}” down`}
          disabled={index === count - 1}
          onClick={() => actions.step(entry, 1)}
        >
          ↓
        </button>
      </div>
      {editing ? (
        <NoteEditor
          note={entry.note}
          draft={draft}
          onText={(text, base) => keepDraft(draftKey(entry), text, base)}
          label={`Note on “${info.title}”`}
          onSave={async (note) => {
            if (await actions.update(entry, { note })) closeEditor();
          }}
          onCancel={closeEditor}
        />
      ) : (
        entry.note && (
          // dir="auto": a note in Arabic or Hebrew reads right to left.
          <p class="pp-note" dir="auto">
            {entry.note}
          </p>
        )
      )}
    </div>
  );
}
