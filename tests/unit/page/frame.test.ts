import { describe, expect, it } from 'vitest';
import { frameBigEnough, isSubframe, whenBigEnough } from '../../../lib/page/frame';

/** A window as far as these functions look at it: its size and its resize events. */
const fakeWindow = (innerWidth: number, innerHeight: number) =>
  Object.assign(new EventTarget(), { innerWidth, innerHeight }) as unknown as Window;

describe('frames worth reading', () => {
  it.each([
    [1, 1, false], // a tracking pixel
    [0, 0, false], // a hidden frame
    [320, 50, false], // a mobile banner
    [728, 90, false], // a leaderboard ad
    [550, 400, true], // an embedded post
    [199, 600, false],
    [200, 120, true],
    [200, 119, false],
  ])('%i×%i: %s', (width, height, big) => {
    expect(frameBigEnough({ innerWidth: width, innerHeight: height })).toBe(big);
  });

  it('waits for a small frame to grow, and for nothing once stopped', async () => {
    const win = fakeWindow(0, 0);
    let grown = false;
    void whenBigEnough(win, new AbortController().signal).then(() => {
      grown = true;
    });
    win.dispatchEvent(new Event('resize'));
    await Promise.resolve();
    expect(grown).toBe(false);
    Object.assign(win, { innerWidth: 600, innerHeight: 300 });
    win.dispatchEvent(new Event('resize'));
    await Promise.resolve();
    expect(grown).toBe(true);

    const stopped = new AbortController();
    const other = fakeWindow(0, 0);
    let started = false;
    void whenBigEnough(other, stopped.signal).then(() => {
      started = true;
    });
    stopped.abort();
    Object.assign(other, { innerWidth: 600, innerHeight: 300 });
    other.dispatchEvent(new Event('resize'));
    await Promise.resolve();
    expect(started).toBe(false);
  });

  it('tells a page from an iframe in it', () => {
    expect(isSubframe(window)).toBe(false);
    const frame = { top: window } as unknown as Window;
    expect(isSubframe(frame)).toBe(true);
  });
});
