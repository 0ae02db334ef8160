import { describe, expect, it } from 'vitest';
import { applyEvidencePolicy, hasLocalEvidence, type Mention, needsEvidence } from '../../../lib/detect';
import { citesOtherWork, citesThisWork, judgeEvidence, localEvidence } from '../../../lib/detect/evidence';

describe('needsEvidence', () => {
  it.each([
    ['WARP', true],
    ['Warp', true],
    ['CLUE', true],
    ['GLUE', true],
    ['Ares', true],
    ['ARES', true],
    ['SPT', true],
    ['T5', true],
    // Coined: a capital after a small letter.
    ['ExT5', false],
    ['MuLD', false],
    ['HaT5', false],
    ['Atlas', true],
    ['Alpaca', true],
    ['SuperGLUE', false],
    ['SuperGlue', false],
    ['XPrompt', false],
    ['LightGlue', false],
    ['ST-MoE', false],
    ['WebArena', false],
    ['ERNIE 3.0', false],
    ['DOLOMITES', true],
    ['LEPISZCZE', true],
  ])('%s -> %s', (name, weak) => {
    expect(needsEvidence(name)).toBe(weak);
  });
});

describe('hasLocalEvidence', () => {
  it.each([
    ['', ' (Hambardzumyan et al., 2021)', true],
    ['results on ', ' [3]', true],
    ['as in ', ' [3, 12]', true],
    ['', ' (Xu et al., 2020)', true],
    ['Wang et al. introduced ', '', true],
    ['(', ' 2021)', true],
    ['', ' (Smith and Lee, 2019a)', true],
    ['see Liu, 2021; ', '', true],
    ['', ' — arXiv preprint', true],
    ['the ', ' benchmark', true],
    ['', ' leaderboard', true],
    ['the ', ' RTE task is hard', true],
    ['on the ', ' MNLI-m dev set', true],
    ['the ', ' CoLA and SST-2 tasks', true],
    ['results on ', ' RTE/WNLI tasks', true],
    ['', ' on the same tasks', false],
    ['the ', ' Task Force', false],
    ['the ', ' K27M validation set had 40 patients', false],
    ['the ', ' G34R and K27M tasks', false],
    ['split by ', ' N60 test sets', false],
    ['the ', ' RTE', false],
    ['fine-tuned on ', '', true],
    ['', ' drive', false],
    ['a ', '', false],
    ['', ' code', false],
    ['', ', god of war', false],
    ['In 2021 the ', ' factor rose', false],
    ['He paid $3 [sic] ', '', false],
    ['', ' (see above)', false],
    // Capitals-only text: a bracketed year is no citation there.
    ['BEST ', ' FOR WOOD (Updated 2024)', false],
    ['(1991). ', ' SPEED, MR. SULU!', false],
    ['STATE OF THE ', ' (2021)', false],
    // ...but capitals next to ordinary text are still names.
    ['We use ', ' (Wang et al., 2018)', true],
    ['', ' (ACL, 2021)', true],
    ['', '（Xu et al., 2020）', true],
    ['在', '數據集上評測', true],
    ['', ' 벤치마크에서 평가했다', true],
    ['', ' 데이터셋으로 미세조정했다', true],
  ])('%j ... %j -> %s', (before, after, ok) => {
    expect(hasLocalEvidence(before, after)).toBe(ok);
  });

  it.each([
    // A citation of another work nearby: its years are all another paper's.
    ['Trimethylation of histone ', ' at lysine 27 (Smith et al., 2019) silences', 2022, false],
    ['', ' 9 in "The Cage" (1965); see Okuda et al.', 2021, false],
    // arXiv and venue years differ by one; a citation without a year counts as before.
    ['We use ', ' (Wang et al., 2018)', 2019, true],
    ['Wang et al. introduced ', '', 2019, true],
    ['', ' (Smith, 2010; Wang et al., 2019)', 2019, true],
    // Signs without a year count whatever the years nearby.
    ['', ' [3], unlike Smith et al. (2010)', 2022, true],
    ['', ' benchmark (Smith, 2010)', 2022, true],
  ])('%j ... %j, paper of %s -> %s', (before, after, year, ok) => {
    expect(hasLocalEvidence(before, after, year)).toBe(ok);
  });

  it.each([
    ['the ', ' benchmark [3]', 'named'],
    ['reading the ', ' paper this week', 'named'],
    ['a roll of ', ' paper towels', null],
    ['', ' (arXiv:1804.07461)', 'named'],
    ['在', '基准上', 'named'],
    ['histone ', ' at lysine 27 (Zhou et al., 2018)', 'cited'],
    // A numeric citation is all the footnotes of any field have.
    ['histone ', ' at lysine 27 [12]', 'numbered'],
    ['The ', ' collaboration [12] released', 'numbered'],
    ['as reported for ', ' [3]', 'numbered'],
    ['', ' (Wang et al., 2018)', 'cited'],
    ['a ', ' drive', null],
  ])('%j ... %j is %s', (before, after, kind) => {
    expect(localEvidence(before, after, 2018)).toBe(kind);
  });

  it('only looks ~60 chars away', () => {
    expect(hasLocalEvidence('', ` ${'x'.repeat(70)} et al.`)).toBe(false);
    expect(hasLocalEvidence(`et al. ${'x'.repeat(70)} `, '')).toBe(false);
  });
});

describe('citesOtherWork', () => {
  it.each([
    [' (Ramé et al., 2024) aligns rewards', 2021, true],
    [' (Hasbro, 2023)', 2020, true],
    [' [Ramé et al. 2024]', 2021, true],
    [' (Hambardzumyan et al., 2021)', 2021, false],
    // arXiv and venue years differ by one.
    [' (Wang et al., 2019)', 2018, false],
    [' (2017; 2021)', 2021, false],
    [' benchmark (2024)', 2018, false],
    [' (see above)', 2021, false],
    [' (Ramé et al., 2024)', undefined, false],
    ['（Ramé et al., 2024）是一篇论文', 2021, true],
    [' (Smith and Jones 2024)', 2021, true],
    [' (2024)', 2021, true],
    // A note with a year in brackets is no citation of another work.
    [' (2024 leaderboard snapshot) numbers', 2018, false],
    [' (as of 2024)', 2018, false],
  ])('%j, paper of %s -> %s', (after, year, other) => {
    expect(citesOtherWork(after, year)).toBe(other);
  });
});

describe('applyEvidencePolicy', () => {
  const text = `WARP helps.${' '.repeat(70)}The XPrompt method too.`;
  const warp: Mention = { paperId: 'warp', kind: 'short', start: 0, end: 4, shortName: 'WARP' };
  const xp: Mention = { paperId: 'xp', kind: 'short', start: 86, end: 93, shortName: 'XPrompt' };
  const title: Mention = { paperId: 't', kind: 'title', start: 90, end: 98 };

  it('drops weak names without evidence, keeps strong names and titles', () => {
    expect(applyEvidencePolicy([warp, xp, title], new Set(), text)).toEqual([xp, title]);
  });

  it('keeps a weak name in the company of another paper: "GLUE, SuperGLUE and CLUE" is a list of benchmarks', () => {
    const list = 'We run GLUE, SuperGLUE and CLUE nightly.';
    const glue: Mention = { paperId: 'glue', kind: 'short', start: 7, end: 11, shortName: 'GLUE' };
    const superglue: Mention = { paperId: 'sg', kind: 'short', start: 13, end: 22, shortName: 'SuperGLUE' };
    const clue: Mention = { paperId: 'clue', kind: 'short', start: 27, end: 31, shortName: 'CLUE' };
    expect(applyEvidencePolicy([glue, superglue, clue], new Set(), list)).toEqual([glue, superglue, clue]);
    // Company is within a sentence: "aka P-tuning. I use WARP terminal btw." is two remarks.
    const remark = 'aka SuperGLUE. I use CLUE cards btw.';
    const sg2: Mention = { ...superglue, start: 4, end: 13 };
    const clue2: Mention = { ...clue, start: 21, end: 25 };
    expect(applyEvidencePolicy([sg2, clue2], new Set(), remark)).toEqual([sg2]);
    // Two weak names do not vouch for each other.
    expect(applyEvidencePolicy([glue, clue], new Set(), 'We use GLUE and CLUE at home.')).toEqual([]);
  });

  it('drops a weak name that a hyphen continues into a longer name ("GLUE-X"), keeps "GLUE-style"', () => {
    const glue = (end: number): Mention => ({ paperId: 'glue', kind: 'short', start: 0, end, shortName: 'GLUE' });
    expect(applyEvidencePolicy([glue(4)], new Set(['glue']), 'GLUE-X: Evaluating OOD robustness')).toEqual([]);
    expect(applyEvidencePolicy([glue(4)], new Set(['glue']), 'GLUE-2 results')).toEqual([]);
    expect(applyEvidencePolicy([glue(4)], new Set(['glue']), 'GLUE-style tasks')).toEqual([glue(4)]);
  });

  it('keeps a weak name when the paper is known on the page', () => {
    expect(applyEvidencePolicy([warp], new Set(['warp']), text)).toEqual([warp]);
  });

  it('drops a weak name whose attached citation is of another year, even with page evidence', () => {
    const cited = 'WARP (Ramé et al., 2024) aligns rewards.';
    const later: Mention = { ...warp, year: 2021 };
    expect(applyEvidencePolicy([later], new Set(['warp']), cited)).toEqual([]);
    expect(applyEvidencePolicy([later], new Set(), 'WARP (Hambardzumyan et al., 2021) prompts.')).toEqual([later]);
  });
});

describe('evidence: what a review found', () => {
  /** The evidence judged for `weak` next to the distinctive name `strong` in `text`. */
  function weakEvidence(text: string, weak: string, strong: string) {
    const at = (s: string) => text.indexOf(s);
    const ms: Mention[] = [
      {
        paperId: 'w',
        kind: 'short' as const,
        start: at(weak),
        end: at(weak) + weak.length,
        shortName: weak,
        year: 2021,
      },
      { paperId: 's', kind: 'short' as const, start: at(strong), end: at(strong) + strong.length, shortName: strong },
    ].sort((a, b) => a.start - b.start);
    return judgeEvidence(ms, text)[ms.findIndex((m) => m.paperId === 'w')];
  }

  it.each([
    ['Acetylation of histone ', ' returned to baseline within 2 h'],
    ['Serum ', ' levels were measured at baseline and'],
  ])('a clinical baseline names no research work: %j … %j', (before, after) => {
    expect(localEvidence(before, after, 2022)).toBeNull();
  });

  it('"baselines" next to the name names it; "baseline model" further off says nothing', () => {
    expect(localEvidence('We compare to ', ' and other baselines', 2022)).toBe('named');
    expect(localEvidence('', ' is our baseline model', 2022)).toBeNull();
  });

  it.each([
    // Research words name the work right next to it...
    ['We evaluate on the ', ' benchmark.', 'named'],
    ['Benchmarks such as ', ' are saturated.', 'named'],
    ['We evaluate our model on ', ' and report dev scores.', 'named'],
    ['Adapters match full fine-tuning within 0.4 points on ', '.', 'named'],
    ['It set a new SOTA on ', ' in 2021.', 'named'],
    // ...further off in its sentence, or in the next sentence, they say nothing (a biology page's
    // datasets, a shop's tests, a university's imaging dataset).
    ['We reanalysed ', ' ChIP-seq datasets from ENCODE.', null],
    ['In our benchmark tests, 30 ', ' sticks from five brands were compared.', null],
    ['Thanks to collaborators from ', ' Bristol on the new fluorescence imaging dataset.', null],
    ['Includes 30 ', ' sticks. Compare them in our benchmark tests.', null],
    ['Nucleosomes contain H2A, H2B and H4 [1]. Trimethylation of histone ', ' occurs at lysine 27.', null],
    ['Nucleosomes contain H2A, H2B and H4 [1]. ', ' is trimethylated at lysine 27.', null],
    ['Jones A, et al. (2019) Histone ', ' variants. Cell 186:99. doi:10.1016/j.cell.2019.01.001', null],
    ['', ' is described in doi:10.18653/v1/2021.acl-long.381', 'cited'],
  ])('%j … %j is %s', (before, after, kind) => {
    expect(localEvidence(before, after, 2021)).toBe(kind);
  });

  it.each([
    ['I use WARP terminal and it keeps suggesting LightGlue install commands', 'WARP', 'LightGlue', 'none'],
    ['The WARP drive of the ship we saw in the XPrompt demo video', 'WARP', 'XPrompt', 'none'],
    ['The ARES mission would fly over Mars, as XPrompt did not.', 'ARES', 'XPrompt', 'none'],
    ['The SPT collaboration [12] and XPrompt [3].', 'SPT', 'XPrompt', 'none'],
    ['Use an H3 heading, not XPrompt.', 'H3', 'XPrompt', 'none'],
    ['Histone H3 variants differ; XPrompt does not.', 'H3', 'XPrompt', 'none'],
    // Research nouns leave it a paper's name.
    ['WARP tasks and XPrompt.', 'WARP', 'XPrompt', 'named'],
    ['The SPT method beats XPrompt.', 'SPT', 'XPrompt', 'block'],
    // The papers' own variants, and nouns that are verbs too.
    ['An H3 variant with FlashConv beats XPrompt.', 'H3', 'XPrompt', 'block'],
    ['A WARP variant and XPrompt.', 'WARP', 'XPrompt', 'block'],
    ['WARP speeds up training, as XPrompt does.', 'WARP', 'XPrompt', 'block'],
    ['WARP drives accuracy up, and so does XPrompt.', 'WARP', 'XPrompt', 'page'],
    ['Histone H3 mutations and XPrompt.', 'H3', 'XPrompt', 'none'],
  ])(
    'a noun right after it makes the name another thing, whatever else the page says: %j',
    (text, weak, strong, evidence) => {
      expect(weakEvidence(text, weak, strong)).toBe(evidence);
    },
  );

  it('a dot and a digit make a longer name: "H3.3" is a histone variant', () => {
    const h3: Mention = { paperId: 'h3', kind: 'short', start: 12, end: 14, shortName: 'H3', year: 2022 };
    expect(judgeEvidence([h3], 'The variant H3.3 is deposited by HIRA [4].')).toEqual(['none']);
  });

  it.each([
    ['Methods like P-tuning. WARP is my terminal.', 'WARP', 'P-tuning', 'page'],
    ['The WARP one is nice. XPrompt is a paper.', 'WARP', 'XPrompt', 'page'],
    // An initial or an abbreviation ends no sentence.
    ['We compare XPrompt (B. Lester) with WARP.', 'WARP', 'XPrompt', 'block'],
    ['XPrompt, cf. WARP on the same tasks.', 'WARP', 'XPrompt', 'block'],
  ])('company ends with the sentence: %j', (text, weak, strong, evidence) => {
    expect(weakEvidence(text, weak, strong)).toBe(evidence);
  });

  it.each([
    // A list or a comparison, brackets left out...
    ['XPrompt outperforms WARP on small models.', 'WARP', 'XPrompt', 'block'],
    ['We compare XPrompt (Ma et al., EMNLP 2022; see also Table 3) with WARP.', 'WARP', 'XPrompt', 'block'],
    ['WARP, P-tuning and XPrompt train prompts.', 'WARP', 'XPrompt', 'block'],
    ['WARP got 81% on my task, XPrompt 79%.', 'WARP', 'XPrompt', 'block'],
    // ...not a remark that holds a paper's name further on.
    ['I use WARP at work and it keeps suggesting LightGlue install commands lol', 'WARP', 'LightGlue', 'page'],
    ['The WARP of the ship we saw in the XPrompt demo video', 'WARP', 'XPrompt', 'page'],
  ])('company is a list or a comparison, four words apart at most: %j', (text, weak, strong, evidence) => {
    expect(weakEvidence(text, weak, strong)).toBe(evidence);
  });

  it.each([
    ['Following Raffel et al., we train ', ' for 2000 steps', 2019],
    ['As in Raffel et al., ', ' reads 2048 tokens', 2019],
    ['In 2025 we reran ', ' as Wang et al. did', 2018],
  ])('only citations give years: %j … %j', (before, after, year) => {
    expect(localEvidence(before, after, year)).toBe('cited');
  });

  it("a citation of the paper's first author, attached, names it (and vouches across the page)", () => {
    const warp: Mention = { paperId: 'warp', kind: 'short', start: 0, end: 4, shortName: 'WARP', year: 2021 };
    const own = { ...warp, author: 'Hambardzumyan' };
    expect(judgeEvidence([own], 'WARP (Hambardzumyan et al., 2021) prompts.')).toEqual(['named']);
    // Another author of that year: another work (citations.test.ts); no author known: a citation.
    expect(judgeEvidence([own], 'WARP (Smith et al., 2021) prompts.')).toEqual(['page']);
    expect(judgeEvidence([warp], 'WARP (Hambardzumyan et al., 2021) prompts.')).toEqual(['block']);
    expect(citesThisWork('', ' (Hambardzumyan et al., 2024)', 2021, 'Hambardzumyan')).toBe(false);
  });

  it.each([
    ['', ' by Hambardzumyan et al. (2021) prompts', true],
    ['Hambardzumyan et al. (2021) introduced ', '', true],
    ['', ' (Hambardzumyan, Khachatrian, and May, 2021)', true],
    ['', ' (Hambardzumyan et al., ACL 2021)', true],
    // Another sentence, another year, or a longer name that holds the author's.
    ['Hambardzumyan et al. (2021) did it. Then ', ' came', false],
    ['', ' as Hambardzumyan et al. (2019) showed', false],
    ['', ' (Hambardzumyanova, 2021)', false],
  ])('the sentence cites the first author: %j … %j -> %s', (before, after, cited) => {
    expect(citesThisWork(before, after, 2021, 'Hambardzumyan')).toBe(cited);
  });
});
