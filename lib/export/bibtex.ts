// BibTeX export. Output targets classic BibTeX and biblatex alike; non-ASCII letters are left as UTF-8.
import type { Paper } from '../catalog/types';
import { asciiKey, splitName } from './names';
import { publicationYear } from './year';

/** Title words that never make a good key ("A Stickier ..." -> "stickier"). */
const STOP_WORDS = new Set(
  'a an the on of in for to and or with without via towards toward is are at by from how what why when do does can we'.split(
    ' ',
  ),
);

const SPECIALS: Record<string, string> = {
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '\\': '\\textbackslash{}',
};

// Superscript digits ("Co⁴") are not in the fonts pdfLaTeX uses by default: write them as markup.
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscripts = (text: string): string =>
  text.replace(
    /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g,
    (run) => `\\textsuperscript{${[...run].map((d) => SUPERSCRIPTS.indexOf(d)).join('')}}`,
  );

export const escapeBibtex = (text: string): string =>
  superscripts(text.replace(/[&%$#_{}~^\\]/g, (ch) => SPECIALS[ch] ?? ch));

/** Capitals after a word's first letter (SuperGLUE, ST-MoE, BERT) would be lower-cased by styles: brace them. */
const needsProtection = (word: string): boolean => word.split('-').some((part) => /\p{Lu}/u.test(part.slice(1)));

export function bibtexTitle(title: string): string {
  return title
    .split(/([\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*)/u)
    .map((piece, i) =>
      i % 2 === 1 ? superscripts(needsProtection(piece) ? `{${piece}}` : piece) : escapeBibtex(piece),
    )
    .join('');
}

/** A paper the catalog does not have, saved without a snapshot: its title is its id. */
const idOnly = (paper: Paper): boolean =>
  paper.arxivId !== undefined && (paper.title === paper.id || paper.title === `arXiv:${paper.arxivId}`);

export function citeKeyBase(paper: Paper): string {
  const first = paper.authors[0];
  // An entry of a paper the catalog does not have, saved without a snapshot: its id is all there is.
  if (!first && idOnly(paper)) return `arxiv${(paper.arxivId as string).replace(/[^0-9a-z]/gi, '')}`;
  const surname = (first && asciiKey(splitName(first).family)) || 'anon';
  const words = paper.title
    .split(/[\s:]+/)
    .map(asciiKey)
    .filter(Boolean);
  const word = words.find((w) => !STOP_WORDS.has(w)) ?? words[0] ?? '';
  // The key says the entry's own year (none when it is not known).
  const year = publicationYear(paper);
  return `${surname}${year > 0 ? year : ''}${word}`;
}

// Journals: by name, or by a volume(issue) after the name ("Computational Linguistics 50(3)").
const JOURNAL =
  /journal|transactions|letters|review|magazine|dergisi|zeitschrift|revue|\b(jmlr|tacl|tpami|ijcv|tmlr|nature|science|plos|ai open|computational linguistics|intelligent computing)\b|\b\d+\(\d+\)/i;
const REPORT = /technical report|tech\. report/i;
/** "AI Open (2023)": a journal's year goes in the year field, so the journal field leaves it out. */
const VENUE_YEAR = /\s*\((\d{4})\)\s*$/;

/** "Computational Linguistics 50(3)", "… Dergisi 15(2):151-164": the volume, issue and pages a
 * journal venue ends with, which have fields of their own. */
const VOLUME_ISSUE_PAGES = /\s+(\d+)\((\d+)\)(?:\s*:\s*(\d+)\s*[-–]+\s*(\d+))?$/;

function journalFields(venue: string): Array<[string, string]> {
  const name = venue.replace(VENUE_YEAR, '');
  const m = VOLUME_ISSUE_PAGES.exec(name);
  if (!m) return [['journal', escapeBibtex(name)]];
  const [, volume = '', issue = '', first, last] = m;
  const fields: Array<[string, string]> = [
    ['journal', escapeBibtex(name.slice(0, m.index))],
    ['volume', volume],
    ['number', issue],
  ];
  if (first && last) fields.push(['pages', `${first}--${last}`]);
  return fields;
}

/** URLs go in raw (the url package handles % and _); only braces could break the entry. */
const raw = (text: string): string => text.replace(/[{}]/g, '');

function entryLines(paper: Paper): { type: string; fields: Array<[string, string]> } {
  const fields: Array<[string, string]> = [
    ['title', idOnly(paper) ? `arXiv:${escapeBibtex(paper.arxivId as string)}` : bibtexTitle(paper.title)],
    ['author', paper.authors.map(escapeBibtex).join(' and ')],
  ];
  let type = 'misc';
  if (paper.venue && REPORT.test(paper.venue)) {
    fields.push(['note', escapeBibtex(paper.venue)]);
  } else if (paper.venue && JOURNAL.test(paper.venue)) {
    type = 'article';
    fields.push(...journalFields(paper.venue));
  } else if (paper.venue) {
    type = 'inproceedings';
    fields.push(['booktitle', escapeBibtex(paper.venue)]);
  } else if (paper.arxivId) {
    type = 'article';
    fields.push(['journal', `arXiv preprint arXiv:${escapeBibtex(paper.arxivId)}`]);
  }
  const year = publicationYear(paper);
  if (year > 0) fields.push(['year', String(year)]);
  if (paper.arxivId) fields.push(['eprint', raw(paper.arxivId)], ['archivePrefix', 'arXiv']);
  if (paper.doi) fields.push(['doi', raw(paper.doi)]);
  const url =
    paper.links.arxiv ??
    paper.links.doi ??
    paper.links.acl ??
    paper.links.pdf ??
    (paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : undefined);
  if (url) fields.push(['url', raw(url)]);
  return { type, fields: fields.filter(([, value]) => value !== '') };
}

export function toBibtexEntry(paper: Paper, key = citeKeyBase(paper)): string {
  const { type, fields } = entryLines(paper);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

/** Suffix letters make keys unique within one file: wang2019superglue, wang2019supergluea, ...b. */
export function toBibtex(papers: Paper[]): string {
  const used = new Set<string>();
  const entries = papers.map((paper) => {
    const base = citeKeyBase(paper);
    let key = base;
    for (let n = 0; used.has(key); n++) key = base + suffix(n);
    used.add(key);
    return toBibtexEntry(paper, key);
  });
  return entries.length ? `${entries.join('\n\n')}\n` : '';
}

/** 0 -> a, 25 -> z, 26 -> aa ... */
function suffix(n: number): string {
  const letter = String.fromCharCode(97 + (n % 26));
  return n < 26 ? letter : suffix(Math.floor(n / 26) - 1) + letter;
}
