import { describe, expect, it } from 'vitest';
import { askRemembering, RecentAnswers } from '../../../lib/page/recent-answers';
import type { TextBatch } from '../../../lib/page/text-batch';

const glue = [{ paperId: 'glue', kind: 'short' as const, start: 0, end: 4 }];

describe('RecentAnswers', () => {
  it('remembers answers by text, "no mention" included, and drops the least recently used first', () => {
    const recent = new RecentAnswers(2, 10);
    recent.set('GLUE', glue);
    recent.set('nothing', null);
    expect(recent.get('GLUE')).toEqual(glue); // now the most recent
    expect(recent.get('nothing')).toBeNull();
    expect(recent.get('unknown')).toBeUndefined();
    recent.get('GLUE');
    recent.set('third', null); // drops "nothing", used least recently
    expect(recent.get('nothing')).toBeUndefined();
    expect(recent.get('GLUE')).toEqual(glue);
    expect(recent.size).toBe(2);
  });

  it('does not keep a label’s answer, which depends on the blocks after it', () => {
    const recent = new RecentAnswers();
    recent.set('GLUE', [{ ...glue[0], evidence: 'page', readsNext: true } as (typeof glue)[0]]);
    expect(recent.get('GLUE')).toBeUndefined();
  });

  it('does not keep long texts', () => {
    const recent = new RecentAnswers(2, 10);
    recent.set('a text longer than ten', null);
    expect(recent.get('a text longer than ten')).toBeUndefined();
    expect(recent.size).toBe(0);
  });
});

describe('askRemembering', () => {
  const batchOf = (texts: string[]) =>
    ({ size: texts.length, blockText: (b: number) => texts[b] }) as unknown as TextBatch;

  it('answers known texts at once and asks the background for the rest, remembering them', async () => {
    const recent = new RecentAnswers();
    recent.set('GLUE', glue);
    recent.set('nothing', null);
    const asked: string[][] = [];
    const ask = async (texts: string[]) => {
      asked.push(texts);
      return texts.map((t) => (t === 'new GLUE' ? glue : null));
    };
    const { known, asked: sent, rest } = askRemembering(recent, batchOf(['GLUE', 'new GLUE', 'nothing', 'other']), ask);
    expect([...known]).toEqual([
      [0, glue],
      [2, null],
    ]);
    expect(sent).toEqual([1, 3]);
    expect(await rest).toEqual([glue, null]);
    expect(asked).toEqual([['new GLUE', 'other']]);
    expect(recent.get('new GLUE')).toEqual(glue);
    expect(recent.get('other')).toBeNull();
  });

  it('sends nothing when every text is known', async () => {
    const recent = new RecentAnswers();
    recent.set('GLUE', glue);
    let calls = 0;
    const { asked, rest } = askRemembering(recent, batchOf(['GLUE']), async () => {
      calls++;
      return [];
    });
    expect(asked).toEqual([]);
    expect(await rest).toEqual([]);
    expect(calls).toBe(0);
  });
});
