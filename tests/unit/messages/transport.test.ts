import { describe, expect, it, vi } from 'vitest';
import { deliver, isExtensionGone } from '../../../lib/messages/transport';

describe('deliver', () => {
  it('sends once more when the first attempt was not delivered (a service worker starting again)', async () => {
    const post = vi
      .fn()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true, value: 1 });
    expect(await deliver(post, { type: 'x' }, 1)).toEqual({ ok: true, value: 1 });
    expect(post).toHaveBeenCalledTimes(2);
  });

  it('does not retry other failures, nor more than once', async () => {
    const gone = vi.fn().mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(deliver(gone, {}, 1)).rejects.toThrow('Extension context invalidated.');
    expect(gone).toHaveBeenCalledTimes(1);
    const down = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(deliver(down, {}, 1)).rejects.toThrow('Receiving end does not exist.');
    expect(down).toHaveBeenCalledTimes(2);
  });
});

describe('isExtensionGone', () => {
  it.each([
    [new Error('Extension context invalidated.'), true],
    [new Error('Receiving end does not exist.'), false],
    ['Extension context invalidated.', false],
    [null, false],
  ])('%s -> %s', (error, expected) => {
    expect(isExtensionGone(error)).toBe(expected);
  });
});
