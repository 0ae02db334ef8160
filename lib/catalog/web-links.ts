// Links PaperLens shows, exports and accepts: web addresses only. A backup or an old catalog
// must not bring in a javascript: or data: link; it would be a link in the popup and in a
// Markdown export, where nothing blocks it.
import type { PaperLinks } from './types';

/** Every kind of link a paper can have. A snapshot of a paper that left the catalog keeps all of
 * them, in the database and in a backup; the type below fails to compile when PaperLinks gains a
 * kind this list lacks, so a new link cannot be dropped by an export again (OpenReview once was). */
export const LINK_KINDS = ['arxiv', 'pdf', 'acl', 'doi', 'code', 'openreview'] as const;
type Unlisted = Exclude<keyof PaperLinks, (typeof LINK_KINDS)[number]>;
const _everyKindListed: [Unlisted] extends [never] ? true : Unlisted = true;
void _everyKindListed;

export function isWebLink(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value);
}

/** `links` without any that is not a web address. */
export function webLinks(links: PaperLinks): PaperLinks {
  return Object.fromEntries(Object.entries(links).filter(([, url]) => isWebLink(url))) as PaperLinks;
}
