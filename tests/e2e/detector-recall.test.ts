// A recall trial's pages (numeric citations, a forum thread): every mark in document order, so
// that a name's later bare uses and the words left alone are checked one by one, not as a set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DetectorEnv,
  openFixture,
  reportedPapers,
  startDetectorEnv,
  tabIdOf,
  waitForStable,
} from './detector-harness';
import { readMarks } from './marks';

const CASES: Array<{ file: string; why: string; marks: string[] }> = [
  {
    // "The SPT collaboration [12]", "histone H3 [8]", "The GLUE [7] team": a physics blog cites by
    // number too, and names no paper of the catalog.
    file: 'numbered-physics.html',
    why: 'a numeric citation alone is no mention on a page naming no paper of the catalog',
    marks: [],
  },
  {
    // "WARP [1] treats …. WARP improves on …. What I like about WARP": the reference list gives no
    // titles, XPrompt makes the page one about papers of the catalog. "don't glue" stays unmarked.
    file: 'numbered-blog.html',
    why: 'a weak name cited by number on a page naming papers of the catalog, and its later bare uses',
    marks: ['WARP', 'WARP', 'WARP', 'XPrompt', 'SPT', 'SPT', 'GLUE'],
  },
  {
    // "Semi-Parametric Prompt Tuning (SPT)", "… Framework for RAG systems (ARES)", "CLUE (Chinese
    // Language Understanding Evaluation)": each name given with its title's own expansion, and
    // SPT's and ARES's later bare uses; "the General Language Understanding Evaluation (GLUE)",
    // as GLUE's abstract spells it. Unmarked: "the Space Propulsion Technology (SPT)", though the
    // page has named SPT, and "a clue", "glue".
    file: 'spelled-out.html',
    why: 'weak names introduced with their expansion, and one spelled out as something else',
    marks: ['SPT', 'SPT', 'ARES', 'ARES', 'CLUE', 'GLUE'],
  },
  {
    // Unmarked: "lightglue" (lower case), "I use WARP terminal and it keeps suggesting LightGlue
    // install commands" (a remark, not a list), "glue code", "No clue", the <code>h3</code> tag, and
    // weak names said casually without evidence ("Honestly GLUE has been saturated since 2019").
    // "CLUE and SuperGLUE side by side" is a list, which shows CLUE there but vouches for no other
    // use ("Though CLUE is still useful", "Seconding CLUE"): a list may hold another thing of the
    // name ("LightGlue for matching and H3 for spatial indexing").
    file: 'forum-thread.html',
    why: 'short names written casually in a thread, ordinary words left alone',
    marks: [
      'SuperGlue',
      'LightGlue',
      // A bare arXiv id of a catalog paper, as threads give it.
      '2306.13643',
      'LightGlue',
      'SuperGlue',
      'SuperGlue',
      'SuperGLUE',
      'NumGLUE',
      'XGLUE',
      'RussianSuperGLUE',
      'WebArena',
      'SWE-Bench Pro',
      'LightGlue',
      // "H3 from the Hungry Hungry Hippos paper": described in its title's words.
      'H3',
      'LightGlue',
      // "Different WARP: Hambardzumyan et al. (2021) introduced WARP" names the paper (twice);
      // "Your WARP terminal" stays another thing, though the page now names WARP.
      'WARP',
      'WARP',
      'CLUE',
      'SuperGLUE',
      'ST-MoE',
    ],
  },
  {
    // Weaving's warp, the ARES Mars airplane, GLUE grid middleware, the South Pole Telescope, the
    // H3 heading, the CLUE board game: cited with other authors and years ("(Dutcher et al.,
    // 2021)" fits SPT's year, not its author), spelled out otherwise, numbered ("warp [3]").
    file: 'double-lives.html',
    why: 'a page of another field using the weak names, with citations of its own',
    marks: [],
  },
  {
    // Scholar's results for "GLUE": the benchmark (linked title, its abstract's spelled-out name),
    // a grid middleware ("GLUE: a grid middleware information model", "GLUE is a grid middleware
    // schema", "GLUE, the Grid Laboratory Uniform Environment") and a hydrology method ("GLUE is a
    // Monte Carlo method"). The page names the benchmark, which vouches for its bare uses; the
    // others are said to be things the paper is not, or spelled out as something else, and so are
    // their blocks' other bare uses ("and GLUE is used by …"). Linked titles are marked as links
    // and as text. A hydrology paper's title "GLUE: 20 years on" is its snippet's: spelled out
    // there as something else ("Generalized Likelihood Uncertainty Estimation (GLUE)").
    file: 'scholar-glue.html',
    why: 'one weak name for three things on one page',
    marks: [
      'GLUE: A multi-task benchmark and analysis platform for natural language understanding',
      'GLUE: A multi-task benchmark and analysis platform for natural language understanding',
      'GLUE',
      'GLUE',
      'SuperGLUE: A stickier benchmark for general-purpose language understanding systems',
      'SuperGLUE: A stickier benchmark for general-purpose language understanding systems',
      'GLUE',
    ],
  },
  {
    // An ar5iv rendering: names cited by number, then a numeric reference list with quoted titles,
    // arXiv ids and DOIs as text, a title with inline MathML ("Co⁴"). "The warp of our training
    // schedule" and a formula's H₃ stay unmarked.
    file: 'ar5iv-paper.html',
    why: 'numeric citations and a reference list with ids as text',
    marks: [
      'P-tuning',
      'WARP',
      'XPrompt',
      'GLUE',
      'SuperGLUE',
      'CLUE',
      'SPT',
      'ST-MoE',
      'SPT: Semi-parametric prompt tuning for multitask prompted learning',
      'arXiv:2212.10929',
      'WARP: Word-level Adversarial ReProgramming',
      'doi: 10.18653/v1/2021.acl-long.381',
      'Parameter-efficient transfer learning for NLP',
      'GPT understands, too',
      'https://doi.org/10.1016/j.aiopen.2023.08.012',
      'XPrompt: Exploring the extreme of prompt tuning',
      'SuperGLUE: A stickier benchmark for general-purpose language understanding systems',
      'GLUE: A multi-task benchmark and analysis platform for natural language understanding',
      'CLUE: A Chinese language understanding evaluation benchmark',
      'arXiv:2004.05986',
      'ST-MoE: Designing stable and transferable sparse expert models',
      'arXiv:2202.08906',
      // A range's text holds the TeX source MathML keeps, not shown, in its <annotation>.
      'Single layer tiny Co4^{4} outpaces GPT-2 and GPT-BERT',
    ],
  },
  {
    // A reading list in APA style: "Saad-Falcon et al. (2024). ARES. NAACL." names ARES across the
    // full stop. A linked "arXiv:2202.08906" is marked as a link and as text. "glue sticks",
    // "clue-hunt" stay unmarked.
    file: 'syllabus.html',
    why: 'a course reading list citing author (year). Title.',
    marks: [
      'GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding',
      'SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding Systems',
      'CLUE: A Chinese Language Understanding Evaluation Benchmark',
      'Parameter-Efficient Transfer Learning for NLP',
      'pdf',
      'WARP: Word-level Adversarial ReProgramming',
      'GPT Understands, Too',
      'P-tuning',
      'ST-MoE: Designing Stable and Transferable Sparse Expert Models',
      'arXiv:2202.08906',
      'arXiv:2202.08906',
      'Hungry Hungry Hippos: Towards Language Modeling with State Space Models',
      'H3',
      'ARES',
    ],
  },
  {
    // A schedule giving each title without its name ("Local Feature Matching at Light Speed" for
    // LightGlue): the rest of a "Name: …" title, long enough, is the paper by itself. Unmarked:
    // "CMMLU, a Chinese language understanding evaluation benchmark" (CLUE's subtitle, a kind of
    // thing in six words), LightGlue's subtitle after another name ("DarkGlue – …"), part of it, and
    // the subtitles as a startup's prose, banner and white paper write them (in their own casing, in
    // capitals, inside a longer title).
    file: 'reading-group.html',
    why: "titles written without their papers' names",
    marks: [
      'Local Feature Matching at Light Speed',
      'Semi-Parametric Prompt Tuning for Multitask Prompted Learning',
      'Designing Stable and Transferable Sparse Expert Models',
    ],
  },
];

let env: DetectorEnv;
beforeAll(async () => {
  env = await startDetectorEnv();
});
afterAll(async () => {
  await env?.close();
});

describe('detector: every mark of a recall trial page, in order', () => {
  for (const c of CASES) {
    it(`${c.file}: ${c.why}`, async () => {
      const { page, pageErrors } = await openFixture(env, c.file);
      // Settled as in detector-pages.test.ts: the tab's report, then the marks, stop changing.
      await waitForStable(async () => reportedPapers(env, await tabIdOf(env, page)), 400);
      const marks = await waitForStable(async () => (await readMarks(page)).map((m) => m.text), 400);
      expect(marks).toEqual(c.marks);
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  }
});
