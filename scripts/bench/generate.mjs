// Deterministic bench inputs: text pages of a given size, a page of 10,000 links, and the
// synthetic papers that make a 100,000-title catalog. Same seed, same bytes, every run.

/** mulberry32: small, fast, deterministic. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Ordinary prose, including the words that are also weak short names ("glue", "warp", "clue",
// "ares"): they are prefilter candidates that the background must reject, as on real pages.
const PROSE = `the of and to in a is that for it as was with be by on not he this are or his from at which but have an
they you were her she there been one all we their has would when if so no will more about can said up what out into
them some could time than other then its only new these two may first also after any work like well years people way
over even most made many before must through back where much should between our under never same another while last
might great since against right three during without place again around however small world still own found both life
being day used old general long high each form much system part number case group data model results method approach
learning training language task performance evaluation network feature matching benchmark retrieval reasoning agents
weather garden recipe kitchen travel river mountain morning evening coffee bread music guitar city street window
glue warp clue ares light super prompt tuning transfer expert sparse stable graph neural adaptive efficient code`
  .split(/\s+/)
  .filter(Boolean);

const pick = (r, list) => list[Math.floor(r() * list.length)];

function sentence(r, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(pick(r, PROSE));
  const s = out.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One paragraph of prose with inline markup, and sometimes a planted mention. */
function paragraph(r, mentions) {
  const parts = [];
  const sentences = 3 + Math.floor(r() * 5);
  for (let i = 0; i < sentences; i++) {
    let s = escapeHtml(sentence(r, 6 + Math.floor(r() * 14)));
    const roll = r();
    if (roll < 0.15) s = s.replace(/^(\S+ \S+)/, '<em>$1</em>');
    else if (roll < 0.25) s = s.replace(/^(\S+)/, '<strong>$1</strong>');
    else if (roll < 0.32) s = s.replace(/^(\S+ \S+)/, `<a href="https://example.org/${Math.floor(r() * 1e6)}">$1</a>`);
    parts.push(s);
  }
  if (mentions.length && r() < 0.12) {
    const m = pick(r, mentions);
    parts.splice(1, 0, `As shown in <i>${escapeHtml(m)}</i> (2023), it works.`);
  }
  return `<p>${parts.join(' ')}</p>`;
}

function shell(title, body) {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n${body}\n</body></html>\n`;
}

/** A page with about `bytes` characters of text. `mentions` are titles and names to plant. */
export function textPage(bytes, mentions, seed = 1) {
  const r = rng(seed);
  const blocks = [];
  let text = 0;
  let n = 0;
  while (text < bytes) {
    if (n % 12 === 0) {
      const h = sentence(r, 4);
      blocks.push(`<h2>${escapeHtml(h)}</h2>`);
      text += h.length;
    }
    const p = paragraph(r, mentions);
    blocks.push(p);
    text += p.replace(/<[^>]+>/g, '').length;
    n++;
  }
  return shell(`Bench ${bytes} bytes`, `<article>\n${blocks.join('\n')}\n</article>`);
}

/** 10,000 links: 1 in 10 to a catalog paper (arXiv, HF, DOI forms), the rest elsewhere. */
export function linksPage(catalogArxivIds, count = 10_000, seed = 2) {
  const r = rng(seed);
  const items = [];
  for (let i = 0; i < count; i++) {
    let href;
    if (i % 10 === 0) {
      const id = catalogArxivIds[(i / 10) % catalogArxivIds.length];
      href = pick(r, [
        `https://arxiv.org/abs/${id}`,
        `https://huggingface.co/papers/${id}`,
        `https://arxiv.org/pdf/${id}v2`,
      ]);
    } else if (i % 10 === 1)
      href = `https://arxiv.org/abs/2${String(100 + (i % 800)).padStart(3, '0')}.${String(i).padStart(5, '0')}`;
    else href = `https://example.org/item/${i}?ref=${Math.floor(r() * 1e6)}`;
    items.push(
      `<li><a href="${href}">${escapeHtml(sentence(r, 3 + Math.floor(r() * 4)))}</a> ${escapeHtml(sentence(r, 5))}</li>`,
    );
  }
  return shell('Bench 10,000 links', `<ul>\n${items.join('\n')}\n</ul>`);
}

// Title vocabulary for synthetic papers: research-flavoured, so their 16-char prefixes look
// like real titles' prefixes and collide with page text about as often.
const TITLE_WORDS = `learning efficient scalable robust adaptive neural sparse dense graph language vision multimodal
transformer attention retrieval generation reasoning planning agents benchmark dataset evaluation towards understanding
improving rethinking revisiting exploring model models networks representations pretraining finetuning tuning prompt
prompts instruction alignment preference reward policy optimization gradient federated continual contrastive
self-supervised semi-supervised unsupervised zero-shot few-shot cross-lingual multilingual low-resource domain
adaptation transfer distillation compression quantization pruning mixture experts routing memory long context
documents tables code programs mathematical scientific medical legal chemistry molecules proteins speech audio video
images 3d point clouds scenes robots manipulation navigation control diffusion flows autoregressive latent variational
bayesian causal fairness privacy safety security adversarial attacks defenses calibration uncertainty interpretability
via with for and of in on a the from using beyond without through at scale`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = 'ka ro mi tel van zor qua lex dyn pix neo tra gen sol ber mo ta fi rex lu'.split(' ');

/** `count` synthetic catalog papers (Paper records), about 40% with a CamelCase short name. */
export function syntheticPapers(count, seed = 3) {
  const r = rng(seed);
  const papers = [];
  for (let i = 0; i < count; i++) {
    const words = [];
    const len = 5 + Math.floor(r() * 8);
    for (let w = 0; w < len; w++) words.push(pick(r, TITLE_WORDS));
    let title = words.join(' ');
    title = title[0].toUpperCase() + title.slice(1);
    const paper = {
      id: `bench:${i}`,
      title,
      abstract: '',
      tldr: '',
      authors: [],
      year: 2020 + (i % 6),
      links: {},
      tags: [],
    };
    if (r() < 0.4) {
      const name = `${pick(r, SYLLABLES)}${pick(r, SYLLABLES)}${pick(r, SYLLABLES)}`;
      paper.shortName = `${name[0].toUpperCase()}${name.slice(1, 4)}${name[4].toUpperCase()}${name.slice(5)}${i % 97}`;
      paper.title = `${paper.shortName}: ${title}`;
    }
    papers.push(paper);
  }
  return papers;
}
