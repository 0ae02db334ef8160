// Links PaperLens shows, exports and accepts: web addresses only. A backup or an old catalog
// must not bring in a javascript: or data: link; it would be a link in the popup and in a
// Markdown export, where nothing blocks it.
import type { PaperLinks } from './types';

export function isWebLink(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value);
}

/** `links` without any that is not a web address. */
export function webLinks(links: PaperLinks): PaperLinks {
  return Object.fromEntries(Object.entries(links).filter(([, url]) => isWebLink(url))) as PaperLinks;
}
