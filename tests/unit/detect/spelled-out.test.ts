// A weak short name introduced with its title's own expansion names its paper.
import { describe, expect, it } from 'vitest';
import { buildBlockIndex, findInBlocks } from '../../../lib/detect/blocks';
import { buildRefIndex } from '../../../lib/detect/links';
import {
  echoesExpansion,
  echoesTitle,
  expansionOf,
  expansionsOf,
  spelledAfter,
  spelledAs,
  spelledLike,
  spellsOut,
  titleWordsOf,
} from '../../../lib/detect/spelled-out';
import { catalogEvidence } from './catalog-evidence';
import { ENTRIES } from './helpers';

describe('expansionOf', () => {
  it.each([
    ['SPT: Semi-Parametric Prompt Tuning for Multitask Prompted Learning', 'SPT', ['semi', 'parametric', 'prompt']],
    ['WARP: Word-level Adversarial ReProgramming', 'WARP', ['word', 'level', 'adversarial']],
    [
      'ARES: An Automated Evaluation Framework for Retrieval-Augmented Generation',
      'ARES',
      ['automated', 'evaluation', 'framework'],
    ],
    ['CLUE: A Chinese Language Understanding Evaluation Benchmark', 'CLUE', ['chinese', 'language', 'understanding']],
    ['Continual Learning with Adaptive Weights (CLAW)', 'CLAW', ['continual', 'learning', 'adaptive']],
    // Too short to be more than chance, or no expansion at all.
    ['H3 Rocks', 'H3', undefined],
    ['Hungry Hungry Hippos: Towards Language Modeling with State Space Models', 'H3', undefined],
  ])('%s (%s) -> %j', (title, name, expected) => {
    expect(expansionOf(title, name)).toEqual(expected);
  });
});

describe('spellsOut', () => {
  const spt = ['semi', 'parametric', 'prompt'];
  it.each([
    ['We use Semi-Parametric Prompt Tuning (', ') for this.', true],
    ['semi parametric prompt tuning for multitask learning (', ')', true],
    // Too far back, or another expansion.
    ['Semi-Parametric Prompt Tuning, which we compare to many other methods for a while (', ')', false],
    ['The Space Propulsion Technology (', ') group', false],
    // Not in brackets right after it.
    ['Semi-Parametric Prompt Tuning and ', ' are related', false],
    ['We use ', ' (Semi-Parametric Prompt Tuning) here', true],
    ['We use ', ' (semi-parametric prompts, not tuning) here', false],
    ['We use ', ' (South Pole Telescope)', false],
  ])('%j NAME %j -> %s', (before, after, expected) => {
    expect(spellsOut(before, after, [spt])).toBe(expected);
  });

  it('says nothing for a paper whose title gives no expansion', () => {
    expect(spellsOut('Semi-Parametric Prompt Tuning (', ')', undefined)).toBe(false);
    expect(spellsOut('Semi-Parametric Prompt Tuning (', ')', [])).toBe(false);
  });
});

describe('spelledAs', () => {
  it.each([
    ['The Space Propulsion Technology (', 'SPT', ['space', 'propulsion', 'technology']],
    ['using Semi-Parametric Prompt Tuning (', 'SPT', ['semi', 'parametric', 'prompt']],
    ['the General Language Understanding Evaluation benchmark (', 'GLUE', ['general', 'language', 'understanding']],
    // A hyphenated word read as one initial per part, or only its capitals (a trial's biology and
    // arXiv pages).
    ['we use single-particle tracking (', 'SPT', ['single', 'particle', 'tracking']],
    ['Sensitivity-aware visual Parameter-efficient fine-Tuning (', 'SPT', ['sensitivity', 'parameter', 'tuning']],
    // A, E, F, R, S: not A, R, E, S (spellsOut knows this one from the title).
    ['the Automated Evaluation Framework for RAG Systems (', 'ARES', undefined],
    // Initials that do not spell it, a name with digits, no bracket.
    ['we looked at some telescopes (', 'SPT', undefined],
    ['Hungry Hungry Hippos (', 'H3', undefined],
    ['The Space Propulsion Technology ', 'SPT', undefined],
  ])('%j %s -> %j', (before, name, expected) => {
    expect(spelledAs(before, name)).toEqual(expected);
  });

  it("finds the expansions a paper's abstract gives its name, besides its title's", () => {
    expect(
      expansionsOf(
        'GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding',
        'GLUE',
        'we introduce the General Language Understanding Evaluation benchmark (GLUE), a tool for evaluating',
      ),
    ).toEqual([
      ['multi', 'task', 'benchmark'],
      ['general', 'language', 'understanding'],
    ]);
  });

  it('finds an expansion the abstract gives after the name, in apposition or brackets', () => {
    expect(
      expansionsOf(
        'ARES: An Automated Evaluation Framework for Retrieval-Augmented Generation Systems',
        'ARES',
        'We introduce ARES, an Automated RAG Evaluation System, for evaluating RAG systems. ARES finetunes judges.',
      ),
    ).toEqual([
      ['automated', 'evaluation', 'framework'],
      ['automated', 'rag', 'evaluation'],
    ]);
    expect(spelledAfter(' (Automated RAG Evaluation System)', 'ARES')).toEqual(['automated', 'rag', 'evaluation']);
    expect(spelledAfter(', a system for RAG evaluation', 'ARES')).toBeUndefined();
    expect(spelledAfter(' finetunes judges', 'ARES')).toBeUndefined();
    // Two small words may come between; capitals spell it past a lower-case word.
    expect(spelledAfter(' benchmark dataset (Critical Assessment of protein Intrinsic Disorder)', 'CAID')).toEqual([
      'critical',
      'assessment',
      'intrinsic',
    ]);
    expect(spelledAfter(' (graph-linked unified embedding; Cao and Gao, 2022)', 'GLUE')).toEqual([
      'graph',
      'linked',
      'unified',
    ]);
    expect(spelledAfter(' is used by (Wang et al., 2018)', 'GLUE')).toBeUndefined();
  });
});

describe('a weak name with its expansion, through the background pass', () => {
  const ix = buildBlockIndex(ENTRIES, buildRefIndex([]));
  const evidence = (text: string) =>
    findInBlocks(ix, [text], { titles: true, shortNames: true, links: false })[0]?.mentions.map((m) => [
      text.slice(m.start, m.end),
      m.evidence,
    ]);
  it.each([
    ['Our baseline is Semi-Parametric Prompt Tuning (SPT) on 31 tasks.', [['SPT', 'named']]],
    ['We compare against SPT (Semi-Parametric Prompt Tuning) here.', [['SPT', 'named']]],
    // The whole subtitle in brackets is the title itself, which needs no evidence.
    [
      'We compare against WARP (Word-level Adversarial ReProgramming).',
      [['WARP (Word-level Adversarial ReProgramming', undefined]],
    ],
    ['The Automated Evaluation Framework for RAG Systems (ARES) scores them.', [['ARES', 'named']]],
    // Spelled out whole: its first words stand more than the evidence window (60) before it.
    [
      'We score them with An Automated Evaluation Framework for Retrieval-Augmented Generation Systems (ARES).',
      [['ARES', 'named']],
    ],
    // Spelled out as something else: another SPT, whatever else the page says.
    ['The Space Propulsion Technology (SPT) group met.', [['SPT', 'none']]],
    [
      'Semi-Parametric Prompt Tuning (SPT) and the Space Propulsion Technology (SPT).',
      [
        ['SPT', 'named'],
        ['SPT', 'none'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(evidence(text)).toEqual(expected);
  });
});

describe('with the bundled catalog, through the background', () => {
  const evidence = catalogEvidence;
  it.each([
    // GLUE's title spells out nothing; its abstract does ("the General Language Understanding
    // Evaluation benchmark (GLUE)").
    ['Most results are on the General Language Understanding Evaluation (GLUE) tasks.', [['GLUE', 'named']]],
    ['The Great Lakes Upwelling Experiment (GLUE) collected samples.', [['GLUE', 'none']]],
    ['We use Semi-Parametric Prompt Tuning (SPT) here.', [['SPT', 'named']]],
    // An alias the title does not give is spelled out by the title's lead words.
    ['The Hungry Hungry Hippos (H3) layer is an SSM.', [['H3', 'named']]],
    ['H3 (Hungry Hungry Hippos) is an SSM layer.', [['H3', 'named']]],
    // An alias its abstract coins spelled out: "we introduce Centralized Asynchronous Isolated Delegation (CAID)".
    ['They route tasks with Centralized Asynchronous Isolated Delegation (CAID).', [['CAID', 'named']]],
    ['The Civil Aviation Identification Database (CAID) lists them.', [['CAID', 'none']]],
    // ARES's abstract spells it out after the name: "We introduce ARES, an Automated RAG Evaluation System".
    ['We score answers with the Automated RAG Evaluation System (ARES).', [['ARES', 'named']]],
    // Two words of an expansion together in the name's sentence describe the paper.
    ['Prefix tuning came first, and SPT made it semi-parametric.', [['SPT', 'named']]],
    ['The hungry hungry hippos of the LLM world (H3, Mamba) are not evaluated there.', [['H3', 'named']]],
    ['WARP learns word-level adversarial prompts.', [['WARP', 'named']]],
    // Two words any title of the field may start with are no description.
    ['ARES is an automated evaluation tool for retrieval.', [['ARES', 'page']]],
    ['The GLUE methodology offers a general framework for understanding uncertainty.', [['GLUE', 'page']]],
    // One word is no description; nor are the words in another sentence.
    ['SPT made the semi-final.', [['SPT', 'page']]],
    // Small words between count: "work on embedding" is not UWE's "Unified Work Embeddings".
    ['UWE researchers work on embedding AI in NHS services.', [['UWE', 'page']]],
    ['Prompts can be semi-parametric. SPT is in the next room.', [['SPT', 'page']]],
  ])('%s', (text, expected) => {
    expect(evidence(text)).toEqual(expected);
  });
});

describe('titleWordsOf and echoesTitle', () => {
  const h3 = titleWordsOf('Hungry Hungry Hippos: Towards Language Modeling with State Space Models', ['H3']);
  const spt = titleWordsOf('SPT: Semi-Parametric Prompt Tuning for Multitask Prompted Learning', ['SPT']);

  it('takes the title words besides the name, small words left out', () => {
    expect(h3).toEqual(['hungry', 'hungry', 'hippos', 'towards', 'language', 'modeling', 'state', 'space', 'models']);
    expect(spt).toEqual(['semi', 'parametric', 'prompt', 'tuning', 'multitask', 'prompted', 'learning']);
  });

  it.each([
    ['I did not try H3 or any state space model', h3, true],
    ['H3 (state-space models) for long sequences', h3, true],
    ['H3, the hungry hippos paper', h3, true],
    // Words of the field, both: any paper may say them.
    ['H3 for spatial indexing of language models', h3, false],
    ['SPT for multitask prompted learning', spt, false],
    ['SPT is semi parametric', spt, true],
    // Not a word twice, nor the words apart.
    ['H3 is hungry hungry', h3, false],
    ['H3 keeps the state of every space', h3, false],
    ['H3', [], false],
  ] as const)('%j', (sentence, words, expected) => {
    expect(echoesTitle(sentence, words)).toBe(expected);
  });
});

describe('echoesExpansion', () => {
  const spt = [['semi', 'parametric', 'prompt']];
  it.each([
    ['made it semi-parametric', true],
    ['the prompts are semi parametric', true],
    ['prompt it, parametric', false],
    ['parametric semi', false],
    ['semi-final', false],
    ['', false],
  ])('%j -> %s', (sentence, expected) => {
    expect(echoesExpansion(sentence, spt)).toBe(expected);
  });
  it('counts a repeated word once: "hungry hungry" is one word of H3\'s', () => {
    expect(echoesExpansion('so hungry, hungry', [['hungry', 'hungry', 'hippos']])).toBe(false);
    expect(echoesExpansion('hungry hippo', [['hungry', 'hungry', 'hippos']])).toBe(true);
  });
  it('judges nothing without expansions', () => {
    expect(echoesExpansion('semi parametric')).toBe(false);
  });
  it('takes two words of the field together as nothing, all three in a row as the expansion', () => {
    const clue = [['chinese', 'language', 'understanding']];
    expect(echoesExpansion('tools for Chinese language learners', clue)).toBe(false);
    expect(echoesExpansion('CLUE — Chinese language understanding (1.2k results)', clue)).toBe(true);
    expect(echoesExpansion('understanding Chinese language', clue)).toBe(false);
  });
});

describe('spelledLike', () => {
  const clue = [['chinese', 'language', 'understanding']];
  it.each([
    [['chinese', 'language', 'understanding'], clue, true],
    // Paraphrased: joined otherwise, or the first word and one more alike.
    [['semiparametric', 'prompt', 'tuning'], [['semi', 'parametric', 'prompt']], true],
    [['automatic', 'rag', 'evaluation'], [['automated', 'rag', 'evaluation']], true],
    [['unified', 'work', 'embedding'], [['unified', 'work', 'embeddings']], true],
    // Another first word is another thing: a clinical benchmark is not the Chinese one.
    [['clinical', 'language', 'understanding'], clue, false],
    [['graph', 'linked', 'unified'], [['general', 'language', 'understanding']], false],
  ])('%j like %j: %s', (spelled, expansions, expected) => {
    expect(spelledLike(spelled, expansions)).toBe(expected);
  });
});
