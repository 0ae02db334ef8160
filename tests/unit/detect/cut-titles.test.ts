// Titles cut short with an ellipsis, as link cards and result lists show them.
import { describe, expect, it } from 'vitest';
import { DetectorService } from '../../../lib/background/detector';
import { readSeedCatalog } from '../../../lib/catalog/vite-plugin';
import { root } from '../catalog/fixtures';

const detector = new DetectorService(readSeedCatalog(root).catalog);
const ALL = { titles: true, shortNames: true, links: true };

/** Each mention of one block: its text and paper. */
const found = (text: string) =>
  (detector.scan([text], ALL)[0]?.mentions ?? []).map((m) => [text.slice(m.start, m.end), m.paperId]);

describe('titles cut short', () => {
  it.each([
    [
      'a link card, cut at a word',
      '“Toward Efficient Language Model Pretraining and Downstream Adaptation via Self-Evolution: A Case Study…”',
      [
        [
          'Toward Efficient Language Model Pretraining and Downstream Adaptation via Self-Evolution: A Case Study…',
          'arxiv:2212.01853',
        ],
      ],
    ],
    [
      'cut inside a word, with three dots',
      'WebArena: A Realistic Web Environment for Building Autono... more',
      [['WebArena: A Realistic Web Environment for Building Autono...', 'arxiv:2307.13854']],
    ],
  ])('%s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // No ellipsis: another text that starts the same way, not this title.
    ['Toward Efficient Language Model Pretraining and Downstream Adaptation via Self-Evolution is hard'],
    // Too little of the title shown to tell it.
    ['Toward Efficient Language Model…'],
  ])('not in %j', (text) => {
    expect(found(text).filter(([, id]) => id === 'arxiv:2212.01853')).toEqual([]);
  });

  it('keeps the short name where the cut leaves too little of the title', () => {
    expect(found('WebArena: A Realistic…')).toEqual([['WebArena', 'arxiv:2307.13854']]);
  });
});
