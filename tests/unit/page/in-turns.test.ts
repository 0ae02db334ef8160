import { describe, expect, it } from 'vitest';
import { inTurns } from '../../../lib/page/in-turns';

/** Tasks that log when they start and end, each taking `ms[i]` and failing where `fails[i]`. */
function tasks(ms: number[], fails: boolean[] = []) {
  const log: string[] = [];
  let running = 0;
  let most = 0;
  const list = ms.map((wait, i) => async () => {
    log.push(`start ${i}`);
    most = Math.max(most, ++running);
    await new Promise((done) => setTimeout(done, wait));
    running--;
    log.push(`end ${i}`);
    if (fails[i]) throw new Error(`task ${i} failed`);
  });
  return { list, log, most: () => most };
}

describe('inTurns', () => {
  it.each([1, 2, 3])('runs the tasks in order, at most %i at once', async (width) => {
    const t = tasks([5, 1, 1, 1, 1]);
    await inTurns(t.list, width);
    expect(t.most()).toBe(width);
    expect(t.log.filter((e) => e.startsWith('start'))).toEqual(['start 0', 'start 1', 'start 2', 'start 3', 'start 4']);
    expect(t.log).toHaveLength(10);
  });

  it('lets every task land before it reports the first failure', async () => {
    const t = tasks([1, 1, 5, 1], [false, true, false, true]);
    await expect(inTurns(t.list, 2)).rejects.toThrow('task 1 failed');
    expect(t.log.filter((e) => e.startsWith('end')).sort()).toEqual(['end 0', 'end 1', 'end 2', 'end 3']);
  });

  it('starts no task once the signal is aborted', async () => {
    const abort = new AbortController();
    const t = tasks([1, 1, 1]);
    const [first, ...rest] = t.list;
    const aborting = async () => {
      await (first as () => Promise<void>)();
      abort.abort();
    };
    await inTurns([aborting, ...rest], 1, abort.signal);
    expect(t.log).toEqual(['start 0', 'end 0']);
  });

  it('takes each task out of the list as it starts it', async () => {
    const t = tasks([1, 1, 1]);
    await inTurns(t.list, 2);
    expect(t.list).toEqual([undefined, undefined, undefined]);
  });

  it('settles at once with no tasks', async () => {
    await expect(inTurns([], 2)).resolves.toBeUndefined();
  });
});
