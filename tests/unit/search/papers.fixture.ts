// A small, realistic catalog shared by the search and export tests.
import type { Paper } from '../../../lib/catalog/types';

const arxiv = (id: string) => ({ arxiv: `https://arxiv.org/abs/${id}`, pdf: `https://arxiv.org/pdf/${id}` });

export const PAPERS: Paper[] = [
  {
    id: 'arxiv:1905.00537',
    title: 'SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding Systems',
    abstract:
      'In the last year, new models and methods for pretraining and transfer learning have driven striking performance improvements across a range of language understanding tasks. We present SuperGLUE, a new benchmark styled after GLUE with a new set of more difficult language understanding tasks.',
    tldr: 'SuperGLUE is a harder successor to the GLUE benchmark.',
    authors: [
      'Alex Wang',
      'Yada Pruksachatkun',
      'Nikita Nangia',
      'Amanpreet Singh',
      'Julian Michael',
      'Felix Hill',
      'Omer Levy',
      'Samuel R. Bowman',
    ],
    year: 2019,
    venue: 'NeurIPS 2019',
    arxivId: '1905.00537',
    links: arxiv('1905.00537'),
    shortName: 'SuperGLUE',
    tags: ['SuperGLUE', 'GLUE', 'benchmark', 'natural language understanding'],
  },
  {
    id: 'arxiv:1911.11763',
    title: 'SuperGlue: Learning Feature Matching with Graph Neural Networks',
    abstract:
      'This paper introduces SuperGlue, a neural network that matches two sets of local features by jointly finding correspondences and rejecting non-matchable points.',
    tldr: 'A graph neural network that matches local features.',
    authors: ['Paul-Edouard Sarlin', 'Daniel DeTone', 'Tomasz Malisiewicz', 'Andrew Rabinovich'],
    year: 2020,
    venue: 'CVPR 2020',
    arxivId: '1911.11763',
    doi: '10.1109/CVPR42600.2020.00499',
    links: { ...arxiv('1911.11763'), code: 'https://github.com/magicleap/SuperGluePretrainedNetwork' },
    shortName: 'SuperGlue',
    tags: ['feature matching', 'graph neural networks'],
  },
  {
    id: 'arxiv:2306.13643',
    title: 'LightGlue: Local Feature Matching at Light Speed',
    abstract:
      'We introduce LightGlue, a deep neural network that learns to match local features across images. We revisit multiple design decisions of SuperGlue and derive simple but effective improvements.',
    tldr: 'A faster, adaptive successor to SuperGlue.',
    authors: ['Philipp Lindenberger', 'Paul-Edouard Sarlin', 'Marc Pollefeys'],
    year: 2023,
    venue: 'ICCV 2023',
    arxivId: '2306.13643',
    links: { ...arxiv('2306.13643'), code: 'https://github.com/cvg/LightGlue' },
    shortName: 'LightGlue',
    tags: ['feature matching'],
  },
  {
    id: 'arxiv:2202.08906',
    title: 'ST-MoE: Designing Stable and Transferable Sparse Expert Models',
    abstract:
      'Scale has opened new frontiers in natural language processing, but at a high cost. Mixture-of-Experts and Switch Transformers have been proposed as an energy efficient path to even larger models, but training instabilities have hindered their use. We reach state of the art on SuperGLUE.',
    tldr: 'A stable recipe for training sparse expert models.',
    authors: [
      'Barret Zoph',
      'Irwan Bello',
      'Sameer Kumar',
      'Nan Du',
      'Yanping Huang',
      'Jeff Dean',
      'Noam Shazeer',
      'William Fedus',
    ],
    year: 2022,
    arxivId: '2202.08906',
    links: arxiv('2202.08906'),
    shortName: 'ST-MoE',
    tags: ['mixture-of-experts', 'SuperGLUE'],
  },
  {
    id: 'arxiv:2210.04457',
    title: 'XPrompt: Exploring the Extreme of Prompt Tuning',
    abstract:
      'Prompt tuning learns soft prompts to condition frozen pre-trained language models for specific downstream tasks. We propose XPrompt, a prompt tuning model under the regime of the lottery ticket hypothesis, evaluated on SuperGLUE.',
    tldr: 'Pruning negative prompt tokens makes prompt tuning competitive.',
    authors: ['Fang Ma', 'Chen Zhang', 'Lei Ren', 'Jingang Wang', 'Qifan Wang', 'Wei Wu', 'Xiaojun Quan', 'Dawei Song'],
    year: 2022,
    venue: 'EMNLP 2022',
    arxivId: '2210.04457',
    links: arxiv('2210.04457'),
    shortName: 'XPrompt',
    tags: ['prompt tuning', 'SuperGLUE'],
  },
  {
    id: 'arxiv:1804.07461',
    title: 'GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding',
    abstract:
      'For natural language understanding technology to be maximally useful, it must be able to process language in a way that is not exclusive to a single task. We introduce the General Language Understanding Evaluation benchmark.',
    tldr: 'A multi-task benchmark for language understanding.',
    authors: ['Alex Wang', 'Amanpreet Singh', 'Julian Michael', 'Felix Hill', 'Omer Levy', 'Samuel R. Bowman'],
    year: 2018,
    venue: 'ICLR 2019',
    arxivId: '1804.07461',
    links: arxiv('1804.07461'),
    shortName: 'GLUE',
    tags: ['GLUE', 'benchmark'],
  },
  {
    id: 'arxiv:2104.08691',
    title: 'The Power of Scale for Parameter-Efficient Prompt Tuning',
    abstract:
      'In this work, we explore prompt tuning, a simple yet effective mechanism for learning soft prompts to condition frozen language models to perform specific downstream tasks.',
    tldr: 'Prompt tuning matches model tuning as models grow.',
    authors: ['Brian Lester', 'Rami Al-Rfou', 'Noah Constant'],
    year: 2021,
    venue: 'EMNLP 2021',
    arxivId: '2104.08691',
    links: arxiv('2104.08691'),
    tags: ['prompt tuning', 'SuperGLUE'],
  },
  {
    id: 'arxiv:2304.07193',
    title: 'DINOv2: Learning Robust Visual Features without Supervision',
    abstract:
      'The recent breakthroughs in natural language processing for model pretraining on large quantities of data have opened the way for similar foundation models in computer vision.',
    tldr: 'Self-supervised visual features that work out of the box.',
    authors: ['Maxime Oquab', 'Timothée Darcet', 'Théo Moutakanni', 'Huy Vo'],
    year: 2023,
    venue: 'Transactions on Machine Learning Research',
    arxivId: '2304.07193',
    links: { ...arxiv('2304.07193'), code: 'https://github.com/facebookresearch/dinov2' },
    shortName: 'DINOv2',
    tags: ['self-supervised learning', 'foundation models'],
  },
];

export const paperById = (id: string): Paper => {
  const paper = PAPERS.find((p) => p.id === id);
  if (!paper) throw new Error(`fixture: no paper ${id}`);
  return paper;
};

export const PAPER_MAP = new Map(PAPERS.map((p) => [p.id, p]));
