import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../../lib/page/hover-intent';

let events: string[];
let intent: HoverIntent<string>;
beforeEach(() => {
  vi.useFakeTimers();
  events = [];
  intent = new HoverIntent<string>({
    openDelay: 250,
    closeDelay: 300,
    open: (t) => events.push(`open ${t}`),
    close: () => events.push('close'),
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('HoverIntent', () => {
  it('opens only after the pointer rests on a mention for the delay', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(249);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a']);
  });

  it('opens nothing when the pointer sweeps across mentions', () => {
    for (const t of ['a', null, 'b', null, 'c', null]) {
      intent.pointerAt(t);
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('stays open while the pointer travels into the popover, and closes after it leaves', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(250);
    intent.pointerAt(null);
    vi.advanceTimersByTime(200);
    intent.popoverEnter();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open a']);
    intent.popoverLeave();
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a', 'close']);
  });

  it('switches to another mention after its own delay, one popover at a time', () => {
    intent.pointerAt('a');
    vi.advanceTimersByTime(250);
    intent.pointerAt('b');
    vi.advanceTimersByTime(250);
    expect(events).toEqual(['open a', 'open b']);
    expect(intent.current).toBe('b');
  });

  it('opens at once from the keyboard and closes on hide', () => {
    intent.show('k');
    intent.hide();
    intent.hide();
    expect(events).toEqual(['open k', 'close']);
  });

  it('keeps a popover opened from the keyboard open while the pointer rests elsewhere', () => {
    intent.show('a', true);
    intent.pointerAt(null); // scrolling the mention into view moves the pointer over the page
    vi.advanceTimersByTime(1000);
    intent.popoverEnter();
    intent.popoverLeave();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open a']);
    intent.pointerAt('b'); // resting on another mention still opens that one
    vi.advanceTimersByTime(250);
    expect(events).toEqual(['open a', 'open b']);
    vi.advanceTimersByTime(0);
    intent.pointerAt(null); // and that one, opened by the pointer, closes as usual
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open a', 'open b', 'close']);
  });

  describe('on a page that renders its text again', () => {
    // Marks are "paper@version": the page makes the same mention again as a new mark.
    let under: string | null;
    let moved: string[];
    beforeEach(() => {
      under = null;
      moved = [];
      intent = new HoverIntent<string>({
        openDelay: 250,
        closeDelay: 300,
        open: (t) => events.push(`open ${t}`),
        close: () => events.push('close'),
        same: (a, b) => a.split('@')[0] === b.split('@')[0],
        resolve: (t) => (under && under.split('@')[0] === t.split('@')[0] ? under : null),
        moved: (t) => moved.push(t),
      });
    });

    it('opens the mention made again under a resting pointer, its delay not restarted', () => {
      under = 'lg@1';
      intent.pointerAt('lg@1');
      vi.advanceTimersByTime(100);
      under = null; // between the page's render and the new mark
      intent.pointerAt(null);
      vi.advanceTimersByTime(50);
      under = 'lg@2';
      intent.pointerAt('lg@2');
      vi.advanceTimersByTime(50);
      under = 'lg@3';
      vi.advanceTimersByTime(50);
      expect(events).toEqual(['open lg@3']);
    });

    it('opens nothing when the pointer swept on (nothing of that paper under it when the delay ends)', () => {
      under = 'lg@1';
      intent.pointerAt('lg@1');
      under = null;
      intent.pointerAt(null);
      vi.advanceTimersByTime(1000);
      expect(events).toEqual([]);
    });

    it('keeps the popover on the mention made again, and closes once its paper is gone', () => {
      under = 'lg@1';
      intent.pointerAt('lg@1');
      vi.advanceTimersByTime(250);
      under = 'lg@2';
      intent.pointerAt('lg@2');
      expect(moved).toEqual(['lg@2']);
      expect(intent.current).toBe('lg@2');
      // Its text went with no pointer move: the mark under the pointer after the close delay wins.
      under = 'lg@3';
      intent.lost();
      vi.advanceTimersByTime(300);
      expect(intent.current).toBe('lg@3');
      expect(moved).toEqual(['lg@2', 'lg@3']);
      under = null;
      intent.lost();
      vi.advanceTimersByTime(300);
      expect(events).toEqual(['open lg@1', 'close']);
    });

    it('stays open while the pointer is in the popover as its mention goes, and is kept on the new one', () => {
      under = 'lg@1';
      intent.pointerAt('lg@1');
      vi.advanceTimersByTime(250);
      intent.popoverEnter();
      under = null; // the pointer is in the popover: no mention under it
      intent.lost();
      vi.advanceTimersByTime(1000);
      expect(events).toEqual(['open lg@1']);
      intent.keep('lg@2');
      expect(intent.current).toBe('lg@2');
      intent.popoverLeave();
      vi.advanceTimersByTime(300);
      expect(events).toEqual(['open lg@1', 'close']);
    });

    it('still switches to another paper after its own delay', () => {
      under = 'lg@1';
      intent.pointerAt('lg@1');
      vi.advanceTimersByTime(250);
      under = 'sg@1';
      intent.pointerAt('sg@1');
      vi.advanceTimersByTime(250);
      expect(events).toEqual(['open lg@1', 'open sg@1']);
    });
  });
});
