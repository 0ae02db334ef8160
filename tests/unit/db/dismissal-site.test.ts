import { describe, expect, it } from 'vitest';
import { dismissalSite, dismissalSiteOrNull, hiddenWhere, LOCAL_FILES_SITE } from '../../../lib/db/dismissal-site';

describe('dismissalSite', () => {
  it.each([
    ['https://example.org/post', 'example.org'],
    // Kept as the page has it: dismissals stored before local files had a key are hostnames too.
    ['https://www.example.org/a?b#c', 'www.example.org'],
    ['http://127.0.0.1:8080/demo/index.html', '127.0.0.1'],
    ['http://[::1]/x', '[::1]'],
    ['file:///home/dana/papers/index.html', LOCAL_FILES_SITE],
    ['file:///C:/Users/dana/notes.html', LOCAL_FILES_SITE],
    ['file://fileserver/share/notes.html', LOCAL_FILES_SITE],
  ])('%s -> %s', (url, site) => {
    expect(dismissalSite(url)).toBe(site);
    expect(dismissalSiteOrNull(url)).toBe(site);
  });

  it.each([
    ['not a url', 'dismissals: "not a url" is not a page address'],
    ['about:blank', 'dismissals: "about:blank" has no site to hide a paper on'],
    ['data:text/html,hi', 'dismissals: "data:text/html,hi" has no site to hide a paper on'],
  ])('%s has no site: %s', (url, message) => {
    expect(() => dismissalSite(url)).toThrow(message);
    expect(dismissalSiteOrNull(url)).toBeNull();
  });

  it('the local files key can never be a hostname', () => {
    expect(() => new URL(`https://${LOCAL_FILES_SITE}/`)).toThrow();
  });
});

describe('hiddenWhere', () => {
  it.each([
    [LOCAL_FILES_SITE, 'in local files'],
    ['example.org', 'on this site'],
    [null, 'on this site'],
  ])('%s -> %s', (site, words) => {
    expect(hiddenWhere(site)).toBe(words);
  });
});
