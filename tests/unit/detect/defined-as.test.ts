// A weak name the page says is something (defined-as.ts): that something must be what its paper is.
import { describe, expect, it } from 'vitest';
import { describedAsOther, saysWhichOther, vocabularyOf } from '../../../lib/detect/defined-as';
import { catalogEvidence } from './catalog-evidence';

describe('describedAsOther', () => {
  const glue = vocabularyOf(
    'GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding',
    'we introduce the General Language Understanding Evaluation benchmark (GLUE), a tool for evaluating models',
  );
  it.each([
    // Another thing: none of its words are the paper's, nor what any paper is.
    ['', ' is a grid middleware for job submission.', true],
    ['', ' was a popular grid middleware in 2005.', true],
    ['', ', the adhesive brand, sticks.', true],
    // Whose it is, and what it means, say what it is too.
    ['', " is Uber's hexagonal grid.", true],
    ['At work ', " means Uber's grid middleware.", true],
    ['', ' means a grid middleware to me.', true],
    ['', " is NYU's benchmark.", false],
    ['', " is everyone's favourite benchmark.", false],
    ['', ' means a lot to me.', false],
    // The description ends where a clause about it starts (a trial's Wikipedia list).
    ['', ', a Polish benchmark whose name means "glue" in Polish.', false],
    ['', ', a grid middleware whose jobs run on clusters.', true],
    // Not a bracket's aside, nor "is the …", which relates more often than it classifies.
    ['', ' (a bit old now) is still the default.', false],
    ['', ' is the reason I got into NLP.', false],
    // The name's own words say nothing of what it is.
    ['', ', the GLUE stick brand, sells well.', true],
    ['', ', the Glue of the grid\nGLUE is the grid middleware', false],
    ['', ': grid middleware for clusters', true],
    // What kind of thing it is does not say which: "a Monte Carlo method" is not GLUE's.
    ['', ' is a stochastic rainfall sampling method for uncertainty analysis.', true],
    // Proper nouns say whose or where, not what kind: labs, venues, people, other models.
    ['', ', the NYU benchmark, is saturated.', false],
    ['', ', a Tri Dao paper, is fun.', false],
    ['', ', a recently proposed NLU suite, is used.', false],
    ['', ', a nine-task English benchmark, came out.', false],
    ['', ': nine English sentence tasks', false],
    ['', ' is a Chinese counterpart to SuperGLUE.', false],
    // A research kind with a paraphrase of a word or two may be the paper; three foreign words are not.
    ['', ', a gated convolution model, stacks layers.', false],
    ['', ': a grid middleware information model', true],
    ['', ': My Reading Notes', false],
    // The paper: its own words, or what any paper is.
    ['', ' is a multi-task benchmark for NLU.', false],
    ['', ' is a tool for evaluating models.', false],
    ['', ' is a popular benchmark.', false],
    ['', ' is the standard method here.', false],
    ['', ' is a great read.', false],
    ['', ' is a widely used NLP benchmark.', false],
    ['', ' is a really cool idea.', false],
    ['', ' is a solved problem at this point.', false],
    ['', ' is a must-read.', false],
    ['', ', a collection of nine tasks, is saturated.', false],
    ['', ' is a diverse set of tasks.', false],
    ['', ' is a set of language understanding tasks', false],
    // Not a description: no article, a number, a label of one word, or the name is not the subject.
    ['', ' is saturated by now.', false],
    ['', ': 80.5 average', false],
    ['', ': Wang et al.', false],
    ['', ' scores went up.', false],
    ['The dev set of ', ' is a subset of sentences.', false],
    ['Results on the ', ' is a subset', false],
  ])('%j GLUE %j -> %s', (before, after, expected) => {
    expect(describedAsOther('GLUE', before, after, glue)).toBe(expected);
  });

  it('judges nothing without the paper’s words', () => {
    expect(describedAsOther('GLUE', '', ' is a grid middleware.', undefined)).toBe(false);
  });

  it('folds inflections: the paper’s “matching graphs” are its “graph matcher”', () => {
    const v = vocabularyOf('MG: Matching images with graphs', '');
    expect(describedAsOther('MG', '', ' is a graph matcher.', v)).toBe(false);
    expect(describedAsOther('MG', '', ' is a sheep herder.', v)).toBe(true);
  });
});

describe('a description in the bundled catalog’s words', () => {
  const evidence = catalogEvidence;
  it.each([
    ['GLUE is a grid middleware for job submission.', [['GLUE', 'none']]],
    ['ARES, the Greek god of war, leads this raid.', [['ARES', 'none']]],
    ['WARP is a Rust-based terminal emulator.', [['WARP', 'none']]],
    ['SPT is a shipping company in Oslo.', [['SPT', 'none']]],
    // A trial's Hacker News thread, which links the H3 paper: Uber's H3 is said to be another thing.
    ["At work H3 means Uber's hexagonal grid.", [['H3', 'none']]],
    ["H3 is Uber's hexagonal grid.", [['H3', 'none']]],
    ['We bucket every ride into H3 cells at resolution 9.', [['H3', 'none']]],
    ["H3 is Tri Dao's state space model.", [['H3', 'block']]],
    // The papers' own words: GLUE's title and abstract, ARES's abstract, WARP's abstract, SPT's (two
    // words of an expansion name the paper: spelled-out.test.ts).
    // Three words of its title in a row name it (spelled-out.test.ts).
    ['GLUE is a multi-task benchmark for NLU.', [['GLUE', 'named']]],
    ['ARES is an automated evaluation framework.', [['ARES', 'named']]],
    ['WARP is a reprogramming approach.', [['WARP', 'page']]],
    ['SPT is a semi-parametric prompt tuning method.', [['SPT', 'named']]],
    // A citation of the paper's first author and year names it, whatever the sentence calls it.
    ['GLUE is a solid yardstick (Wang et al., 2018).', [['GLUE', 'named']]],
    // The block means that other thing by its bare uses too; a cited use is the paper still.
    [
      'GLUE is a grid middleware schema. Sites have run GLUE for years.',
      [
        ['GLUE', 'none'],
        ['GLUE', 'none'],
      ],
    ],
    [
      'GLUE is a grid middleware, unlike the GLUE benchmark (Wang et al., 2018).',
      [
        ['GLUE', 'none'],
        ['GLUE', 'named'],
      ],
    ],
    [
      'The Great Lakes Upwelling Experiment (GLUE) took samples; GLUE ran for years.',
      [
        ['GLUE', 'none'],
        ['GLUE', 'none'],
      ],
    ],
    // A trial's biology page: spelled out as another thing (a hyphenated word, one initial per
    // part; the capitals of an expansion after research nouns), the block's other uses are that
    // thing too, research nouns and all ("the SPT datasets", "the CAID challenge").
    [
      'For live-cell imaging we use single-particle tracking (SPT). SPT data are analysed with TrackMate; the SPT datasets from our 2023 paper are on Zenodo.',
      [
        ['SPT', 'none'],
        ['SPT', 'none'],
        ['SPT', 'none'],
      ],
    ],
    [
      'flDPnn ranked near the top of the CAID challenge. The CAID benchmark dataset (Critical Assessment of protein Intrinsic Disorder) is open.',
      [
        ['CAID', 'none'],
        ['CAID', 'none'],
      ],
    ],
    [
      'We use GLUE (graph-linked unified embedding; Cao and Gao, 2022). We benchmarked GLUE against Seurat v4 and LIGER on the 10x Multiome dataset; GLUE had the best FOSCTTM.',
      [
        ['GLUE', 'none'],
        ['GLUE', 'none'],
        ['GLUE', 'none'],
      ],
    ],
    // The paper's own marks still name it in such a block: its expansion, and its expansion's
    // words in a sentence.
    [
      'Not single-particle tracking (SPT). We mean SPT as in Semi-Parametric Prompt Tuning (SPT).',
      [
        ['SPT', 'none'],
        ['SPT', 'named'],
        ['SPT', 'named'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(evidence(text)).toEqual(expected);
  });
});

describe('saysWhichOther: a bracket that says which of two namesakes is meant', () => {
  const warp = vocabularyOf(
    'WARP: Word-level Adversarial ReProgramming',
    'we present an alternative approach based on adversarial reprogramming',
  );
  it.each([
    [' (the reward model averaging one from DeepMind) and', true],
    [' (that RLHF averaging one) is newer', true],
    [' (the adversarial reprogramming one) beats fine-tuning', false],
    // Nothing said of which: a name alone, or what any work is.
    [' (the one from DeepMind)', false],
    [' (the newer model one)', false],
    [' (Hambardzumyan et al., 2021)', false],
  ])('%j -> %s', (after, other) => expect(saysWhichOther(after, warp)).toBe(other));

  it('leaves the other WARP, cited in the same sentence, its own', () => {
    expect(
      catalogEvidence(
        'WARP (the reward model averaging one from DeepMind) and WARP (Hambardzumyan et al., 2021) are different papers.',
      ),
    ).toEqual([
      ['WARP', 'none'],
      ['WARP', 'named'],
    ]);
    expect(
      catalogEvidence(
        'WARP (Hambardzumyan et al., 2021) and WARP (the reward model averaging one from DeepMind) are different papers.',
      ),
    ).toEqual([
      ['WARP', 'named'],
      ['WARP', 'none'],
    ]);
  });
});
