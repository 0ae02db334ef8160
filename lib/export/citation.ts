// A plain one-line citation for the clipboard, APA-like.
import type { Paper } from '../catalog/types';
import { familyWithInitials } from './names';
import { publicationYear } from './year';

/** Up to three authors are named; longer lists end in "et al." after the third. */
function authorPart(authors: string[]): string {
  const names = authors.map(familyWithInitials);
  if (names.length === 0) return '';
  if (names.length > 3) return `${names.slice(0, 3).join(', ')}, et al.`;
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

/** Ends a sentence with a period unless it already ends with one (or ? !). */
const sentence = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);

export function citationLine(paper: Paper): string {
  const authors = authorPart(paper.authors);
  // The same year as the BibTeX entry: the venue's, so "(2023). … ICLR 2023." agrees with itself.
  const year = publicationYear(paper);
  const title = sentence(paper.title.trim());
  // Without authors the title takes their place, as in APA: "Title. (2026). arXiv:…".
  const parts = [
    authors ? `${authors} (${year}). ${title}` : `${title} (${year}).`,
    paper.venue ? sentence(paper.venue.trim()) : '',
    paper.arxivId ? `arXiv:${paper.arxivId}.` : '',
    paper.doi ? `https://doi.org/${paper.doi}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}
