// Sentences from a red-team review of the evidence policy (real phrasings of ML pages, and other
// fields' pages that use the same words), judged with the bundled catalog. 'named' and 'block'
// are shown, 'page' only where the page names the paper otherwise, 'none' never.
import { describe, expect, it } from 'vitest';
import { catalogEvidence } from './catalog-evidence';

describe('the evidence policy on a review of real phrasings', () => {
  it.each([
    // Scores and results on a benchmark name it.
    ['BERT obtains new state-of-the-art results on GLUE, pushing the score to 80.5%.', [['GLUE', 'named']]],
    ['Our model achieves state-of-the-art results on CLUE with half the parameters.', [['CLUE', 'named']]],
    ['Our 1.3B model scores 77.4 on CLUE, ahead of larger models.', [['CLUE', 'named']]],
    ['RoBERTa achieves a GLUE score of 88.5.', [['GLUE', 'named']]],
    ['Results are reported on the GLUE dev set.', [['GLUE', 'named']]],
    ['We fine-tune BERT-base and RoBERTa-large on GLUE with a learning rate of 2e-5.', [['GLUE', 'named']]],
    // Results on it, where the name ends its phrase: shown, vouching for nothing else, as any field
    // reports results on what it tested.
    ['Results on GLUE are shown in Table 2.', [['GLUE', 'block']]],
    ['Extensive experiments on CLUE show that our model outperforms strong baselines.', [['CLUE', 'block']]],
    ['Performance on GLUE improves by 1.2 points with the auxiliary loss.', [['GLUE', 'block']]],
    ['We report results on SPT and CPT soundings from the levee.', [['SPT', 'page']]],
    ['Query performance on H3 indexes drops at resolution 9.', [['H3', 'page']]],
    ['Further experiments on GLUE likelihood thresholds follow.', [['GLUE', 'page']]],
    ['We report results on SPT-selected galaxy clusters.', [['SPT', 'page']]],
    // A fifth realistic-pages trial (a GitHub issue): numbers on it, strong on it, and a sentence
    // that opens with it and says what was measured there. Not a soil test done well.
    ['Our numbers on GLUE are in Table 1.', [['GLUE', 'block']]],
    ['It was surprisingly strong on GLUE.', [['GLUE', 'block']]],
    ['On GLUE, our T5-base numbers are in Table 1 of the paper.', [['GLUE', 'block']]],
    ['On SPT, the borehole logs are in Appendix B.', [['SPT', 'page']]],
    ['The piles did well on SPT refusal depth tests.', [['SPT', 'page']]],
    // A vendor's product (a trial's Stack Exchange page): not the paper, wherever the page cites it.
    ['Off topic, but I landed here searching for AWS GLUE job bookmarks.', [['GLUE', 'none']]],
    ['Cloudflare WARP keeps dropping my connection.', [['WARP', 'none']]],
    // A sixth trial (a wiki, a German blog, lecture notes): the speaker's own thing, an acronym
    // spelled out with an acronym in it or after "means", German compounds of the field's nouns
    // with a citation, a room's number, an expansion three words after the name.
    ['Small correction: ARES is our alerting system.', [['ARES', 'none']]],
    // Denied in the paper's own words; not a denial of something else.
    ['Our data centre is called ARES, by the way (no, not the RAG evaluation framework).', [['ARES', 'none']]],
    ['Unser Rechenzentrum heißt übrigens „ARES“ – nein, nicht das RAG-Evaluations-Framework.', [['ARES', 'none']]],
    ['WARP is not the best method for few-shot tasks, but it is simple.', [['WARP', 'page']]],
    ['ARES is our evaluation framework for RAG.', [['ARES', 'page']]],
    ['In billing, the Customer Account ID (CAID) is a string.', [['CAID', 'none']]],
    ['In billing, CAID means Customer Account ID.', [['CAID', 'none']]],
    ['Der WARP-Ansatz (Hambardzumyan et al., 2021) war einer der ersten.', [['WARP', 'named']]],
    ['Die SPT-Methode (Bari et al., 2022) ist neu.', [['SPT', 'named']]],
    ['Please move to room H3 after the break.', [['H3', 'none']]],
    ['We use the GLUE methodology in hydrology (generalised likelihood uncertainty estimation).', [['GLUE', 'none']]],
    // A seventh trial (a Bluesky thread, Discord, a chat sidebar, Zhihu): Uber's H3 grid, by its
    // vendor (in English or Chinese) or its nouns; an acronym said to be its expansion with "is"
    // or "was the". (Another thing by one use, by the block's others too.)
    [
      "Every time H3 shows up I think of Uber's H3 hexagons.",
      [
        ['H3', 'none'],
        ['H3', 'none'],
      ],
    ],
    ['We use H3 res 9 for all our drone tiles.', [['H3', 'none']]],
    ['H3 hex grid in PostGIS', [['H3', 'none']]],
    ['我们组天天用 Uber 的 H3 做空间聚合', [['H3', 'none']]],
    [
      '不是 Uber 的 H3，是 H3 六边形网格索引。',
      [
        ['H3', 'none'],
        ['H3', 'none'],
      ],
    ],
    ['I thought SPT was the standard penetration test.', [['SPT', 'none']]],
    // An eighth trial (a Gmail inbox, comments on ARES's and H3's pages, a Distill article, an
    // arXiv listing): a product named after it, the speaker's own thing, another thing "also
    // called" so, a title about it.
    ['Your WARP+ subscription renews on Dec 1', [['WARP', 'none']]],
    ['lol I clicked because ARES is also what we call our alerting stack at work.', [['ARES', 'none']]],
    ['Funny, we call our alerting stack ARES too.', [['ARES', 'none']]],
    ['We call our method ARES, an automated RAG evaluation system.', [['ARES', 'named']]],
    [
      '(Confusingly, a 2024 paper on reinforcement learning from human feedback is also called WARP[2]; it averages rewarded policies.)',
      [['WARP', 'none']],
    ],
    ['An adversarial reprogramming approach to prompts is also called WARP.', [['WARP', 'page']]],
    [
      'Word-level Adversarial ReProgramming, also called WARP (Hambardzumyan et al., 2021), learns prompts.',
      [['WARP', 'named']],
    ],
    ['Title: Beyond CLUE: A Chinese Long-Context Understanding Benchmark', [['CLUE', 'page']]],
    ['Title: CLUE: A Chinese Long-Context Understanding Benchmark for Agents', [['CLUE', 'none']]],
    // "not my NAME" with nothing after it: the speaker's other thing; "not my GLUE score" is not.
    ['lol not my H3 — though a hippo-shaped hex grid would be cool', [['H3', 'none']]],
    ['That is not our GLUE score, it is theirs.', [['GLUE', 'named']]],
    // Chat's clipped words ("eval") echo the expansion as the full ones do.
    ['anyone using ARES for our RAG eval? someone said it beats ragas', [['ARES', 'named']]],
    ['SPT is the standard penetration test.', [['SPT', 'none']]],
    ['SPT is a Semi-Parametric Prompt Tuning method.', [['SPT', 'named']]],
    // "a WARP" and a verb: a GPU's warp (the same page's sidebar).
    ['Why is my CUDA kernel slow when a WARP diverges?', [['WARP', 'none']]],
    // A part of the method is research's noun: "the WARP verbalizer" waits for the page's evidence.
    ['The WARP verbalizer is learned.', [['WARP', 'page']]],
    // A benchmark reported (a realistic-pages trial's Reddit thread): shown, vouching for nothing else.
    ['Why does everyone still report GLUE? It has been saturated since 2019.', [['GLUE', 'block']]],
    ['The paper only reports GLUE numbers, sadly.', [['GLUE', 'block']]],
    ['We report CLUE scores for every model.', [['CLUE', 'named']]],
    ['The report GLUE numbers are wrong.', [['GLUE', 'page']]],
    ['Each lab reports SPT blow counts per borehole.', [['SPT', 'none']]],
    ['They reported H3 cells at resolution 9.', [['H3', 'none']]],
    ['We report GLUE sticks sold per year.', [['GLUE', 'page']]],
    // "NAME results" is any test's results ("The SPT results indicate medium-dense sand").
    ['GLUE results for all baselines are averaged over five seeds.', [['GLUE', 'page']]],
    ['The SPT results indicate medium-dense sand.', [['SPT', 'page']]],
    // The model tuned, when the data follows.
    ['We fine-tuned UWE on our own job-title dataset and it beat every baseline.', [['UWE', 'named']]],
    ['We fine-tuned UWE yesterday.', [['UWE', 'page']]],
    // Two words of its title together in its sentence: shown, vouching for nothing else.
    ['I did not try H3 or any state space model.', [['H3', 'block']]],
    ['WARP does adversarial reprogramming of a frozen language model.', [['WARP', 'block']]],
    ['Uber uses H3 for spatial indexing of language models.', [['H3', 'page']]],
    // A soil test's readings (geotechnics) are no paper.
    ['Liquefaction potential was evaluated with SPT blow counts and CPT soundings.', [['SPT', 'none']]],
    ['Table 2 lists the SPT N-values of each borehole.', [['SPT', 'none']]],
    ['Correlations were derived from results on SPT N values and shear-wave velocity.', [['SPT', 'none']]],
    ['Table 2 lists results on SPT (N1)60 values for each borehole.', [['SPT', 'none']]],
    ['Calibration experiments on SPT hammer energy transfer were done.', [['SPT', 'none']]],
    ['Results on SPT wheal diameters were recorded after 15 minutes.', [['SPT', 'none']]],
    // Code: a member of something is a constant.
    ['Return ElementType.BUTTON from the tool so that function calling renders it.', [['BUTTON', 'none']]],
    // A citation of another year past the evidence window, medicine's way.
    ['H3 acetylation at enhancers was mapped by Jones K, et al. Mol Cell 2019;74:1-12.', [['H3', 'page']]],
    ['H3 marks enhancers (Smith J, et al. Mol Cell. 2019 Mar 7;73(5):1001-11).', [['H3', 'page']]],
    // German compounds of the field's nouns are the benchmark, not a longer name ("GLUE-X").
    ['Auf dem GLUE-Benchmark erreicht das Modell 80,5 Punkte.', [['GLUE', 'named']]],
    ['Die CLUE-Ergebnisse zeigen einen klaren Abstand.', [['CLUE', 'page']]],
    ['GLUE-X tests out-of-distribution robustness.', [['GLUE', 'none']]],
    // A model of the paper by its size is the paper's; other numbers after a hyphen are not.
    ['We pretrain H3-125M on the Pile and compare it with GPT-Neo.', [['H3', 'named']]],
    ['H3-1.3B matches a Transformer of its size.', [['H3', 'named']]],
    ['CLUE-2 adds four tasks.', [['CLUE', 'none']]],
    ['Histone H3-K27M mutant gliomas.', [['H3', 'none']]],
    // Chinese and Japanese: results, evaluation and tasks name it as the English words do.
    ['我们的模型在CLUE上取得了最好的成绩。', [['CLUE', 'named']]],
    ['在CLUE的9个任务中，我们的模型有7个第一。', [['CLUE', 'named']]],
    ['GLUEで評価したところ、平均スコアが向上した。', [['GLUE', 'named']]],
    // Every item of a list that research words open.
    [
      'Benchmarks such as GLUE and CLUE have driven progress in NLU.',
      [
        ['GLUE', 'named'],
        ['CLUE', 'named'],
      ],
    ],
    // A citation of a result of another year, or a description, is another thing only where it
    // stands: the block's named uses stay the paper.
    [
      'The previous best result on GLUE (He et al., 2021) was 90.8; our model reaches 91.2 on the GLUE benchmark.',
      [
        ['GLUE', 'none'],
        ['GLUE', 'named'],
      ],
    ],
    // How people talk of a tool they use says nothing of what it is.
    [
      'GLUE is a joke at this point, every model gets 90+ on the GLUE leaderboard.',
      [
        ['GLUE', 'page'],
        ['GLUE', 'named'],
      ],
    ],
    [
      'CLUE is a good sanity check for Chinese models; we report all CLUE tasks.',
      [
        ['CLUE', 'page'],
        ['CLUE', 'named'],
      ],
    ],
    // Its expansion paraphrased is still its own.
    ['ARES (Automatic RAG Evaluation System) trains LM judges.', [['ARES', 'named']]],
    [
      'We build on semiparametric prompt tuning (SPT). SPT retrieves memory prompts, and we fine-tune on SPT tasks.',
      [
        ['SPT', 'named'],
        ['SPT', 'page'],
        ['SPT', 'named'],
      ],
    ],
    // Another benchmark of the same initials, another first word: another thing.
    [
      'We present the Clinical Language Understanding Evaluation (CLUE), a benchmark for LLMs on clinical tasks.',
      [['CLUE', 'none']],
    ],
    // "speed-ups" is no speed: not another thing.
    ['FlashConv gives H3 speed-ups of 2x over attention.', [['H3', 'page']]],
    // Other fields: the verb "benchmark", geotechnics' dataset, a DOI of a biology citation.
    ['We benchmark H3 against S2 and geohash for spatial indexing.', [['H3', 'page']]],
    ['We compiled a dataset of SPT N-values from 120 boreholes.', [['SPT', 'none']]],
    // A histone's H3 is the protein, whatever cites it (an eighth trial: "this is not histone H3",
    // a comment on H3's own page).
    ['Trimethylation of histone H3 (Zhou et al., 2019; doi:10.1016/j.cell.2019.01.001) is common.', [['H3', 'none']]],
    ['for the biologists who landed here from a search: this is not histone H3', [['H3', 'none']]],
    // A DOI's own year, or a medical reference's, of another year cites another paper (past the
    // evidence window too); one of the paper's year still cites it.
    ['GLUE sticks were tested for shear strength (doi:10.1016/j.ijadhadh.2020.102530).', [['GLUE', 'page']]],
    [
      'Zhou X, Sun H, et al. Histone H3 K27M mutation in pediatric glioma, Mol Cell 2019;74:1-12, doi:10.1016/j.molcel.2019.01.001',
      [['H3', 'none']],
    ],
    ['Results were compared with CLUE (doi:10.18653/v1/2020.coling-main.419).', [['CLUE', 'block']]],
  ])('%s', (text, expected) => {
    expect(catalogEvidence(text)).toEqual(expected);
  });
});
