/**
 * Did the page go to another page (an SPA navigation), as far as the reader is concerned? A change
 * of the fragment alone is not one (a table of contents, `location.hash = '#results'`, a scrollspy
 * that rewrites `#section-3` as the reader scrolls): restarting then dropped every mark and read
 * the whole page again on each change, and a 20 MB page showed only its first marks while a
 * scrollspy ran. A hash router's fragment (`#/inbox`, `#!/inbox`) names a page, so it counts.
 */
export function isNewPage(oldUrl: string, newUrl: string): boolean {
  return pageOf(oldUrl) !== pageOf(newUrl);
}

function pageOf(url: string): string {
  const hash = url.indexOf('#');
  if (hash < 0) return url;
  const route = url[hash + 1] === '/' || url[hash + 1] === '!';
  return route ? url : url.slice(0, hash);
}
