// The one year every export and the copied citation give for a paper, so a BibTeX entry, its key,
// the one-line citation, the Markdown and the CSV never disagree with each other or with the venue.
import type { Paper } from '../catalog/types';

/** A year as a venue writes it: "ICLR 2023", "AI Open (2023)", "SemEval-2017", "BlackboxNLP@EMNLP 2018".
 * Only 19xx and 20xx, and not a page number: a page range or a volume's pages ("43(6):2001-2015",
 * "15(2):151-164") are numbers after ":" or around a dash between digits. */
const YEAR_IN_VENUE = /(?<!\d|:|\d[-–])(?:19|20)\d{2}(?!\d|[-–]\d)/g;

/**
 * The publication year: the year the venue names when it names one, else the catalog's year (the
 * arXiv year of a preprint-only paper). The catalog's `year` is when the paper first appeared, so for
 * "Hungry Hungry Hippos" it is 2022 while the paper was published at ICLR 2023; a reference that says
 * "ICLR 2023" must say 2023. A venue naming two years gives the last: a trailing "(2024)" after a
 * journal's volume is the year that issue came out.
 */
export function publicationYear(paper: Pick<Paper, 'year' | 'venue'>): number {
  const years = paper.venue?.match(YEAR_IN_VENUE);
  const last = years?.at(-1);
  // A venue year before the paper appeared, or years after, is some other number.
  const published = last ? Number(last) : Number.NaN;
  return published >= paper.year - 1 && published <= paper.year + 3 ? published : paper.year;
}
