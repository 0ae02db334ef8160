import { CatalogError } from './errors';

/** One title/abstract pair as it stands in the seed document. */
export interface SeedRecord {
  /** 1-based line number of the title. */
  line: number;
  title: string;
  abstract: string;
}

// The seed document was copied from a paper-listing page: its first lines are the page's
// newsletter banner, and the banner's "Subscribe" button text is glued to the first title.
const CHROME_LINES = [/^get trending papers in your email inbox/i];
const GLUED_PREFIX = /^Subscribe(?=\S)/;

/** A line is a title when it is short and does not end like a sentence of prose. */
function looksLikeTitle(line: string): boolean {
  return line.length <= 250 && !/[.!?]\s*$/.test(line.replace(/(Live!|\?)$/, ''));
}

/**
 * Parse the seed document: page chrome, then alternating title and abstract lines.
 * Throws CatalogError naming the line for a title with no abstract or an abstract with no title.
 */
export function parseSeedText(text: string): SeedRecord[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const records: SeedRecord[] = [];
  let i = 0;
  while (i < lines.length && CHROME_LINES.some((re) => re.test(lines[i]?.trim() ?? ''))) i++;
  let pendingTitle: { line: number; title: string } | null = null;
  for (; i < lines.length; i++) {
    const raw = (lines[i] ?? '').trim();
    if (raw === '') continue;
    const line = i + 1;
    if (pendingTitle === null) {
      const title = raw.replace(GLUED_PREFIX, '');
      if (!looksLikeTitle(title)) {
        throw new CatalogError(`seeds line ${line}: expected a title, found prose with no title before it`);
      }
      pendingTitle = { line, title };
    } else if (looksLikeTitle(raw) && raw.length < 200) {
      throw new CatalogError(`seeds line ${pendingTitle.line}: no abstract after "${pendingTitle.title}"`);
    } else {
      records.push({ line: pendingTitle.line, title: pendingTitle.title, abstract: raw });
      pendingTitle = null;
    }
  }
  if (pendingTitle) {
    throw new CatalogError(`seeds line ${pendingTitle.line}: no abstract after "${pendingTitle.title}"`);
  }
  return records;
}
