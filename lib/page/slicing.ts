// Content-script work runs in slices of a few milliseconds so the page never stalls: a long
// task blocks input and rendering. Yielding through a MessageChannel avoids setTimeout's
// 4 ms clamp; `scheduler.yield` (Chrome 129+) keeps our place in line when it exists.

export const SLICE_MS = 8;

type SchedulerLike = { yield?: () => Promise<void> };

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
