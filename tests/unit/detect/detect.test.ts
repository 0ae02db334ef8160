import { describe, expect, it } from 'vitest';
import { detectInString, ENTRIES, ids } from './helpers';

const XP = 'arxiv:2210.04457';

describe('title forms all match', () => {
  it.each([
    ['XPrompt: Exploring the Extreme of Prompt Tuning'],
    ['Xprompt: Exploring the extreme of prompt tuning'],
    ['XPROMPT: EXPLORING THE EXTREME OF PROMPT TUNING'],
    ['XPrompt - Exploring the Extreme of Prompt Tuning'],
    ['XPrompt – Exploring the Extreme of Prompt Tuning.'],
    ['XPrompt—Exploring the Extreme of Prompt-Tuning'],
    ['XPrompt:Exploring  the Extreme\nof Prompt   Tuning'],
    ['XPrompt: Exploring the Ex-\ntreme of Prompt Tuning'],
    ['XPrompt: Exploring the Extreme of PromptTuning'],
    ['“XPrompt: Exploring the Extreme of Prompt Tuning”,'],
    ['ＸＰｒｏｍｐｔ: Exploring the Extreme of Prompt Tuning'],
    ['Ma et al. 2022. Xprompt: Exploring the extreme of prompt tuning. In EMNLP'],
    ['[12] F. Ma, et al., “XPrompt: Exploring the Extreme of Prompt Tuning,” EMNLP 2022.'],
    ['我们读了XPrompt: Exploring the Extreme of Prompt Tuning这篇论文'],
  ])('%j', (text) => {
    const found = detectInString(text);
    expect(found.map((m) => [m.paperId, m.kind])).toEqual([[XP, 'title']]);
  });

  it.each([
    ['Single layer tiny Co$^4$ outpaces GPT-2 and GPT-BERT', 'co4'],
    ['Single layer tiny Co⁴ outpaces GPT-2 and GPT-BERT', 'co4'],
    ['Single layer tiny Co4 outpaces GPT‐2 and GPT‑BERT', 'co4'],
    ["What's the Meaning of Superhuman Performance in Today's NLU?", 'superhuman'],
    ['What’s the meaning of superhuman performance in today’s NLU', 'superhuman'],
    ['Whats the Meaning of Superhuman Performance in Todays NLU?', 'superhuman'],
    ['GPT Understands, Too', 'gpt-too'],
    ['see “GPT understands too”.', 'gpt-too'],
    ['Liu et al. 2021. GPT understands, too. arXiv.', 'gpt-too'],
    ['Effi-\ncient Transformers: A Survey', 'effi'],
    ['Eﬃcient Transformers: A Survey', 'effi'],
    ['Efficient Transformers: A Survey', 'effi'],
    ['Attention is all.', 'short-title'],
    ['we Go Big here', 'tiny'],
  ])('%j -> %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });
});

describe('boundaries and negatives', () => {
  it.each([
    ['GPT Understands, Tool'],
    ['GPT Understands, Tools and more'],
    ['AXPrompt: Exploring the Extreme of Prompt Tuning'],
    ['Attention is allowed'],
    ['we GoBigger'],
    ['XPrompting is fun'],
    ['the XPrompter'],
  ])('%j matches nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('a title followed by more word chars falls back to the short name only', () => {
    const found = detectInString('XPrompt: Exploring the Extreme of Prompt Tunings');
    expect(found.map((m) => [m.kind, m.text])).toEqual([['short', 'XPrompt']]);
  });

  it('matches a title in running text, ending before the following word', () => {
    expect(ids('As shown in GPT Understands, Too, prompts help.')).toEqual(['gpt-too']);
  });
});

describe('longest title and overlaps', () => {
  it('prefers the longer of two titles sharing a prefix', () => {
    const t = 'ERNIE 3.0 Titan: Exploring Larger-scale Knowledge Enhanced Pre-training for Language Understanding';
    expect(ids(t)).toEqual(['ernie3-titan']);
    expect(
      ids('ERNIE 3.0: Large-scale Knowledge Enhanced Pre-training for Language Understanding and Generation'),
    ).toEqual(['ernie3']);
  });

  it('keeps the longer title when a shorter one starts inside it', () => {
    const found = detectInString('Russian SuperGLUE 1.1: Revising the Lessons not Learned by Russian NLP models');
    expect(found.map((m) => m.paperId)).toEqual(['russian-superglue']);
  });

  it('a title ending in a parenthesis is marked with it', () => {
    const entries = [
      ...ENTRIES,
      { id: 'claw', title: 'Continual learning with adaptive weights (CLAW)', shortName: 'CLAW' },
    ];
    const found = detectInString('Zeno et al. Continual learning with adaptive weights (CLAW). In ICLR.', entries);
    expect(found.map((m) => [m.paperId, m.text])).toEqual([
      ['claw', 'Continual learning with adaptive weights (CLAW)'],
    ]);
  });

  it('SWE-bench Goes Live! is not SWE-bench (short) nor truncated', () => {
    const found = detectInString('We evaluate on SWE-bench Goes Live! today.');
    expect(found.map((m) => [m.paperId, m.text])).toEqual([['swe-live', 'SWE-bench Goes Live!']]);
  });

  it.each([
    // The title's own "?" or "!" belongs to the mark when the text has it there.
    [
      'Read “What’s the Meaning of Superhuman Performance in Today’s NLU?” first',
      'What’s the Meaning of Superhuman Performance in Today’s NLU?',
    ],
    [
      'See whats the meaning of superhuman performance in todays NLU.',
      'whats the meaning of superhuman performance in todays NLU',
    ],
    ['SWE-bench Goes Live without its mark', 'SWE-bench Goes Live'],
    // A "?" the title does not have is the sentence's.
    ['Have you read Efficient Transformers: A Survey?', 'Efficient Transformers: A Survey'],
  ])('%j marks %j', (text, marked) => {
    expect(detectInString(text).map((m) => m.text)).toEqual([marked]);
  });

  it('a title mention swallows its own short-name prefix', () => {
    const found = detectInString('LightGlue: Local Feature Matching at Light Speed');
    expect(found.map((m) => [m.paperId, m.kind])).toEqual([['lightglue', 'title']]);
  });
});

describe('short names', () => {
  it('distinguishes SuperGLUE from SuperGlue by exact case', () => {
    expect(ids('Results on SuperGLUE are strong.')).toEqual(['arxiv:1905.00537']);
    expect(ids('We match keypoints with SuperGlue.')).toEqual(['arxiv:1911.11763']);
    expect(ids('superglue the handle')).toEqual([]);
    expect(ids('Superglue the handle')).toEqual([]);
    expect(ids('SUPERGLUE')).toEqual([]);
  });

  it.each([
    ['XPrompt beats prompt tuning.', 'arxiv:2210.04457'],
    ['XPrompt’s results', 'arxiv:2210.04457'],
    ['LightGlue is fast', 'lightglue'],
    ['ST-MoE scales', 'st-moe'],
    ['ST MoE scales', 'st-moe'],
    ['ERNIE 3.0 is big', 'ernie3'],
    ['WARP (Hambardzumyan et al., 2021)', 'warp'],
    ['CLUE (Xu et al., 2020)', 'clue'],
    ['the GLUE benchmark', 'glue'],
    ['SPT, arXiv:2212.10929', 'spt'],
    // The longer name wins over the SuperGLUE inside it.
    ['Results on Russian SuperGLUE 1.1 are lower.', 'russian-superglue'],
    // Chinese and Japanese put no spaces around a Latin name.
    ['是SuperGlue的改进', 'arxiv:1911.11763'],
    ['用LightGlue替换', 'lightglue'],
    ['LightGlueを使って', 'lightglue'],
    ['在GLUE基准上', 'glue'],
    ['GLUEベンチマークで', 'glue'],
  ])('%j -> %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it.each([
    ['warp drive'],
    ['The WARP drive is offline.'],
    ['a clue'],
    ['Not a CLUE what happened'],
    ['glue code'],
    ['Ares, god of war'],
    ['The SPT was late again.'],
    ['In 2021 the WARP factor rose.'],
    ['SuperGlues'],
    // Two words with a short name's letters and casing are not that name.
    ['I used Super Glue (cyanoacrylate), 2020.'],
    ['The Light Glue company'],
    ['S TMoE'],
    ['这个GLUE很好用'],
  ])('%j matches nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('a numeric citation alone counts on a page that names a paper of the catalog', () => {
    // Any field's footnotes: "The SPT collaboration [12]" on a physics blog.
    expect(ids('compared with GLUE [3]')).toEqual([]);
    expect(ids('The SPT collaboration [12] released a map.')).toEqual([]);
    expect(ids('compared with GLUE [3]', undefined, ['lightglue'])).toEqual(['glue']);
  });

  it('a weak name counts when the paper is known on the page (title or link)', () => {
    expect(ids('The WARP method is neat.', undefined, ['warp'])).toEqual(['warp']);
    const both = ids('WARP: Word-level Adversarial ReProgramming. Later, WARP is used again.');
    expect(both).toEqual(['warp', 'warp']);
  });
});

describe('offsets map back to the original text', () => {
  it.each([
    [
      'Read “XPrompt: Exploring the Extreme of Prompt Tuning”, it is good.',
      'XPrompt: Exploring the Extreme of Prompt Tuning',
    ],
    [
      'Ref: Single layer tiny Co$^4$ outpaces GPT-2 and GPT-BERT.',
      'Single layer tiny Co$^4$ outpaces GPT-2 and GPT-BERT',
    ],
    ['x Effi-\ncient Transformers: A Survey!', 'Effi-\ncient Transformers: A Survey'],
    ['is 𝐗Prompt: Exploring the Extreme of Prompt Tuning', '𝐗Prompt: Exploring the Extreme of Prompt Tuning'],
    ['We use ST-MoE here', 'ST-MoE'],
  ])('%j', (text, span) => {
    const [m] = detectInString(text);
    expect(m?.text).toBe(span);
  });
});
