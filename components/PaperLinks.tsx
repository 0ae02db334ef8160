import type { PaperLinks as Links } from '../lib/catalog/types';

const LABELS: Array<[keyof Links, string]> = [
  ['arxiv', 'arXiv'],
  ['pdf', 'PDF'],
  ['code', 'Code'],
  ['acl', 'ACL Anthology'],
  ['openreview', 'OpenReview'],
  ['doi', 'DOI'],
];

export function PaperLinks({ links }: { links: Links }) {
  const shown = LABELS.filter(([key]) => links[key]);
  if (shown.length === 0) return null;
  return (
    <nav class="pl-links" aria-label="Paper links">
      {shown.map(([key, label]) => (
        <a key={key} href={links[key]} target="_blank" rel="noopener noreferrer" class="pl-chip-link">
          {label}
        </a>
      ))}
    </nav>
  );
}
