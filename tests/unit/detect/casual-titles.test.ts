import { describe, expect, it } from 'vitest';
import { casualTitleEvidence, isShortTitle, writtenCasually } from '../../../lib/detect/casual-titles';
import { catalogEvidence } from './catalog-evidence';
import { ids } from './helpers';

describe('isShortTitle', () => {
  it.each([
    ['GPT Understands, Too', true],
    ['Task Vectors are Cross-Modal', true],
    ['In-context Example Selection with Influences', false],
    ['LightGlue: Local Feature Matching at Light Speed', false],
  ])('%j -> %s', (title, short) => expect(isShortTitle(title)).toBe(short));
});

describe('writtenCasually: small letters where the title has capitals, past its first word', () => {
  it.each([
    ['GPT understands too', 'GPT Understands, Too', true],
    ['GPT understands, too', 'GPT Understands, Too', true],
    ['Gpt understands too', 'GPT Understands, Too', true],
    ['task vectors are cross-modal', 'Task Vectors are Cross-Modal', true],
    ['GPT Understands, Too', 'GPT Understands, Too', false],
    ['GPT Understands Too', 'GPT Understands, Too', false],
    ['GPT UNDERSTANDS, TOO', 'GPT Understands, Too', false],
    ['gpt Understands, Too', 'GPT Understands, Too', false],
    ['Task Vectors Are Cross-Modal', 'Task Vectors are Cross-Modal', false],
    ['Effi-\ncient Transformers: A Survey', 'Efficient Transformers: A Survey', false],
    ['Eﬃcient Transformers: A Survey', 'Efficient Transformers: A Survey', false],
    ['Efficient transformers: a survey', 'Efficient Transformers: A Survey', true],
  ])('%j of %j -> %s', (written, title, casual) => expect(writtenCasually(written, title)).toBe(casual));
});

describe('casualTitleEvidence', () => {
  const judge = (text: string, title = 'GPT understands too', near = false) => {
    const start = text.indexOf(title);
    return casualTitleEvidence(text, start, start + title.length, near);
  };
  it.each([
    // Its block's whole text: a heading, a link, a result's title line.
    ['GPT understands too', undefined],
    ['“GPT understands too.”', undefined],
    // The clause goes on: a remark.
    ['Turns out GPT understands too much of my codebase.', 'none'],
    ['GPT understands too well what I mean.', 'none'],
    // Quoted, or cited in its sentence.
    ['We follow “GPT understands too” closely.', 'block'],
    ['See "GPT understands too", the P-tuning paper.', 'block'],
    ['Liu et al. GPT understands too. AI Open, 2023.', 'block'],
    ['In the paper GPT understands too, prompts are continuous.', 'block'],
    ['Prompts can be learned: GPT understands too [14].', 'block'],
    // A reference's parts around it.
    ['Liu, X. (2021). GPT understands too. AI Open.', 'block'],
    ['[7] X. Liu. GPT understands too. In AI Open, 2023.', 'block'],
    // Said as a sentence: only where the page names the paper otherwise.
    ['My kid says GPT understands too.', 'page'],
    ['Honestly, GPT understands too, it just needs better prompts.', 'page'],
    // A citation in the sentence before says nothing of this one.
    ['That was shown by Liu et al. (2021). My kid says GPT understands too.', 'page'],
  ])('%j -> %s', (text, evidence) => expect(judge(text)).toBe(evidence));

  // A review trial's reference lists and search results (shown), and its remarks (not).
  it.each([
    ['Zhang et al. 2025. SWE-bench goes live! arXiv.', 'SWE-bench goes live!', 'block'],
    ['[PDF] GPT understands, too', 'GPT understands, too', undefined],
    ['[CITATION][C] task vectors are cross-modal', 'task vectors are cross-modal', undefined],
    ['Xiao Liu, Jie Tang:\nGPT understands, too. AI Open 5: 208-215 (2024)', 'GPT understands, too', 'block'],
    ['title={GPT understands, too},', 'GPT understands, too', 'block'],
    ['Tang, J.: GPT understands, too. In: Proceedings of ACL', 'GPT understands, too', 'block'],
    [
      '[7] K. Hambardzumyan, H. Khachatrian, J. May. WARP: word-level adversarial reprogramming. ACL 2021.',
      'WARP: word-level adversarial reprogramming',
      'block',
    ],
    [
      '[3] Y. Zhou and S. Levine. Self-challenging language model agents. NeurIPS 2025.',
      'Self-challenging language model agents',
      'block',
    ],
    [
      'Task vectors are cross-modal. Grace Luo, Trevor Darrell, Amir Bar. NeurIPS 2025.',
      'Task vectors are cross-modal',
      'block',
    ],
    [
      'Self-challenging language model agents. Yifei Zhou, Song Jiang, 2025.',
      'Self-challenging language model agents',
      'block',
    ],
    ['Luo G, Darrell T, Bar A. Task vectors are cross-modal; 2024.', 'Task vectors are cross-modal', 'block'],
    [
      'We tried it and task vectors are cross-modal (March 2024) at least in the toy setup.',
      'task vectors are cross-modal',
      'page',
    ],
    ['Update 2024: task vectors are cross-modal.', 'task vectors are cross-modal', 'page'],
    ['As of 2024: task vectors are cross-modal, apparently.', 'task vectors are cross-modal', 'page'],
    ['Reasons I love 2021: GPT understands, too.', 'GPT understands, too', 'page'],
    ["The students' task vectors are cross-modal, which surprised us.", 'task vectors are cross-modal', 'page'],
    ["honestly GPT understands too 'cause it read the whole internet.", 'GPT understands too', 'page'],
    ['my journal entry for today: GPT understands too.', 'GPT understands too', 'page'],
    ['I read this paper on the bus and my kid says GPT understands too.', 'GPT understands too', 'page'],
    ['GPT understands too. We tested it on GPT-4 in 2024.', 'GPT understands too', 'page'],
  ])('%j -> %s', (text, title, evidence) => expect(judge(text, title)).toBe(evidence));

  it('another paper next to it in its sentence is company', () => {
    expect(judge('Compare XPrompt with GPT understands too.', 'GPT understands too', true)).toBe('block');
  });
});

describe('short titles said as a sentence, through the pipeline', () => {
  it.each([
    ['My kid says GPT understands too.', []],
    ['Turns out GPT understands too much of my codebase.', []],
    ['Task vectors are cross-modal, we found, in every run.', []],
    ['GPT Understands, Too', ['gpt-too']],
    ['We read GPT Understands, Too last week.', ['gpt-too']],
    ['We read “GPT understands too” last week.', ['gpt-too']],
  ])('%j -> %j', (text, found) => {
    expect(ids(text, undefined)).toEqual(found);
  });

  it('is shown where the page names the paper otherwise', () => {
    expect(ids('My kid says GPT understands too.', undefined, ['gpt-too'])).toEqual(['gpt-too']);
  });

  it('with the bundled catalog: the evidence each needs', () => {
    expect(catalogEvidence('My kid says GPT understands too.')).toEqual([['GPT understands too', 'page']]);
    expect(catalogEvidence('Ilharco et al. 2024. Task vectors are cross-modal. In ICLR.')).toEqual([
      ['Task vectors are cross-modal', 'block'],
    ]);
    expect(catalogEvidence('Task Vectors are Cross-Modal')).toEqual([['Task Vectors are Cross-Modal', undefined]]);
  });
});
