// The "site" a "Not this paper" choice belongs to (Dismissal.site), from the page's address.

/**
 * The one key every local file (file://) shares. A file has no host to hide a paper on, yet a
 * reader who hides a paper in one saved page expects the same of the next: local files are one
 * site. A hostname never contains a space, so no web site can have this key.
 */
export const LOCAL_FILES_SITE = 'local files';

/** "https://www.example.org/a" -> "www.example.org"; "file:///home/a.html" -> LOCAL_FILES_SITE. */
export function dismissalSite(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`dismissals: "${url}" is not a page address`);
  }
  // A file:// address naming a host (a network share) is still a local file to the reader.
  if (parsed.protocol === 'file:') return LOCAL_FILES_SITE;
  if (!parsed.hostname) throw new Error(`dismissals: "${url}" has no site to hide a paper on`);
  return parsed.hostname;
}

/** The site key of a page, or null when papers cannot be hidden there (no site). */
export function dismissalSiteOrNull(url: string): string | null {
  try {
    return dismissalSite(url);
  } catch {
    return null;
  }
}

/** Where a hidden mark stays hidden, as the popover and its notice say it: "on this site", or
 * "in local files" for a file:// page. */
export function hiddenWhere(site: string | null): string {
  return site === LOCAL_FILES_SITE ? 'in local files' : 'on this site';
}
