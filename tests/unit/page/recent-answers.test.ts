import { describe, expect, it } from 'vitest';
import { RecentAnswers } from '../../../lib/page/recent-answers';

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

  it('does not keep long texts', () => {
    const recent = new RecentAnswers(2, 10);
    recent.set('a text longer than ten', null);
    expect(recent.get('a text longer than ten')).toBeUndefined();
    expect(recent.size).toBe(0);
  });
});
