import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntryRow } from '../../../components/popup/EntryRow';
import { describeEntry } from '../../../components/popup/entryInfo';
import { ENTRIES } from '../export/data.fixture';
import { PAPER_MAP } from '../search/papers.fixture';

afterEach(() => render(null, document.body));

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('entry row', () => {
  it('says whether its note button opens or closes the note editor (aria-expanded)', async () => {
    const entry = ENTRIES[0] as (typeof ENTRIES)[number];
    const actions = { open: vi.fn(), update: vi.fn(async () => true), move: vi.fn(), remove: vi.fn(), step: vi.fn() };
    render(
      <EntryRow
        entry={entry}
        info={describeEntry(entry, PAPER_MAP)}
        index={0}
        count={1}
        otherLists={[]}
        actions={actions}
        dragging={false}
        onDragStart={() => {}}
      />,
      document.body,
    );
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Edit note');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    button?.click();
    await tick();
    expect(document.querySelector('textarea')).not.toBeNull();
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    button?.click();
    await tick();
    expect(document.querySelector('textarea')).toBeNull();
    expect(button?.getAttribute('aria-expanded')).toBe('false');
  });
});
