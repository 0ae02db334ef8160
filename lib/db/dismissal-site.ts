// The "site" a "Not this paper" choice belongs to (Dismissal.site), from the page's address.
import { type Dismissal, dismissalId, MAX_SITE } from './types';

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
  const site = siteKey(parsed.hostname);
  if (!site) throw new Error(`dismissals: "${url}" has no site to hide a paper on`);
  // No such host resolves; kept out so that every stored dismissal imports again (backup-schema).
  if (site.length > MAX_SITE)
    throw new Error(`dismissals: the site of "${url}" is ${site.length} characters; a host has at most ${MAX_SITE}`);
  return site;
}

/**
 * A hostname as a dismissal's site: "example.org." (written with the root dot) is example.org,
 * as site rules read it (lib/settings/site-rules). Kept otherwise as the page has it ("www." too):
 * dismissals stored before were keyed by the bare hostname.
 */
export function siteKey(hostname: string): string {
  return hostname.replace(/\.$/, '');
}

/**
 * Dismissals stored under a root-dot site ("example.org.|id", kept so before schema v3 and in
 * older backups) moved to the site without the dot, where pages now look for them: the records
 * to put and the ids to delete. Where the site has the same paper hidden already, one is kept,
 * with the earlier date. Records that are not dismissals at all are left for others to judge.
 */
export function undotDismissals(all: readonly Dismissal[]): { put: Dismissal[]; remove: string[] } {
  const stored = new Map(all.map((d) => [d.id, d]));
  const put = new Map<string, Dismissal>();
  const remove: string[] = [];
  for (const d of all) {
    if (typeof d.site !== 'string' || typeof d.paperId !== 'string') continue;
    const site = siteKey(d.site);
    if (site === d.site || site === '') continue;
    const id = dismissalId(site, d.paperId);
    const other = put.get(id) ?? stored.get(id);
    put.set(id, other && other.createdAt <= d.createdAt ? other : { ...d, id, site });
    remove.push(d.id);
  }
  return { put: [...put.values()], remove };
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
