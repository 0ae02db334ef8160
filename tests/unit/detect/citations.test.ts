// Citations around a weak name whose authors say which work it is: a reference entry's author and
// year before its name (APA), and a sentence that cites only other authors.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../lib/detect';
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
