import { useState } from 'preact/hooks';

const SHOWN = 3;

/** First three authors, then "et al." that expands to the full list. */
export function Authors({ authors }: { authors: string[] }) {
  const [expanded, setExpanded] = useState(false);
  if (authors.length === 0) return <span class="pl-muted">Authors unknown</span>;
  const shown = expanded ? authors : authors.slice(0, SHOWN);
  return (
    <span class="pl-authors">
      {shown.join(', ')}
      {authors.length > SHOWN && (
        <>
          {' '}
          <button
            type="button"
            class="pl-link-button"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
            title={expanded ? 'Show fewer authors' : `Show all ${authors.length} authors`}
          >
            {expanded ? 'less' : `et al. (+${authors.length - SHOWN})`}
          </button>
        </>
      )}
    </span>
  );
}
