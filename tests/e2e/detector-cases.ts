// What each realistic fixture page under tests/fixtures/pages must give: shared by the Chromium
// journeys (detector-pages.test.ts) and the Firefox smoke test (tests/firefox).

export interface DetectorCase {
  file: string;
  /** Every marked text (whitespace collapsed), sorted. */
  marks: string[];
  /** Every paper reported for the tab (the badge counts them). */
  papers: string[];
}

export const DETECTOR_CASES: DetectorCase[] = [
  {
    file: 'blog.html',
    marks: [
      'GLUE',
      'H3',
      'LightGlue',
      'P-tuning',
      'ST-MoE: Designing Stable and Transferable Sparse Expert Models',
      'SWE-bench Goes Live!',
      'Sarlin et al., 2020',
      'SuperGLUE',
      'SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding Systems',
      'SuperGlue',
      'XPrompt',
      'Xprompt: Exploring the extreme of prompt tuning',
      'arXiv:2307.13854',
      'single layer tiny Co$^4$ outpaces GPT-2 and GPT-BERT',
    ],
    papers: [
      'arxiv:1804.07461',
      'arxiv:1905.00537',
      'arxiv:1911.11763',
      'arxiv:2103.10385',
      'arxiv:2202.08906',
      'arxiv:2210.04457',
      'arxiv:2212.14052',
      'arxiv:2306.13643',
      'arxiv:2307.13854',
      'arxiv:2505.23419',
      'arxiv:2510.08404',
    ],
  },
  {
    file: 'references.html',
    marks: [
      'GPT Understands, Too',
      'Hungry Hungry Hippos: Towards Language Modeling with State Space Models',
      // range.toString() drops the <br>: the mark spans it.
      'Mixture-of-Experts withExpert Choice Routing',
      'NumGLUE: A suite of fundamental yet challenging mathematical reasoning tasks',
      'Parameter-Effi- cient Transfer Learning for NLP',
      'ST‑MoE: Designing Stable and Transferable Sparse Expert Models',
      // Short titles in sentence case, in references (not remarks: casual-titles.ts).
      'Self-challenging language model agents',
      'SemEval 2017 Task 10: ScienceIE — Extracting Keyphrases and Relations from Scientific Publications',
      'Task vectors are cross-modal',
      'Too Much Information: Keeping Training Simple for BabyLMs',
      'WARP: Word-level Adversarial ReProgramming',
      'What’s the Meaning of Superhuman Performance in Today’s NLU?',
      'Xprompt: Exploring the extreme of prompt tuning',
      'superglue: a stickier benchmark for general-purpose language understanding systems',
    ],
    papers: [
      'arxiv:1704.02853',
      'arxiv:1902.00751',
      'arxiv:1905.00537',
      'arxiv:2101.00121',
      'arxiv:2103.10385',
      'arxiv:2202.08906',
      'arxiv:2202.09368',
      'arxiv:2204.05660',
      'arxiv:2210.04457',
      'arxiv:2212.14052',
      'arxiv:2305.08414',
      'arxiv:2311.01955',
      'arxiv:2410.22330',
      'arxiv:2506.01716',
    ],
  },
  {
    // A Reddit thread of a realistic-pages trial: a weak name named by the next sentence's citation
    // of its authors, a benchmark reported, a name's case after its hyphen, and another thing's H3.
    file: 'ml-thread.html',
    marks: ['GLUE', 'H3', 'H3 paper', 'P-Tuning', 'SWE-bench Pro', 'WARP', 'XPrompt'],
    papers: [
      'arxiv:1804.07461',
      'arxiv:2101.00121',
      'arxiv:2103.10385',
      'arxiv:2210.04457',
      'arxiv:2212.14052',
      'arxiv:2509.16941',
    ],
  },
  {
    // A conference programme of a realistic-pages trial: numbers and titles in spans with no space
    // between, footnote anchors right after names, and ARES, SPT and H3 that are other things.
    file: 'conference-program.html',
    marks: [
      'ARES: An Automated Evaluation Framework for Retrieval-Augmented Generation Systems',
      'Did You Read the Instructions? Rethinking the Effectiveness of Task Definitions in Instruction Learning',
      'Instruction Tuned Models are Quick Learners',
      'LightGlue',
      'Metacognitive Prompting Improves Understanding in Large Language Models',
      'SWE-Bench Pro',
      'SWE-bench-Live',
      'ScaLearn: Simple and Highly Parameter-Efficient Task Transfer by Learning to Scale',
      'Too Much Information: Keeping Training Simple for BabyLMs',
      'What’s the Meaning of Superhuman Performance in Today’s NLU?',
    ],
    papers: [
      'arxiv:2305.08414',
      'arxiv:2306.01150',
      'arxiv:2306.05539',
      'arxiv:2306.13643',
      'arxiv:2308.05342',
      'arxiv:2310.01217',
      'arxiv:2311.01955',
      'arxiv:2311.09476',
      'arxiv:2505.23419',
      'arxiv:2509.16941',
    ],
  },
  {
    // A Mastodon timeline of a realistic-pages trial: names in hashtags and handles are tags and
    // accounts, not mentions; ARES cited in one post, the film in another; shouting.
    file: 'social-feed.html',
    // Link marks cover their links' text (Mastodon's "https://" and the id's end are invisible
    // spans of it); of a link card (its host, title and description), the title's line only.
    marks: [
      'ARES',
      'GPT Understands, Too',
      'LightGlue',
      'ST-MoE: Designing Stable and Transferable Sparse Expert Models',
      'SWE-Bench Pro',
      'SuperGLUE',
      'SuperGlue',
      // A link card's title, cut short.
      'Toward Efficient Language Model Pretraining and Downstream Adaptation via Self-Evolution: A Case Study…',
      'WebArena: A Realistic Web Environment for Building Autono…',
      'https://',
      'https://arxiv.org/abs/2307.13854',
      'https://arxiv.org/abs/2311.09476',
    ],
    papers: [
      'arxiv:1905.00537',
      'arxiv:1911.11763',
      'arxiv:2103.10385',
      'arxiv:2202.08906',
      'arxiv:2212.01853',
      'arxiv:2306.13643',
      'arxiv:2307.13854',
      'arxiv:2311.09476',
      'arxiv:2509.16941',
    ],
  },
  {
    file: 'awesome.html',
    marks: [
      'AutoPEFT: Automatic Configuration Search for Parameter-Efficient Fine-Tuning',
      'Cybench: A Framework for Evaluating Cybersecurity Capabilities and Risk of Language Models',
      'Hungry Hungry Hippos: Towards Language Modeling with State Space Models',
      'LightGlue',
      'LightGlue: Local Feature Matching at Light Speed',
      'Paper',
      'WARP: Word-level Adversarial ReProgramming',
      'WebArena',
      'XPrompt: Exploring the Extreme of Prompt Tuning',
    ],
    papers: [
      'arxiv:2101.00121',
      'arxiv:2210.04457',
      'arxiv:2212.14052',
      'arxiv:2301.12132',
      'arxiv:2306.13643',
      'arxiv:2307.13854',
      'arxiv:2408.08926',
    ],
  },
  {
    file: 'links.html',
    marks: [
      'ACL Anthology page',
      'ACL Anthology pdf',
      'CoRR, abs/2103.10385',
      'DataCite DOI',
      'GPT understands, too',
      'HF Papers',
      'OpenReview PDF',
      'OpenReview forum',
      'abs v2',
      'aclanthology.org/2023.emnlp-main.680.pdf',
      'alphaXiv',
      'alphaXiv overview',
      'ar5iv',
      'ar5iv.org',
      'arXiv: 1804.07461v3',
      'arxiv.org/abs/2306.13643v2',
      'doi:10.1145/3583780.3615273',
      'dx DOI',
      'export mirror',
      'html v4',
      'https://openreview.net/forum?id=SylzhkBtDB',
      'huggingface.co/papers/2307.13854',
      'link in the description',
      'pdf',
      'pdf v3',
      'publisher DOI',
      'same paper as alphaXiv above',
      '原文链接',
    ],
    papers: [
      'arxiv:1804.07461',
      'arxiv:1902.00751',
      'arxiv:1905.00537',
      'arxiv:1911.09514',
      'arxiv:2004.05986',
      'arxiv:2005.00944',
      'arxiv:2010.15925',
      'arxiv:2101.00121',
      'arxiv:2103.10385',
      'arxiv:2204.05660',
      'arxiv:2210.04457',
      'arxiv:2212.14052',
      'arxiv:2305.13256',
      'arxiv:2306.13643',
      'arxiv:2307.13854',
      'arxiv:2308.13467',
      'arxiv:2310.17041',
      'arxiv:2310.17876',
      'arxiv:2311.09476',
      'arxiv:2405.05938',
      'arxiv:2408.08926',
      'arxiv:2505.23419',
    ],
  },
  { file: 'negatives.html', marks: [], papers: [] },
  // Another field's page whose words are paper names: H3, SPT, GLUE, CAID, UWE, none of them the papers.
  { file: 'biology-lab.html', marks: [], papers: [] },
  // Web components: titles inside open shadow roots (in an element, at the top of the tree, in a
  // nested component) and slotted light-DOM text.
  {
    file: 'components.html',
    marks: [
      'GPT Understands, Too',
      'LightGlue: Local Feature Matching at Light Speed',
      'ST-MoE: Designing Stable and Transferable Sparse Expert Models',
      'WebArena',
    ],
    papers: ['arxiv:2103.10385', 'arxiv:2202.08906', 'arxiv:2306.13643', 'arxiv:2307.13854'],
  },
  // A weak name shown with evidence in the text vouches for the same name heading a table column.
  // An accordion's title sits in a <button> (read outside forms); a footnote mark follows a name
  // ("ScaLearn<sup>2</sup>"); MuLD is a coined four-letter name (no evidence needed).
  {
    file: 'results-table.html',
    // "Russian SuperGLUE" is RussianSuperGLUE, not SuperGLUE.
    marks: [
      'GLUE',
      'MuLD',
      'Russian SuperGLUE',
      'ScaLearn',
      'SuperGLUE',
      'XPrompt: Exploring the Extreme of Prompt Tuning',
    ],
    papers: [
      'arxiv:1804.07461',
      'arxiv:1905.00537',
      'arxiv:2010.15925',
      'arxiv:2202.07362',
      'arxiv:2210.04457',
      'arxiv:2310.01217',
    ],
  },
  // Dataset cards: a name alone in its element is judged by the next element, its spelled-out name
  // (GLUE, the Chinese CLUE; not the clinical CLUE, spelled out as itself).
  {
    file: 'dataset-search.html',
    marks: ['CLUE', 'GLUE', 'NumGLUE'],
    papers: ['arxiv:1804.07461', 'arxiv:2004.05986', 'arxiv:2204.05660'],
  },
  // A Stack Exchange question (a fifth realistic-pages trial): names cited in answers and comments;
  // "AWS GLUE job bookmarks", user names ("clue-less", "warp_core"), "the ARES mission patch", an
  // "H3 tag" and "super glue" in the sidebar stay unmarked.
  {
    file: 'stackexchange.html',
    marks: [
      'AutoPEFT',
      'C-Poly',
      'Customizable Combination of Parameter-Efficient Modules for Multi-Task Learning',
      'DePT',
      'GLUE',
      'GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding',
      'GPT Understands, Too',
      'Is Prompt All You Need? No. A Comprehensive and Broader View of Instruction Learning',
      'P-tuning',
      'Parameter-Efficient Transfer Learning for NLP',
      // The name with its title's own expansion, up to the bracket: one mark.
      'SPT (Semi-Parametric Prompt Tuning for Multitask Prompted Learning',
      'Semi-Parametric Prompt Tuning for Multitask Prompted Learning',
      'SuperGLUE',
      'WARP',
      'WARP: Word-level Adversarial ReProgramming',
      'XPrompt',
    ],
    papers: [
      'arxiv:1804.07461',
      'arxiv:1902.00751',
      'arxiv:1905.00537',
      'arxiv:2101.00121',
      'arxiv:2103.10385',
      'arxiv:2210.04457',
      'arxiv:2212.10929',
      'arxiv:2301.12132',
      'arxiv:2303.10475',
      'arxiv:2310.10094',
      'arxiv:2312.03248',
    ],
  },
  // Chinese and Japanese write names without spaces around them.
  {
    file: 'chinese.html',
    marks: ['GLUE', 'LightGlue', 'SuperGlue', 'XPrompt: Exploring the Extreme of Prompt Tuning'],
    papers: ['arxiv:1804.07461', 'arxiv:1911.11763', 'arxiv:2210.04457', 'arxiv:2306.13643'],
  },
  // Only the control paragraph: form fields, contenteditable, role=textbox and editors are skipped.
  { file: 'editable.html', marks: ['LightGlue: Local Feature Matching at Light Speed'], papers: ['arxiv:2306.13643'] },
  // body { transform: translateZ(0) }: detection is unaffected (popover-placement.test.ts hovers it).
  {
    file: 'transformed.html',
    marks: ['LightGlue', 'ST-MoE: Designing Stable and Transferable Sparse Expert Models'],
    papers: ['arxiv:2202.08906', 'arxiv:2306.13643'],
  },
  // A webmail inbox (an eighth trial's Gmail): a Scholar alert cites WARP, so Cloudflare's
  // "WARP+" two rows below had been marked as the paper.
  {
    file: 'inbox.html',
    marks: [
      'LightGlue',
      'SuperGlue',
      'WARP: Word-level Adversarial ReProgramming',
      'XPrompt: Exploring the Extreme of Prompt Tuning',
    ],
    papers: ['arxiv:1911.11763', 'arxiv:2101.00121', 'arxiv:2210.04457', 'arxiv:2306.13643'],
  },
  // An arXiv listing: each entry's id link is marked, not its pdf, html and other beside it; a
  // new paper titled "Beyond CLUE: …" is about CLUE (its abstract cites it).
  {
    file: 'arxiv-listing.html',
    marks: [
      'ARES: An Automated Evaluation Framework for Retrieval-Augmented Generation Systems',
      'CLUE',
      'arXiv:2311.09476',
    ],
    papers: ['arxiv:2004.05986', 'arxiv:2311.09476'],
  },
  // Search results whose titles link to the publisher: each title is marked for its text, and
  // its "[PDF] arxiv.org" beside it is not marked again; a result whose title is not the
  // paper's keeps its PDF link's mark (LoFTR is not in the catalog: no mark).
  {
    file: 'scholar-results.html',
    marks: [
      'Lightglue: Local feature matching at light speed',
      'SuperGlue',
      'Superglue: Learning feature matching with graph neural networks',
      '[PDF] arxiv.org',
    ],
    papers: ['arxiv:1911.11763', 'arxiv:2210.04457', 'arxiv:2306.13643'],
  },
];
