import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PaperDetails } from '../lib/messages/contract';
import { Authors } from './Authors';
import { CopyButtons } from './CopyButtons';
import { PaperLinks } from './PaperLinks';
import { yearAndVenue } from './paperName';
import { SavePanel } from './SavePanel';

interface Props {
  details: PaperDetails;
  headingId: string;
  onChanged(): Promise<void> | void;
  onOpenPaper(paperId: string): void;
  /** What to do when the mark named the wrong paper (the popover's "Not this paper"), right under
   * the title and authors, where a reader sees the paper is not the one meant. */
  wrongPaper?: ComponentChildren;
}

/** A paper's details and actions: the one view shared by the popover and the popup. */
export function PaperCard({ details, headingId, onChanged, onOpenPaper, wrongPaper }: Props) {
  const { paper, related } = details;
  const [showAbstract, setShowAbstract] = useState(false);
  const meta = yearAndVenue(paper);
  return (
    <article class="pl-card">
      <h2 id={headingId} class="pl-title">
        {paper.title}
      </h2>
      {paper.aliases && (
        // A mention of "P-tuning" opens "GPT Understands, Too": the name says why.
        <p class="pl-aka pl-muted">Known as {paper.aliases.join(', ')}</p>
      )}
      <p class="pl-meta">
        <Authors authors={paper.authors} />
        {meta && <span class="pl-muted"> · {meta}</span>}
      </p>
      {wrongPaper}
      <p class="pl-tldr">
        <span class="pl-label">TL;DR</span> {paper.tldr}
      </p>
      {paper.tags.length > 0 && (
        <ul class="pl-tags" aria-label="Tags">
          {paper.tags.map((tag) => (
            <li key={tag} class="pl-tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        class="pl-link-button"
        aria-expanded={showAbstract}
        // Only while the abstract is shown: collapsed, it is not in the page for the id to name.
        aria-controls={showAbstract ? `${headingId}-abstract` : undefined}
        onClick={() => setShowAbstract(!showAbstract)}
      >
        {showAbstract ? 'Hide abstract' : 'Show abstract'}
      </button>
      {showAbstract && (
        <p id={`${headingId}-abstract`} class="pl-abstract">
          {paper.abstract}
        </p>
      )}
      <PaperLinks links={paper.links} />
      <SavePanel details={details} onChanged={onChanged} />
      <CopyButtons paper={paper} />
      {related.length > 0 && (
        <section class="pl-related" aria-label="Related papers">
          <h3 class="pl-subheading">Related</h3>
          <ul>
            {related.map((r) => (
              <li key={r.id}>
                <button type="button" class="pl-related-button" data-paper-id={r.id} onClick={() => onOpenPaper(r.id)}>
                  <span class="pl-related-title">{r.title}</span>
                  <span class="pl-muted"> · {r.year}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
