import * as v from 'valibot';
import { findPaperRefsInText } from '../detect/refs-in-text';
import { CatalogError, parseEntries } from './errors';
import { isWebLink } from './web-links';

const FILE = 'paper-metadata.json';
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const MetadataEntrySchema = v.object({
  title: v.pipe(v.string(), v.minLength(1)),
  arxivId: v.nullish(v.pipe(v.string(), v.regex(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/, 'not an arXiv id'))),
  year: v.unknown(),
  authors: v.nullish(v.array(v.pipe(v.string(), v.minLength(1)))),
  venue: v.nullish(v.string()),
  doi: v.nullish(v.pipe(v.string(), v.regex(/^10\.\d{4,9}\/\S+$/, 'not a DOI'))),
  aclUrl: v.nullish(
    v.pipe(
      v.string(),
      v.check((s) => isWebLink(s), 'not an http(s) link'),
    ),
  ),
  codeUrl: v.nullish(
    v.pipe(
      v.string(),
      v.check((s) => isWebLink(s), 'not an http(s) link'),
    ),
  ),
  sources: v.nullish(v.array(v.string())),
});

export interface MetadataEntry {
  title: string;
  arxivId?: string;
  year: number;
  authors: string[];
  venue?: string;
  doi?: string;
  aclUrl?: string;
  codeUrl?: string;
  /** OpenReview forum id, read from the entry's sources ("openreview.net/forum?id=SylzhkBtDB"). */
  openreviewId?: string;
}

/** Validate `paper-metadata.json`. Throws CatalogError naming the entry index, title and field. */
export function parseMetadata(json: string): MetadataEntry[] {
  const entries = parseEntries(FILE, json, 'papers', MetadataEntrySchema, titleOf);
  return entries.map((entry, index) => {
    const label = `${FILE} entry ${index}${titleOf(entry)}`;
    const year = entry.year;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
      throw new CatalogError(`${label}: invalid year ${JSON.stringify(year)} (expected ${MIN_YEAR}-${MAX_YEAR})`);
    }
    return {
      title: entry.title,
      arxivId: entry.arxivId ?? undefined,
      year,
      authors: entry.authors ?? [],
      venue: entry.venue ?? undefined,
      doi: entry.doi ?? undefined,
      aclUrl: entry.aclUrl ?? undefined,
      codeUrl: entry.codeUrl ?? undefined,
      openreviewId: openreviewIdOf(entry.sources ?? [], label),
    };
  });
}

/** A source that is (or quotes) the paper's OpenReview forum gives its OpenReview id, read as
 * the detector reads such an address written as text. */
function openreviewIdOf(sources: string[], label: string): string | undefined {
  const ids = new Set(
    sources.flatMap((source) =>
      findPaperRefsInText(source).flatMap(({ ref }) => (ref.kind === 'openreview' ? [ref.id] : [])),
    ),
  );
  if (ids.size > 1)
    throw new CatalogError(`${label}: sources name ${ids.size} OpenReview forums (${[...ids].join(', ')})`);
  return ids.values().next().value;
}

function titleOf(raw: unknown): string {
  const title = (raw as { title?: unknown } | null)?.title;
  return typeof title === 'string' ? ` ("${title}")` : '';
}
