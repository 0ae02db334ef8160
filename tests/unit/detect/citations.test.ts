// Citations around a weak name whose authors say which work it is: a reference entry's author and
// year before its name (APA), and a sentence that cites only other authors.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../lib/detect';
import { citedInNextSentence } from '../../../lib/detect/citations';
import { citesThisWork, judgeEvidence } from '../../../lib/detect/evidence';
import { localEvidence } from '../../../lib/detect/signs';

describe('a reference entry cites its author before the name (APA: "Author et al. (Year). Name.")', () => {
  it.each([
    ['Saad-Falcon et al. (2024). ', '. NAACL.', true],
    ['Optional: Saad-Falcon et al. (2023). ', ': An Automated Evaluation Framework.', true],
    // Another year, another author, or a sentence between them.
    ['Saad-Falcon et al. (2019). ', '. NAACL.', false],
    ['Khattab et al. (2024). ', '. NAACL.', false],
    ['Saad-Falcon et al. (2024) built it. Later ', ' came.', false],
  ])('%j ARES %j -> %s', (before, after, cited) => {
    expect(citesThisWork(before, after, 2023, 'Saad-Falcon')).toBe(cited);
  });
});

describe('a sentence citing only other authors is no evidence for a weak name', () => {
  it.each([
    // Not this paper: a telescope's data paper, another WARP.
    ['The ', ' collaboration released new data in 2021 (Dutcher et al., 2021).', 2022, 'Bari', null],
    ['', ' (Smith et al., 2021) prompts.', 2021, 'Hambardzumyan', null],
    // Its own first author among them, an author unknown, or no author named: a citation as before.
    ['', ' (Bari et al., 2022) retrieves prompts.', 2022, 'Bari', 'cited'],
    ['Unlike Lester et al. (2021) and ', ' (Bari et al., 2022)', 2022, 'Bari', 'cited'],
    ['The ', ' collaboration (Dutcher et al., 2021).', 2022, undefined, 'cited'],
    ['', ' (2022) retrieves prompts.', 2022, 'Bari', 'cited'],
  ])('%j SPT %j', (before, after, year, author, evidence) => {
    expect(localEvidence(before, after, year, author)).toBe(evidence);
  });

  it('a mention cited with another author waits for its paper on the page', () => {
    const spt: Mention = {
      paperId: 'spt',
      kind: 'short',
      start: 4,
      end: 7,
      shortName: 'SPT',
      year: 2022,
      author: 'Bari',
    };
    const text = 'The SPT team released new data in 2021 (Dutcher et al., 2021).';
    expect(judgeEvidence([spt], text)).toEqual(['page']);
  });
});

describe('the next sentence points back at the work and cites its first author', () => {
  it.each([
    // A trial's Reddit thread.
    ['? The paper (Hambardzumyan et al., 2021) only reports GLUE numbers.', true],
    ['. Its authors (Hambardzumyan et al., 2020) used BERT.', true],
    ['. They (Hambardzumyan, Khachatrian and May, 2021) reprogram the inputs.', true],
    // Not pointing back, another year or author, or a sentence further on.
    ['. Hambardzumyan et al. (2021) is a different read.', false],
    ['? The paper (Hambardzumyan et al., 2017) is older.', false],
    ['? The paper (Lester et al., 2021) does prompt tuning.', false],
    ['? Not sure. The paper (Hambardzumyan et al., 2021) is on arXiv.', false],
    [' (no sentence end in sight) and so on', false],
  ])('WARP%s -> %s', (after, cited) => {
    expect(citedInNextSentence(after, 2021, 'Hambardzumyan')).toBe(cited);
  });

  it('names the paper, which then vouches for its other uses on the page', () => {
    const warp: Mention = {
      paperId: 'warp',
      kind: 'short',
      start: 28,
      end: 32,
      shortName: 'WARP',
      year: 2021,
      author: 'Hambardzumyan',
    };
    const text = 'Also, does anyone still use WARP? The paper (Hambardzumyan et al., 2021) only reports GLUE numbers.';
    expect(text.slice(warp.start, warp.end)).toBe('WARP');
    expect(judgeEvidence([warp], text)).toEqual(['named']);
  });
});
