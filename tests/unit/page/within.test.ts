import { afterEach, describe, expect, it, vi } from 'vitest';
import { within } from '../../../lib/page/within';

afterEach(() => {
  vi.useRealTimers();
});

describe('within', () => {
  it('gives the value that comes in time, the fallback for one that comes late or fails', async () => {
    vi.useFakeTimers();
    const late = new Promise<string>((resolve) => setTimeout(() => resolve('late'), 200));
    const answers = Promise.all([
      within(Promise.resolve('soon'), 150, null),
      within(late, 150, null),
      within(Promise.reject(new Error('worker gone')), 150, null),
    ]);
    await vi.advanceTimersByTimeAsync(300);
    expect(await answers).toEqual(['soon', null, null]);
  });
});
