import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popover } from '../../../components/Popover';

// The background cannot answer: the details never load.
vi.mock('../../../lib/messages/client', () => ({
  send: async () => {
    throw new Error('The service worker is not running');
  },
}));

const anchor = {
  getBoundingClientRect: () => new DOMRect(20, 20, 80, 16),
  getClientRects: () => [new DOMRect(20, 20, 80, 16)],
};

afterEach(() => {
  render(null, document.body);
});

describe('Popover', () => {
  it('says why its details did not load in an alert, which a screen reader announces', async () => {
    await act(() =>
      render(
        <Popover
          paperId="arxiv:2306.13643"
          anchor={anchor}
          theme="light"
          focusOnOpen={false}
          onClose={() => undefined}
          onPointerEnter={() => undefined}
          onPointerLeave={() => undefined}
          onNotThisPaper={() => undefined}
          hiddenWhere="on this site"
          revision={0}
          onChanged={() => undefined}
        />,
        document.body,
      ),
    );
    // The failed answer comes after the first render, in place of "Loading…".
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(document.querySelector('.pl-error')?.textContent).toBe('The service worker is not running');
    expect(document.querySelector('[role="dialog"] [role="alert"]')).toBe(document.querySelector('.pl-error'));
  });
});
