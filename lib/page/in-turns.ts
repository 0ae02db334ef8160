/**
 * Runs `tasks` in order with at most `width` running at once, and settles when every one has:
 * with the first failure, if any, once the others have landed (a scan's answers all land before
 * it ends; see PageScanner). Stops starting tasks once `signal` is aborted. Takes each task out
 * of `tasks` as it starts it, so that none is kept once it has settled (a scan's task holds a
 * batch of the page's text).
 */
export async function inTurns(
  tasks: Array<(() => Promise<void>) | undefined>,
  width: number,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  let failure: { reason: unknown } | null = null;
  const lane = async (): Promise<void> => {
    while (next < tasks.length && !signal?.aborted) {
      const task = tasks[next] as () => Promise<void>;
      tasks[next++] = undefined;
      try {
        await task();
      } catch (reason) {
        failure ??= { reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, lane));
  if (failure) throw (failure as { reason: unknown }).reason;
}
