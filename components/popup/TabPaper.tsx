import type { Paper } from '../../lib/catalog/types';
import type { ListEntry, ReadingList } from '../../lib/db/types';
import { PaperRow } from './PaperRow';
import { SaveAll } from './SaveAll';

interface Props {
  paper: Paper;
  /** The tab shows a PDF (the browser's viewer, closed to extensions). */
  pdf: boolean;
  savedIn: string[];
  lists: ReadingList[];
  entries: ListEntry[];
  onOpen(paperId: string): void;
  onSaved(): Promise<void>;
}

/**
 * The catalog paper a tab's address names (arXiv, OpenReview, DOI…) when nothing on the page
 * mentions it: a PDF the browser shows, which no extension can read, is the common case.
 */
export function TabPaper({ paper, pdf, savedIn, lists, entries, onOpen, onSaved }: Props) {
  return (
    <div class="pp-tab-paper">
      <h2 id="pp-page-heading" class="pp-h2">
        The paper in this tab
      </h2>
      <p class="pp-muted pp-small">
        {pdf
          ? 'PaperLens knows it by the tab’s address; it cannot read inside a PDF the browser shows.'
          : 'Nothing on the page mentions it by a name PaperLens knows; the tab’s address names it.'}
      </p>
      <PaperRow paper={paper} savedIn={savedIn} onClick={() => onOpen(paper.id)} />
      <SaveAll paperIds={[paper.id]} lists={lists} entries={entries} onSaved={onSaved} />
    </div>
  );
}
