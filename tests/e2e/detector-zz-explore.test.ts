import { afterAll, beforeAll, it } from 'vitest';
import { badgeText, type DetectorEnv, markedTexts, openFixture, probes, reportedPapers, startDetectorEnv, tabIdOf, waitForStable } from './detector-harness';
let env: DetectorEnv;
beforeAll(async () => { env = await startDetectorEnv(); });
afterAll(async () => { await env?.close(); });
it('explore', async () => {
  for (const f of (process.env.PAGES ?? 'blog.html').split(',')) {
    const { page, pageErrors } = await openFixture(env, f);
    const t0 = Date.now();
    const marks = await waitForStable(() => markedTexts(page), 500);
    const tab = await tabIdOf(env, page);
    const pr = await probes(page);
    console.log(f, Date.now() - t0, JSON.stringify(marks, null, 1), await badgeText(env, tab), await reportedPapers(env, tab), pageErrors, pr.errors, pr.initialHTML === pr.currentHTML, env.session.errors);
    await page.close();
  }
});
