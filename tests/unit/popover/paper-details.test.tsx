import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePaperDetails } from '../../../components/usePaperDetails';
import type { PaperDetails } from '../../../lib/messages/contract';

// The background, as the popover's messaging client sees it: answers wait until the test lets
// them through.
const server = vi.hoisted(() => ({ asked: [] as string[], pending: [] as Array<() => void> }));
vi.mock('../../../lib/messages/client', () => ({
  send: async (type: string, payload: { paperId: string }) => {
    if (type !== 'paper/details') throw new Error(`unexpected message ${type}`);
    server.asked.push(payload.paperId);
    await new Promise<void>((go) => server.pending.push(go));
    return detailsOf(payload.paperId);
  },
}));

function detailsOf(paperId: string): PaperDetails {
  return {
    paper: { id: paperId, title: `Title of ${paperId}` },
    entries: [],
    lists: [],
    related: [],
  } as unknown as PaperDetails;
}

function Shown(props: { paperId: string; preloaded?: PaperDetails | null }) {
  const { details } = usePaperDetails(props.paperId, 0, props.preloaded ?? null);
  return <p>{details ? details.paper.title : 'Loading…'}</p>;
}

const shown = () => document.body.textContent;
const answer = () =>
  act(async () => {
    for (const go of server.pending.splice(0)) go();
    await new Promise((r) => setTimeout(r, 0));
  });

beforeEach(() => {
  server.asked = [];
  server.pending = [];
});
afterEach(() => {
  render(null, document.body);
});

describe('usePaperDetails', () => {
  it('shows details loaded before the first render at once, without asking again', async () => {
    await act(() => render(<Shown paperId="a" preloaded={detailsOf('a')} />, document.body));
    expect(shown()).toBe('Title of a');
    await answer();
    expect(server.asked).toEqual([]);
  });

  it('asks when nothing was loaded, or when what was loaded is another paper', async () => {
    await act(() => render(<Shown paperId="a" />, document.body));
    expect(shown()).toBe('Loading…');
    await answer();
    expect(shown()).toBe('Title of a');
    render(null, document.body);
    await act(() => render(<Shown paperId="b" preloaded={detailsOf('a')} />, document.body));
    await answer();
    expect(server.asked).toEqual(['a', 'b']);
    expect(shown()).toBe('Title of b');
  });

  it('asks for the next paper opened in the same popover (a related paper)', async () => {
    await act(() => render(<Shown paperId="a" preloaded={detailsOf('a')} />, document.body));
    await act(() => render(<Shown paperId="b" preloaded={detailsOf('a')} />, document.body));
    expect(shown()).toBe('Loading…');
    await answer();
    expect([server.asked, shown()]).toEqual([['b'], 'Title of b']);
  });
});
