// Flattens lists + entries into display rows for the Markdown and CSV exports, in list order then entry order.
import type { Paper, PaperLinks } from '../catalog/types';
import { webLinks } from '../catalog/web-links';
import type { ListEntry, ReadingList, ReadingStatus } from '../db/types';
import { publicationYear } from './year';

export interface ExportRow {
  list: ReadingList;
  entry: ListEntry;
  title: string;
  authors: string[];
  /** The publication year (./year), as BibTeX and the copied citation give it. */
  year?: number;
  venue?: string;
  arxivId?: string;
  doi?: string;
  links: PaperLinks;
  status: ReadingStatus;
  note: string;
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T): number =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What a paper known only by its id is called: "arXiv:2401.99999", as arXiv writes it. */
export const titleOfId = (paperId: string): string =>
  paperId.startsWith('arxiv:') ? `arXiv:${paperId.slice('arxiv:'.length)}` : paperId;

/** A paper that left the catalog is described by its entry's snapshot; with neither, its id is all we have. */
function describe(entry: ListEntry, paper: Paper | undefined): Omit<ExportRow, 'list' | 'entry' | 'status' | 'note'> {
  if (paper) {
    return {
      title: paper.title,
      authors: paper.authors,
      // Markdown prints it next to the title and CSV next to the venue: "(2022)" beside "ICLR 2023"
      // would contradict the venue and the BibTeX from the same list.
      year: publicationYear(paper),
      venue: paper.venue,
      arxivId: paper.arxivId,
      doi: paper.doi,
      links: paper.links,
    };
  }
  const snap = entry.snapshot;
  const arxivId = entry.paperId.startsWith('arxiv:') ? entry.paperId.slice('arxiv:'.length) : undefined;
  return {
    title: snap?.title ?? titleOfId(entry.paperId),
    authors: snap?.authors ?? [],
    year: snap?.year,
    arxivId,
    // A snapshot came from a backup: only web links are shown or exported.
    links: webLinks(snap?.links ?? {}),
  };
}

/** Lists in display order, each with its rows; entries whose list is not given are left out. */
export function exportSections(
  lists: ReadingList[],
  entries: ListEntry[],
  papers: Map<string, Paper>,
): Array<{ list: ReadingList; rows: ExportRow[] }> {
  return [...lists].sort(byOrder).map((list) => ({
    list,
    rows: entries
      .filter((entry) => entry.listId === list.id)
      .sort(byOrder)
      .map((entry) => ({
        list,
        entry,
        ...describe(entry, papers.get(entry.paperId)),
        status: entry.status,
        note: entry.note,
      })),
  }));
}

/** The page a title links to: arXiv first, then DOI, ACL Anthology, OpenReview, PDF. */
export const mainUrl = (links: PaperLinks): string | undefined =>
  links.arxiv ?? links.doi ?? links.acl ?? links.openreview ?? links.pdf;
