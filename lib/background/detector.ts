import type { Catalog } from '../catalog/types';
import { type BlockIndex, buildBlockIndex, findInBlocks } from '../detect/blocks';
import { buildRefIndex, lookupRef, type PaperRef, parsePaperRef } from '../detect/links';
import { type BlockMentions, type DetectionKinds, SCAN_LIMITS } from '../detect/types';
import { splitName } from '../export/names';

const MAX_LINKS = 20_000;
const KINDS = ['titles', 'shortNames', 'links'] as const;

/** The background half of the detector: it holds the catalog and finds papers in the text that
 * content scripts send; content scripts walk the page and show the marks. */
export class DetectorService {
  private readonly index: BlockIndex;

  constructor(catalog: Catalog) {
    const entries = catalog.papers.map(({ id, title, abstract, shortName, aliases, year, authors }) => ({
      id,
      title,
      abstract,
      shortName,
      aliases,
      year,
      ...(authors[0] !== undefined && { author: splitName(authors[0]).family }),
    }));
    this.index = buildBlockIndex(entries, buildRefIndex(catalog.papers));
  }

  /** The mentions in each block's text (a content script's TextBatch), blocks with none left out.
   * `page`, the page's address: the ids of the paper it is, written in its text, are its labels. */
  scan(texts: unknown, kinds: unknown, page?: string): BlockMentions[] {
    const own = page === undefined ? null : this.paperAt(page);
    return findInBlocks(this.index, checkTexts(texts), checkKinds(kinds), own);
  }

  /** The paper a parsed link or id names (the context menu's "Save to reading list"). */
  resolve(ref: PaperRef): string | null {
    return lookupRef(this.index.refs, ref) ?? null;
  }

  /**
   * The paper each link goes to (hrefs as written in the page, resolved against `base`). Null
   * for links to the paper the page itself is (`page`, its address): on arXiv's or Hugging
   * Face's page of a paper, "View PDF", "v2", "Community" and "Upvote" are the site's own
   * navigation, not ten mentions of it. The page's text still names it.
   */
  links(hrefs: unknown, base: unknown, page?: unknown): Array<string | null> {
    if (!Array.isArray(hrefs) || hrefs.length > MAX_LINKS || typeof base !== 'string')
      throw new Error(`detector: expected at most ${MAX_LINKS} hrefs and a base URL`);
    if (page !== undefined && typeof page !== 'string') throw new Error('detector: the page address must be a string');
    const own = page === undefined ? null : this.paperAt(page);
    return hrefs.map((href) => {
      if (typeof href !== 'string') throw new Error('detector: hrefs must be strings');
      const id = this.paperAt(resolveUrl(href, base));
      return id === own ? null : id;
    });
  }

  private paperAt(url: string): string | null {
    const ref = parsePaperRef(url);
    return ref ? (lookupRef(this.index.refs, ref) ?? null) : null;
  }
}

function checkTexts(texts: unknown): string[] {
  if (!Array.isArray(texts)) throw new Error('detector: texts must be an array of block texts');
  if (texts.length > SCAN_LIMITS.blocks)
    throw new Error(`detector: ${texts.length} blocks in one request, at most ${SCAN_LIMITS.blocks}`);
  let chars = 0;
  for (const [b, text] of texts.entries()) {
    if (typeof text !== 'string') throw new Error(`detector: block ${b} is not a string`);
    chars += text.length;
  }
  if (chars > SCAN_LIMITS.chars)
    throw new Error(`detector: ${chars} characters in one request, at most ${SCAN_LIMITS.chars}`);
  return texts as string[];
}

function checkKinds(kinds: unknown): DetectionKinds {
  const k = kinds as Record<string, unknown> | null;
  if (typeof k !== 'object' || k === null || KINDS.some((name) => typeof k[name] !== 'boolean'))
    throw new Error('detector: kinds must say true or false for titles, shortNames and links');
  return { titles: k.titles as boolean, shortNames: k.shortNames as boolean, links: k.links as boolean };
}

function resolveUrl(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return '';
  }
}
