import { useRef } from 'preact/hooks';
import type { ListEntry, ReadingList } from '../../lib/db/types';
import { STATUS_LABELS } from '../../lib/db/types';
import { authorLine, type SearchResult } from '../../lib/search';
import { yearAndVenue } from '../paperName';
import { Highlight } from './Highlight';
import { tooltipWhenCut, useLineRoom } from './overflow';

interface Props {
  id: string;
  result: SearchResult;
  active: boolean;
  entries: ListEntry[];
  lists: ReadingList[];
  onOpen(): void;
  onHover(): void;
}

/** One search result: an option of the results listbox (the box keeps focus; Enter or click opens it). */
export function ResultCard({ id, result, active, entries, lists, onOpen, onHover }: Props) {
  const { paper, terms } = result;
  const meta = yearAndVenue(paper);
  const saved = entries[0];
  const listName = saved && lists.find((l) => l.id === saved.listId)?.name;
  const authorsRef = useRef<HTMLSpanElement>(null);
  // Names that do not fit are dropped whole, for "et al.", not cut by the ellipsis after a comma.
  const room = useLineRoom(authorsRef, `${paper.id}|${terms.join(' ')}|${meta}`);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard (aria-activedescendant)
    <div
      id={id}
      tabIndex={-1}
      role="option"
      aria-selected={active}
      class={`pp-result${active ? ' pp-active' : ''}`}
      onClick={onOpen}
      onMouseMove={onHover}
    >
      <div class="pp-result-title">
        <Highlight text={paper.title} terms={terms} />
      </div>
      <div class="pp-result-meta">
        {/* Either part may be cut short: its whole text is its tooltip then. */}
        <span ref={authorsRef} class="pp-authors" {...tooltipWhenCut(paper.authors.join(', '))}>
          {paper.authors.length ? <AuthorNames authors={paper.authors} terms={terms} room={room} /> : 'Authors unknown'}
        </span>
        {meta && (
          <span class="pp-dot" {...tooltipWhenCut(meta)}>
            {meta}
          </span>
        )}
      </div>
      {paper.tldr && <p class="pp-result-tldr">{paper.tldr}</p>}
      {saved && (
        <span class="pp-saved-badge">
          <span aria-hidden="true">✓ </span>
          Saved{listName ? ` in ${listName}` : ''} · {STATUS_LABELS[saved.status]}
          {entries.length > 1 ? ` +${entries.length - 1}` : ''}
        </span>
      )}
    </div>
  );
}

/** The first authors, or the ones the query matched further down ("Zhou, … Laudon"). */
function AuthorNames({ authors, terms, room }: { authors: string[]; terms: string[]; room?: number }) {
  const line = authorLine(authors, terms, 3, room);
  return (
    <>
      {line.names.map(({ name, gap }, i) => (
        <span key={i}>
          {i > 0 && (gap ? ', … ' : ', ')}
          <Highlight text={name} terms={terms} />
        </span>
      ))}
      {line.more && ' et al.'}
    </>
  );
}
