// Popup search: speed, words, typos, filters, results, the shared details view, and a keyboard-only journey.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension } from './browser';
import { entryTitles, openReadyPopup, resultTitles } from './popup-helpers';

let session: ExtensionSession;
let popup: Page;

beforeAll(async () => {
  session = await launchWithExtension();
  popup = await openReadyPopup(session);
});
afterAll(async () => {
  await session?.close();
});

const box = () => popup.getByRole('combobox', { name: 'Search papers' });
async function search(query: string): Promise<string[]> {
  await box().fill(query);
  await popup.waitForFunction(
    (q) => (document.querySelector('.pp-search-input') as HTMLInputElement | null)?.value === q,
    query,
  );
  return resultTitles(popup);
}
const years = () => popup.locator('[role="option"] .pp-dot').allTextContents();
/** Tab until the focused element's text is `label` (a keyboard user's way to reach a control). */
async function tabTo(label: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await popup.keyboard.press('Tab');
    const text = await popup.evaluate(() => document.activeElement?.textContent?.trim());
    if (text === label) return;
  }
  throw new Error(`e2e: Tab never reached "${label}"`);
}

describe('popup search', () => {
  it('is interactive with first results within 100 ms of opening, and answers a query from the saved index', async () => {
    const runs: Array<{ ready: number; index: number }> = [];
    for (let i = 0; i < 3; i++) {
      const page = await openReadyPopup(session, '?q=lightglue');
      runs.push(
        await page.evaluate(() => {
          const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
          const start = at('paperlens:popup-start');
          return { ready: at('paperlens:popup-ready') - start, index: at('paperlens:popup-index') - start };
        }),
      );
      expect(await resultTitles(page)).toContain('LightGlue: Local Feature Matching at Light Speed');
      await page.close();
    }
    const fmt = (n: number) => n.toFixed(0);
    console.info(
      `popup (ms after its script starts): ${runs.map((r) => `results ${fmt(r.ready)}, index ${fmt(r.index)}`).join('; ')}`,
    );
    // The catalog and its saved index ship inside the popup: no round trip before the first results.
    expect(Math.min(...runs.map((r) => r.ready))).toBeLessThan(100);
    expect(Math.min(...runs.map((r) => r.index))).toBeLessThan(250);
  });

  it('focuses the box on open and shows the newest papers and filter hints before typing', async () => {
    expect(await popup.evaluate(() => document.activeElement?.className)).toContain('pp-search-input');
    expect(await popup.locator('[role="option"]').count()).toBe(20);
    expect(await popup.locator('.pp-hint').count()).toBeGreaterThan(3);
  });

  it('finds papers by words and highlights the matched words in the title', async () => {
    expect((await search('superglue benchmark'))[0]).toBe(
      'SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding Systems',
    );
    const marks = await popup.locator('[role="option"]').first().locator('mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['SuperGLUE', 'Benchmark']));
    expect((await search('superglue sarlin'))[0]).toBe(
      'SuperGlue: Learning Feature Matching with Graph Neural Networks',
    );
  });

  it('names the matched author even when the paper has many authors', async () => {
    // James Laudon is the last of ten authors: the line keeps the first author and shows him after a gap.
    expect((await search('laudon'))[0]).toBe('Mixture-of-Experts with Expert Choice Routing');
    const authors = popup.locator('[role="option"]').first().locator('.pp-authors');
    expect(await authors.textContent()).toBe('Yanqi Zhou, … James Laudon');
    expect(await authors.locator('mark').allTextContents()).toEqual(['Laudon']);
    // The same for the author filter the popup suggests, and beside an early match.
    expect(await search('author:laudon')).toEqual(['Mixture-of-Experts with Expert Choice Routing']);
    expect(await authors.textContent()).toBe('Yanqi Zhou, … James Laudon');
    await search('tao laudon');
    expect(await authors.textContent()).toBe('Yanqi Zhou, Tao Lei, … James Laudon');
  });

  it('tolerates typos and prefixes', async () => {
    expect((await search('lightgloe'))[0]).toBe('LightGlue: Local Feature Matching at Light Speed');
    expect((await search('ligh'))[0]).toBe('LightGlue: Local Feature Matching at Light Speed');
  });

  it('finds a paper by a word and its year or venue, as people remember it', async () => {
    expect(await search('glue 2018')).toEqual([
      'GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding',
    ]);
    expect((await search('lightglue iccv'))[0]).toBe('LightGlue: Local Feature Matching at Light Speed');
  });

  it('finds a paper by a name its abstract coins (P-tuning, CrossTask), above papers that only use it', async () => {
    expect((await search('P-tuning'))[0]).toBe('GPT Understands, Too');
    expect((await search('crosstask'))[0]).toBe('Cross-task weakly supervised learning from instructional videos');
  });

  it('finds a paper by arXiv id, DOI or URL, and nothing for an unknown id', async () => {
    expect(await search('arXiv:2306.13643')).toEqual(['LightGlue: Local Feature Matching at Light Speed']);
    expect(await search('https://arxiv.org/abs/1905.00537v2')).toEqual([
      'SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding Systems',
    ]);
    expect(await search('10.18653/v1/2022.emnlp-main.758')).toEqual([
      'XPrompt: Exploring the Extreme of Prompt Tuning',
    ]);
    expect(await search('2401.99999')).toEqual([]);
    expect(await popup.locator('.pp-empty-title').textContent()).toBe('“2401.99999” is not in the catalog');
  });

  it('says when a pasted reference is to a paper the catalog lacks, and never for one it has', async () => {
    const notice = popup.locator('.pp-search-notice');
    const bert =
      'Jacob Devlin, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. 2019. BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding. In NAACL.';
    expect((await search(bert)).length).toBeGreaterThan(0);
    expect(await notice.textContent()).toBe(
      'This reference is not in the catalog. The papers below share words with it.',
    );
    const lightglue =
      'P. Lindenberger, P.-E. Sarlin, and M. Pollefeys, "LightGlue: Local feature matching at light speed," in Proc. ICCV, 2023';
    expect((await search(lightglue))[0]).toBe('LightGlue: Local Feature Matching at Light Speed');
    expect(await notice.count()).toBe(0);
  });

  it('finds the paper of a pasted reference first, and the papers of an author named in full', async () => {
    // As copied from a paper's bibliography: initials, "and", a quoted title, "in Proc.", venue and year.
    const reference =
      'P. Lindenberger, P.-E. Sarlin, and M. Pollefeys, "LightGlue: Local feature matching at light speed," in Proc. ICCV, 2023';
    expect((await search(reference))[0]).toBe('LightGlue: Local Feature Matching at Light Speed');
    // PaperLens's own "Copy citation", its arXiv id among the words.
    const citation =
      'Fu, D. Y., Dao, T., Saab, K. K., et al. (2022). Hungry Hungry Hippos: Towards Language Modeling with State Space Models. ICLR 2023. arXiv:2212.14052.';
    expect((await search(citation))[0]).toBe('Hungry Hungry Hippos: Towards Language Modeling with State Space Models');
    // "Christopher Ré" is one author: not Christopher Potts with "Re…" from "Retrieval".
    expect((await search('Christopher Ré')).sort()).toEqual([
      'Hungry Hungry Hippos: Towards Language Modeling with State Space Models',
      'Understanding and Improving Information Transfer in Multi-Task Learning',
    ]);
  });

  it('shows authors, year, venue and TL;DR on each result', async () => {
    await search('superglue benchmark');
    const card = popup.locator('[role="option"]').first();
    expect(await card.locator('.pp-authors').textContent()).toBe('Alex Wang, Yada Pruksachatkun et al.');
    expect(await card.locator('.pp-dot').textContent()).toContain('2019');
    expect(((await card.locator('.pp-result-tldr').textContent()) ?? '').length).toBeGreaterThan(20);
  });

  it('combines filters with words: year, author, tag', async () => {
    const matching2023 = await search('feature matching year:2023');
    expect(matching2023).toContain('LightGlue: Local Feature Matching at Light Speed');
    expect((await years()).every((y) => y.includes('2023'))).toBe(true);
    const sarlin = await search('author:sarlin');
    expect(sarlin).toEqual(
      expect.arrayContaining([
        'SuperGlue: Learning Feature Matching with Graph Neural Networks',
        'LightGlue: Local Feature Matching at Light Speed',
      ]),
    );
    expect(await search('tag:moe')).toContain('ST-MoE: Designing Stable and Transferable Sparse Expert Models');
    await search('year:>=2022 tag:moe');
    expect((await years()).every((y) => Number(/\d{4}/.exec(y)?.[0]) >= 2022)).toBe(true);
    expect(await search('author:sarlin year:>=2022')).toEqual(['LightGlue: Local Feature Matching at Light Speed']);
  });

  it('says what is wrong with a bad filter, and when nothing matches', async () => {
    await search('year:soon');
    expect(await popup.locator('.pp-warning').textContent()).toContain('year filter "soon" is not a year or range');
    await search('zzzqqxv');
    expect(await popup.locator('.pp-empty').textContent()).toContain('No papers match');
    // It suggests removing a filter only when the search has one.
    expect(await popup.locator('.pp-empty').textContent()).not.toContain('filter');
    await search('zzzqqxv year:2020');
    expect(await popup.locator('.pp-empty').textContent()).toContain('remove a filter');
  });

  it('treats a filter chip that still needs its value as pending, not as an error', async () => {
    await search('');
    await popup.locator('.pp-hint', { hasText: /^author:$/ }).click();
    expect(await box().inputValue()).toBe('author:');
    // The browse state stays: newest papers and the chips, a prompt for the value, no warning.
    expect(await popup.locator('.pp-warning').count()).toBe(0);
    expect(await popup.locator('.pp-empty').count()).toBe(0);
    expect(await popup.locator('.pp-hint').count()).toBeGreaterThan(3);
    expect(await popup.locator('[role="option"]').count()).toBe(20);
    expect(await popup.locator('.pp-section-label').textContent()).toContain('Type a name after author:');
    // With other words, their results show, still without a warning.
    expect(await search('lightglue tag:')).toContain('LightGlue: Local Feature Matching at Light Speed');
    expect(await popup.locator('.pp-warning').count()).toBe(0);
    expect(await search('author:pollefeys')).toContain('LightGlue: Local Feature Matching at Light Speed');
  });

  it('opens the shared details view on click, saves from it, and shows saved state and list/status filters', async () => {
    await search('lightglue');
    await popup.locator('[role="option"]').first().click();
    const card = popup.locator('.pp-details .pl-card');
    expect(await card.locator('h2').textContent()).toBe('LightGlue: Local Feature Matching at Light Speed');
    await card.getByRole('button', { name: 'Save', exact: true }).click();
    await card.getByText('Saved in').waitFor();
    await card.locator('select.pl-select').first().selectOption('read');
    await popup.getByRole('button', { name: /Back/ }).click();
    const first = popup.locator('[role="option"]').first();
    await first.locator('.pp-saved-badge').waitFor();
    expect(await first.locator('.pp-saved-badge').textContent()).toContain('Saved in Reading list · Read');
    expect(await search('list:"reading list" status:read')).toEqual([
      'LightGlue: Local Feature Matching at Light Speed',
    ]);
    expect(await search('list:"reading list" status:to-read')).toEqual([]);
  });

  it('shows the "/" key hint in an empty search box only, not over what is typed', async () => {
    const hint = popup.locator('.pp-kbd');
    await search('');
    expect(await hint.isVisible()).toBe(true);
    await search('lightglue');
    expect(await hint.isVisible()).toBe(false);
    await search('');
  });

  it('drops authors whole where the line is short of room, not cut after a comma', async () => {
    await search('2023');
    const lines = await popup
      .locator('[role="option"] .pp-authors')
      .evaluateAll((els) => els.map((el) => ({ text: el.textContent, cut: el.scrollWidth > el.clientWidth })));
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.filter((line) => line.cut)).toEqual([]);
    // LightGlue's three long names do not fit beside "ICCV 2023".
    expect(lines.map((line) => line.text)).toContain('Philipp Lindenberger et al.');
  });

  it('gives a cut author line its whole text as a tooltip, and an uncut year and venue none', async () => {
    // The matched author keeps its place, so this line is still cut at its end.
    await search('khattab');
    const result = popup.locator('[role="option"]').first();
    const authors = result.locator('.pp-authors');
    expect(await authors.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await authors.hover();
    expect(await authors.getAttribute('title')).toBe('Jon Saad-Falcon, Omar Khattab, Christopher Potts, Matei Zaharia');
    // The venue keeps its width (up to 60% of the line): whole, so no tooltip.
    const venue = result.locator('.pp-dot');
    expect(await venue.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
    await venue.hover();
    expect(await venue.getAttribute('title')).toBeNull();
  });

  /** SuperGLUE's details, then its first related paper's; back with `first`, then with `second`. */
  async function relatedAndBack(first: string, second: string) {
    await search('superglue benchmark');
    await popup.locator('[role="option"]').first().click();
    const related = popup.locator('.pl-related-button').first();
    const relatedTitle = (await related.locator('.pl-related-title').textContent()) ?? '';
    await related.click();
    await popup.waitForFunction((t) => document.querySelector('#pp-details-title')?.textContent === t, relatedTitle);
    await popup.keyboard.press(first);
    await popup.waitForFunction(() =>
      document.querySelector('#pp-details-title')?.textContent?.startsWith('SuperGLUE'),
    );
    await popup.keyboard.press(second);
    await popup.locator('[role="listbox"]').waitFor();
  }

  it('opens related papers from details and goes back step by step', async () => {
    await relatedAndBack('Escape', 'Escape');
  });

  it('goes back from details with Backspace and Alt+Left too (Firefox closes the popup on Escape)', async () => {
    await relatedAndBack('Backspace', 'Alt+ArrowLeft');
    // In the search box, Backspace edits the query.
    expect(await popup.getByLabel('Search papers').inputValue()).toBe('superglue benchmark');
    await popup.getByLabel('Search papers').press('Backspace');
    expect(await popup.getByLabel('Search papers').inputValue()).toBe('superglue benchmar');
  });
});

describe('popup keyboard-only journey', () => {
  it('searches, opens, saves, goes back, switches views, reorders and returns with /', async () => {
    const page = await openReadyPopup(session);
    popup = page;
    await page.keyboard.type('xprompt');
    await page.waitForFunction(() => document.querySelectorAll('[role="option"]').length > 0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('[aria-selected="true"] .pp-result-title').textContent()).toMatch(/^XPrompt/);
    await page.keyboard.press('Enter');
    await page.locator('#pp-details-title').waitFor();
    // Details open at the top: the Back button is whole, below the tab bar.
    await page.waitForFunction(() => document.getAnimations().length === 0); // the slide-in
    const [backTop, barBottom] = await page.evaluate(() => [
      document.querySelector('.pp-back')?.getBoundingClientRect().top ?? -1,
      document.querySelector('.pp-panel-area')?.getBoundingClientRect().top ?? 0,
    ]);
    expect(backTop).toBeGreaterThanOrEqual(barBottom ?? 0);
    await tabTo('Save');
    await page.keyboard.press('Enter');
    await page.locator('.pp-details').getByText('Saved in').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.classList.contains('pp-search-input'));
    // Second paper, then to the Lists tab with the arrow keys of the tablist.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('st-moe designing');
    await page.waitForFunction(() =>
      document.querySelector('[role="option"][aria-selected="true"]')?.textContent?.includes('ST-MoE'),
    );
    await page.keyboard.press('Enter');
    await tabTo('Save');
    await page.keyboard.press('Enter');
    await page.locator('.pp-details').getByText('Saved in').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.classList.contains('pp-search-input'));
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    await page.keyboard.press('End');
    await page.locator('.pp-entry').first().waitFor();
    expect((await entryTitles(page)).length).toBeGreaterThanOrEqual(2);
    const before = await entryTitles(page);
    await tabTo(before[0] ?? '');
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForFunction((t) => document.querySelectorAll('.pp-entry-title')[1]?.textContent === t, before[0]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(before[0]);
    await page.keyboard.press('/');
    await page.locator('[role="listbox"]').waitFor();
    // Focus moves in the next animation frame, after the search view has rendered.
    await page.waitForFunction(() => document.activeElement?.classList.contains('pp-search-input'));
  });

  it('logged no console error', () => {
    expect(session.errors).toEqual([]);
  });
});
