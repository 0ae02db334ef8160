import { aclIdFromDoi } from '../detect/links';
import { titleKey } from '../text/normalize';
import { applyAliases, parseAliases } from './aliases';
import { cleanLatex } from './clean';
import { CatalogError } from './errors';
import { type MetadataEntry, parseMetadata } from './metadata';
import { computeRelated } from './related';
import { parseSeedText } from './seeds';
import { extractShortName } from './short-name';
import { extractTags } from './tags';
import { chooseTldr } from './tldr';
import type { Catalog, Paper, PaperLinks } from './types';

/** Fold a title for comparing seed and metadata titles: the matcher's own key (case, accents,
 * punctuation, LaTeX remnants), so both sides agree on what "the same title" means. */
export function comparableTitle(title: string): string {
  return titleKey(cleanLatex(title));
}

/** A readable, stable slug used as the id of a paper with no arXiv id. */
export function slugify(title: string): string {
  return cleanLatex(title)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function linksFor(meta: MetadataEntry): PaperLinks {
  const links: PaperLinks = {};
  if (meta.arxivId) {
    links.arxiv = `https://arxiv.org/abs/${meta.arxivId}`;
    links.pdf = `https://arxiv.org/pdf/${meta.arxivId}`;
  }
  // An ACL DOI names its Anthology page too: readers get the link, and links to either are found.
  const aclFromDoi = meta.doi ? aclIdFromDoi(meta.doi) : null;
  if (meta.aclUrl) links.acl = meta.aclUrl;
  else if (aclFromDoi) links.acl = `https://aclanthology.org/${aclFromDoi}/`;
  if (meta.doi) links.doi = `https://doi.org/${meta.doi}`;
  if (meta.codeUrl) links.code = meta.codeUrl;
  if (meta.openreviewId) links.openreview = `https://openreview.net/forum?id=${meta.openreviewId}`;
  return links;
}

/** Parse, clean, enrich and validate the seed document and its metadata into catalog records. */
export function buildPapers(seedText: string, metadataJson: string): Paper[] {
  const seeds = parseSeedText(seedText);
  const metadata = parseMetadata(metadataJson);
  const metaByTitle = new Map<string, MetadataEntry>();
  for (const meta of metadata) {
    const key = comparableTitle(meta.title);
    if (metaByTitle.has(key)) throw new CatalogError(`paper-metadata.json: two entries for "${meta.title}"`);
    metaByTitle.set(key, meta);
  }
  const seedKeys = new Set(seeds.map((seed) => comparableTitle(seed.title)));
  for (const meta of metadata) {
    if (!seedKeys.has(comparableTitle(meta.title))) {
      throw new CatalogError(`paper-metadata.json: "${meta.title}" matches no title in the seed document`);
    }
  }
  const seen = new Map<string, number>();
  return seeds.map((seed) => {
    const meta = metaByTitle.get(comparableTitle(seed.title));
    if (!meta) throw new CatalogError(`seeds line ${seed.line}: no metadata entry for "${seed.title}"`);
    const title = cleanLatex(seed.title);
    const abstract = cleanLatex(seed.abstract);
    const id = meta.arxivId ? `arxiv:${meta.arxivId}` : `slug:${slugify(title)}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new CatalogError(`seeds line ${seed.line}: duplicate id ${id} (also used by the paper on line ${earlier})`);
    }
    seen.set(id, seed.line);
    const paper: Paper = {
      id,
      title,
      abstract,
      tldr: chooseTldr(abstract),
      authors: meta.authors,
      year: meta.year,
      links: linksFor(meta),
      tags: extractTags(title, abstract),
    };
    if (meta.venue) paper.venue = meta.venue;
    if (meta.arxivId) paper.arxivId = meta.arxivId;
    if (meta.doi) paper.doi = meta.doi;
    const shortName = extractShortName(title);
    if (shortName) paper.shortName = shortName;
    return paper;
  });
}

/** FNV-1a over the JSON of the papers: the catalog version changes whenever any record does. */
export function catalogVersion(papers: Paper[]): string {
  const json = JSON.stringify(papers);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${papers.length}-${hash.toString(16).padStart(8, '0')}`;
}

/** `aliasesJson`: seeds/aliases.json, the names papers coin in their abstracts (see aliases.ts). */
export function buildCatalog(seedText: string, metadataJson: string, aliasesJson?: string): Catalog {
  const papers = buildPapers(seedText, metadataJson);
  if (aliasesJson !== undefined) applyAliases(papers, parseAliases(aliasesJson));
  const related = computeRelated(papers);
  for (const paper of papers) paper.related = related.get(paper.id) ?? [];
  return { version: catalogVersion(papers), papers };
}
