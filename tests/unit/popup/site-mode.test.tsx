import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PauseSwitch } from '../../../components/popup/PauseSwitch';
import { useSiteMode } from '../../../components/popup/useSiteMode';
import type { SiteModeInfo } from '../../../lib/messages/contract';
import { DEFAULT_SETTINGS, type SiteMode } from '../../../lib/settings/settings';

// The background, as the popup's messaging client sees it: each write waits until the test
// lets it through, so presses can overtake one another.
const server = vi.hoisted(() => ({
  mode: 'on' as string,
  writes: [] as string[],
  pending: [] as Array<() => void>,
  fail: false,
}));
vi.mock('../../../lib/messages/client', () => ({
  sendToTab: async () => ({ url: 'https://example.org/post' }),
  send: async (type: string, payload: { mode?: SiteMode }) => {
    const info = (): SiteModeInfo => ({
      site: 'example.org',
      mode: server.mode as SiteMode,
      settings: DEFAULT_SETTINGS,
    });
    if (type === 'sites/get-mode') return info();
    if (type !== 'sites/set-mode') throw new Error(`unexpected message ${type}`);
    await new Promise<void>((go) => server.pending.push(go));
    if (server.fail) throw new Error('settings: the database is closed');
    server.writes.push(payload.mode as string);
    server.mode = payload.mode as string;
    return info();
  },
}));

function Switch() {
  return <PauseSwitch site={useSiteMode(1)} />;
}

const input = () => document.querySelector<HTMLInputElement>('input[role="switch"]') as HTMLInputElement;
const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
/** Lets the waiting writes through, one at a time, until none is left. */
async function drain() {
  for (let go = server.pending.shift(); go; go = server.pending.shift()) {
    go();
    await settle();
  }
}

beforeEach(async () => {
  Object.assign(server, { mode: 'on', writes: [], pending: [], fail: false });
  await act(() => render(<Switch />, document.body));
  await settle();
});
afterEach(() => render(null, document.body));

describe('pause switch presses', () => {
  it.each<[number, boolean, string[]]>([
    // presses, paused at the end, modes written
    [1, true, ['off']],
    [2, false, ['off', 'on']],
    [3, true, ['off', 'off']], // the second press is overtaken by the third before it is written
  ])('%i quick presses leave it paused=%s, writing %j', async (presses, paused, written) => {
    expect(input().checked).toBe(false);
    for (let i = 0; i < presses; i++) {
      await act(() => input().click());
      // Each press shows at once, before the background has answered.
      expect(input().checked).toBe(i % 2 === 0);
    }
    await drain();
    expect(server.writes).toEqual(written);
    expect(server.mode).toBe(paused ? 'off' : 'on');
    expect(input().checked).toBe(paused);
  });

  it('a write that fails shows the error and the mode as it is', async () => {
    server.fail = true;
    await act(() => input().click());
    expect(input().checked).toBe(true);
    await drain();
    expect(input().checked).toBe(false);
    // Said as the popup says errors: without the module's name, as a sentence.
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('The database is closed.');
  });
});
