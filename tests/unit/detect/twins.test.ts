import { describe, expect, it } from 'vitest';
import { DetectorService } from '../../../lib/background/detector';
import { readSeedCatalog } from '../../../lib/catalog/vite-plugin';
import { buildTwins } from '../../../lib/detect/twins';
import { root } from '../catalog/fixtures';

const SUPERGLUE_BENCHMARK = 'arxiv:1905.00537';
const SUPERGLUE_MATCHER = 'arxiv:1911.11763';

let detector: DetectorService | undefined;
/** The text and paper of each mention the background finds in `text`, with the bundled catalog. */
function papers(text: string) {
  detector ??= new DetectorService(readSeedCatalog(root).catalog);
  return detector
    .scan([text], { titles: true, shortNames: true, links: true })[0]
    ?.mentions.map((m) => [text.slice(m.start, m.end), m.paperId]);
}

describe('names that differ only in casing', () => {
  it('pairs the papers whose names differ only in casing, and no others', () => {
    const twins = buildTwins([
      { id: 'bench', title: 'SuperGLUE: …', shortName: 'SuperGLUE', year: 2019, author: 'Wang' },
      { id: 'matcher', title: 'SuperGlue: …', shortName: 'SuperGlue', year: 2020, author: 'Sarlin' },
      { id: 'light', title: 'LightGlue: …', shortName: 'LightGlue', year: 2023, author: 'Lindenberger' },
    ]);
    expect([...twins]).toEqual([
      ['bench', { paperId: 'matcher', year: 2020, author: 'Sarlin' }],
      ['matcher', { paperId: 'bench', year: 2019, author: 'Wang' }],
    ]);
  });

  it.each([
    // A trial's leaderboard page: the benchmark written in the matcher's casing, with its citation.
    ['We report results on the SuperGlue benchmark (Wang et al., 2019) and on GLUE.', SUPERGLUE_BENCHMARK],
    ['SuperGLUE matching (Sarlin et al., 2020) beats nearest neighbours.', SUPERGLUE_MATCHER],
    // No citation, or one of its own paper too: as written.
    ['SuperGlue and LightGlue match features.', SUPERGLUE_MATCHER],
    ['SuperGLUE has eight tasks.', SUPERGLUE_BENCHMARK],
    ['SuperGlue (Sarlin et al., 2020) is not SuperGLUE (Wang et al., 2019).', SUPERGLUE_MATCHER],
    // A citation elsewhere in the sentence cites some other Wang, a common name.
    ['Following Wang et al. (2020), we replace SuperGlue with a dense matcher.', SUPERGLUE_MATCHER],
    ['SuperGlue matches keypoints as in Wang et al. (2020).', SUPERGLUE_MATCHER],
  ])('%s -> %s', (text, paperId) => {
    expect(papers(text)?.[0]).toEqual([text.split(' ').find((w) => /^Super/i.test(w)), paperId]);
  });
});
