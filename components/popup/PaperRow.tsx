import type { Paper } from '../../lib/catalog/types';
import { shortAuthors } from './entryInfo';

interface Props {
  paper: Paper;
  saved: boolean;
  /** Mentions on the page; none for the paper a tab's address names. */
  count?: number;
  onClick(): void;
}

/** One paper of "On this page": title, authors, year, whether it is saved, and its mentions. */
export function PaperRow({ paper, saved, count, onClick }: Props) {
  return (
    <button type="button" class="pp-page-item" onClick={onClick}>
      <span class="pp-page-text">
        <span class="pp-page-title">{paper.title}</span>
        <span class="pp-page-meta pp-page-meta-row">
          <span class="pp-page-authors">{shortAuthors(paper.authors, 2)}</span>
          <span class={paper.authors.length ? 'pp-dot pp-year' : 'pp-year'}>{paper.year}</span>
          {saved && <span class="pp-saved-inline">✓ Saved</span>}
        </span>
      </span>
      {count !== undefined && (
        <span class="pp-count" title={`${count} mention${count === 1 ? '' : 's'}`}>
          {count}
          <span class="pl-visually-hidden"> mention{count === 1 ? '' : 's'}</span>
        </span>
      )}
    </button>
  );
}
