import { describe, expect, it, vi } from 'vitest';
import { announceChange, onChange } from '../../../lib/messages/changes';

describe('change announcements', () => {
  it('reach every listener until it stops listening', async () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = onChange(first);
    const stopSecond = onChange(second);
    announceChange();
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(first).toHaveBeenCalledTimes(1));
    stopFirst();
    announceChange();
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(2));
    expect(first).toHaveBeenCalledTimes(1);
    stopSecond();
  });
});
