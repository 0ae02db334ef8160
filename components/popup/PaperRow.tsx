import type { Paper } from '../../lib/catalog/types';
import { FittedAuthors } from './FittedAuthors';

interface Props {
  paper: Paper;
  /** The names of the lists it is saved in (none: not saved). */
  savedIn: string[];
  /** Places on the page that mention it; none for the paper a tab's address names. */
  count?: number;
  onClick(): void;
}

/** "1 place", "3 places": paragraphs, list items or cells of the page that mention a paper. */
export const placesText = (count: number): string => `${count} ${count === 1 ? 'place' : 'places'}`;

/** One paper of "On this page": title, authors, year, whether it is saved, and its mentions. */
export function PaperRow({ paper, savedIn, count, onClick }: Props) {
  return (
    <button type="button" class="pp-page-item" onClick={onClick}>
      <span class="pp-page-text">
        <span class="pp-page-title">{paper.title}</span>
        <span class="pp-page-meta pp-page-meta-row">
          {paper.authors.length > 0 && <FittedAuthors authors={paper.authors} shown={2} class="pp-page-authors" />}
          <span class={paper.authors.length ? 'pp-dot pp-year' : 'pp-year'}>{paper.year}</span>
          {savedIn.length > 0 && (
            // Which lists: "Save all" counts what the chosen list lacks, and a row saved elsewhere
            // said only "Saved" beside "Save 10 more" (a new-user trial).
            <span class="pp-saved-inline" title={`Saved in ${savedIn.join(', ')}`}>
              ✓ Saved
            </span>
          )}
        </span>
      </span>
      {count !== undefined && (
        // Places, not marks: a paragraph that names the paper three times, or an arXiv listing's
        // entry with its "pdf", "html" and "other" links, is one place (MarkRegistry.counts).
        <span class="pp-count" title={`Mentioned in ${placesText(count)}`}>
          {count}
          <span class="pl-visually-hidden"> {count === 1 ? 'place' : 'places'}</span>
        </span>
      )}
    </button>
  );
}
