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
    // SPT's and ARES's later bare uses. "a clue", "glue" stay unmarked.
    file: 'spelled-out.html',
    why: 'weak names introduced with their expansion',
    marks: ['SPT', 'SPT', 'ARES', 'ARES', 'CLUE'],
  },
  {
    // Unmarked: "lightglue" (lower case), "I use WARP terminal and it keeps suggesting LightGlue
    // install commands" (a remark, not a list), "glue code", "No clue", the <code>h3</code> tag, and
    // weak names said casually without evidence ("Honestly GLUE has been saturated since 2019").
    file: 'forum-thread.html',
    why: 'short names written casually in a thread, ordinary words left alone',
    marks: [
      'SuperGlue',
      'LightGlue',
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
      'LightGlue',
      'ST-MoE',
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
