import { describe, expect, it, vi } from 'vitest';
import { deliver, isExtensionGone, unlessGone } from '../../../lib/messages/transport';

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

describe('unlessGone', () => {
  it('fails a message that never settles once the extension is gone', async () => {
    let gone = false;
    const hung = unlessGone(new Promise(() => {}), () => gone, 1);
    setTimeout(() => {
      gone = true;
    }, 5);
    const error = await hung.catch((e: unknown) => e);
    expect(isExtensionGone(error)).toBe(true);
  });

  it('passes on an answer or a failure while the extension is there', async () => {
    await expect(unlessGone(Promise.resolve(1), () => false, 1)).resolves.toBe(1);
    await expect(unlessGone(Promise.reject(new Error('boom')), () => false, 1)).rejects.toThrow('boom');
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
