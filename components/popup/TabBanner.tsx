import type { Paper } from '../../lib/catalog/types';

interface Props {
  paper: Paper;
  onOpen(paperId: string): void;
}

/** Above the newest papers: the paper the tab itself shows (its PDF, its arXiv page), one click
 * from its details, as the popup opens on search. */
export function TabBanner({ paper, onOpen }: Props) {
  return (
    <button type="button" class="pp-tab-banner" onClick={() => onOpen(paper.id)}>
      <span class="pp-tab-banner-label">In this tab</span>
      <span class="pp-tab-banner-title">{paper.title}</span>
    </button>
  );
}
