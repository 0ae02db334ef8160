// Mentions where two elements of a page meet without a space ("#402ARES: …"): the background
// finds them at seams and says where, for the page to check its text nodes (lib/page/seams.ts).
import { describe, expect, it } from 'vitest';
import { DetectorService } from '../../../lib/background/detector';
import { readSeedCatalog } from '../../../lib/catalog/vite-plugin';
import { root } from '../catalog/fixtures';

const detector = new DetectorService(readSeedCatalog(root).catalog);
const ALL = { titles: true, shortNames: true, links: true };

/** Each mention of one block: its text, paper and seams. */
function found(text: string) {
  return (detector.scan([text], ALL)[0]?.mentions ?? []).map((m) => [text.slice(m.start, m.end), m.paperId, m.seams]);
}

describe('mentions at seams', () => {
  it.each([
    // A programme's number and title in two spans.
    [
      '#402ARES: An Automated Evaluation Framework for Retrieval-Augmented Generation Systems',
      [['ARES: An Automated Evaluation Framework for Retrieval-Augmented Generation Systems', 'arxiv:2311.09476', [4]]],
    ],
    // A label before a title, a venue after one.
    [
      'OralLightGlue: Local Feature Matching at Light Speed',
      [['LightGlue: Local Feature Matching at Light Speed', 'arxiv:2306.13643', [4]]],
    ],
    ['GPT Understands, TooFindings', [['GPT Understands, Too', 'arxiv:2103.10385', [20]]]],
    // An all-capitals badge before a title in title case.
    [
      'ORALLightGlue: Local Feature Matching at Light Speed',
      [['LightGlue: Local Feature Matching at Light Speed', 'arxiv:2306.13643', [4]]],
    ],
    // Footnote anchors after names (Substack writes them as links, not <sup>).
    [
      'We compare SWE-bench-Live2 and SWE-Bench Pro3 here.',
      [
        ['SWE-bench-Live', 'arxiv:2505.23419', [25]],
        ['SWE-Bench Pro', 'arxiv:2509.16941', [44]],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('takes a weak name at a seam without evidence of its own for another thing: a label, a chip', () => {
    const evidence = (text: string) =>
      detector.scan([text], ALL)[0]?.mentions.map((m) => [text.slice(m.start, m.end), m.evidence]);
    // An X sidebar's trend: "Trending in United States" "ARES" "5,821 posts" in three spans.
    expect(evidence('Trending in United StatesARES5,821 posts')).toEqual([['ARES', 'none']]);
    expect(evidence('Trending in United States ARES 5,821 posts')).toEqual([['ARES', 'page']]);
    expect(evidence('ARES5,821 posts')).toEqual([['ARES', 'none']]);
    // Glued on one side, with the sentence going on past it: prose (a PDF viewer's text layer).
    expect(evidence('Table 7 lists the scores. ForARES we use the released judges.')).toEqual([['ARES', 'page']]);
    // Cited where it stands, it is the paper.
    expect(evidence('#12ARES (Saad-Falcon et al., 2023)')).toEqual([['ARES', 'named']]);
    // A name at a seam, which the page may find is part of a longer word, keeps no company.
    expect(evidence('restart MyLightGlue and WARP today')).toEqual([
      ['LightGlue', undefined],
      ['WARP', 'page'],
    ]);
    expect(evidence('restart LightGlue and WARP today')).toEqual([
      ['LightGlue', undefined],
      ['WARP', 'block'],
    ]);
  });

  it('finds a long title run into the next word (a card and its category chip) for the page to check', () => {
    const text = 'Metacognitive Prompting Improves Understanding in Large Language Modelscs.CL';
    expect(detector.scan([text], ALL)[0]?.mentions).toEqual([
      { paperId: 'arxiv:2308.05342', kind: 'title', start: 0, end: 71, seams: [71], glued: true },
    ]);
    // In one text node that is another word, which the page finds no seam in: "Too" of "Tools".
    expect(found('GPT Understands, Tools are great')).toEqual([['GPT Understands, Too', 'arxiv:2103.10385', [20]]]);
    // Over its own paper's name, both go to the page, which keeps the title where its end is set
    // apart, the name elsewhere (lib/page/seams.ts).
    expect(
      found('2024Cybench: A Framework for Evaluating Cybersecurity Capabilities and Risk of Language Modelscs.CR'),
    ).toEqual([
      ['Cybench', 'arxiv:2408.08926', [4]],
      [
        'Cybench: A Framework for Evaluating Cybersecurity Capabilities and Risk of Language Models',
        'arxiv:2408.08926',
        [4, 94],
      ],
    ]);
    expect(found('LightGlue: Local Feature Matching at Light SpeedarXiv')).toEqual([
      ['LightGlue', 'arxiv:2306.13643', undefined],
      ['LightGlue: Local Feature Matching at Light Speed', 'arxiv:2306.13643', [48]],
    ]);
    // It gives way to any other paper's mention it overlaps: "…Language Models" + "GPT Understands".
    expect(found('The Power of Scale for Parameter-Efficient Prompt TuningGPT Understands, Too')).toEqual([
      ['GPT Understands, Too', 'arxiv:2103.10385', [56]],
    ]);
  });

  it('lets no mention at a seam push out one with separators around it', () => {
    expect(found('SuperGLUE and SuperGlue')).toEqual([
      ['SuperGLUE', 'arxiv:1905.00537', undefined],
      ['SuperGlue', 'arxiv:1911.11763', undefined],
    ]);
  });

  it('finds none where there is no seam: lower case after lower case or a digit, capitals after capitals', () => {
    expect(found('OralLightglue, NAACLARES: An Automated Evaluation Framework, 12lightGlue')).toEqual([]);
  });
});
