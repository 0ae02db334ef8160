import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PaperCard } from '../../../components/PaperCard';
import type { Paper } from '../../../lib/catalog/types';
import { PAPER_MAP } from '../search/papers.fixture';

afterEach(() => render(null, document.body));

const paper = [...PAPER_MAP.values()][0] as Paper;

describe('paper card: the abstract toggle', () => {
  it('names in aria-controls only an abstract that is in the page', async () => {
    await act(() =>
      render(
        <PaperCard
          details={{ paper, entries: [], lists: [], related: [] }}
          headingId="card-title"
          onChanged={() => {}}
          onOpenPaper={() => {}}
        />,
        document.body,
      ),
    );
    const toggle = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Show abstract');
    if (!toggle) throw new Error('no Show abstract button');
    const controlled = () => {
      const id = toggle.getAttribute('aria-controls');
      return id === null ? null : document.getElementById(id);
    };
    // Collapsed: the abstract is not rendered, so there is nothing for aria-controls to name.
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.hasAttribute('aria-controls')).toBe(false);
    await act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(controlled()?.textContent).toBe(paper.abstract);
    await act(() => toggle.click());
    expect(toggle.hasAttribute('aria-controls')).toBe(false);
  });
});
