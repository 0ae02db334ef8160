import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoToast } from '../../../components/UndoToast';

let done: boolean[];
beforeEach(() => {
  vi.useFakeTimers();
  done = [];
});
afterEach(() => {
  render(null, document.body);
  vi.useRealTimers();
});

const toast = () => document.querySelector('.pl-toast') as HTMLElement;
const show = () =>
  act(() =>
    render(
      <UndoToast
        text="Hid “LightGlue” on this site."
        theme="light"
        onUndo={() => undefined}
        onDone={(f) => done.push(f)}
      />,
      document.body,
    ),
  );
const fire = (type: string) => act(() => void toast().dispatchEvent(new Event(type, { bubbles: true })));
const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

describe('UndoToast', () => {
  it('goes after 8 s left alone', async () => {
    await show();
    await wait(7_999);
    expect(done).toEqual([]);
    await wait(1);
    expect(done).toEqual([false]);
  });

  it('stays while the pointer is on it, and its time starts again when the pointer leaves', async () => {
    await show();
    await wait(5_000);
    await fire('pointerenter');
    await wait(30_000);
    expect(done).toEqual([]);
    await fire('pointerleave');
    await wait(7_999);
    expect(done).toEqual([]);
    await wait(1);
    expect(done).toHaveLength(1);
  });

  it('stays while the focus is in it', async () => {
    await show();
    await fire('focusin');
    await wait(30_000);
    expect(done).toEqual([]);
    await fire('focusout');
    await wait(8_000);
    expect(done).toHaveLength(1);
  });

  it('goes after 20 s with the focus it took itself (time to hear it and act), saying it had it, and goes on Escape', async () => {
    await act(() =>
      render(
        <UndoToast text="Hidden." theme="light" onUndo={() => undefined} onDone={(f) => done.push(f)} autoFocus />,
        document.body,
      ),
    );
    expect(document.activeElement?.textContent).toBe('Undo');
    await wait(8_000);
    expect(done).toEqual([]);
    await wait(12_000);
    expect(done).toEqual([true]);
    done = [];
    await show();
    await act(
      () =>
        void toast()
          .querySelector('button')
          ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    );
    expect(done).toHaveLength(1);
  });
});
