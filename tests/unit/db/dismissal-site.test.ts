import { describe, expect, it } from 'vitest';
import {
  dismissalSite,
  dismissalSiteOrNull,
  hiddenWhere,
  LOCAL_FILES_SITE,
  undotDismissals,
} from '../../../lib/db/dismissal-site';
import type { Dismissal } from '../../../lib/db/types';

describe('dismissalSite', () => {
  it.each([
    ['https://example.org/post', 'example.org'],
    // Kept as the page has it: dismissals stored before local files had a key are hostnames too.
    ['https://www.example.org/a?b#c', 'www.example.org'],
    ['http://127.0.0.1:8080/demo/index.html', '127.0.0.1'],
    ['http://[::1]/x', '[::1]'],
    // The root dot names the same site, as site rules read it (lib/settings/site-rules).
    ['https://example.org./post', 'example.org'],
    ['https://WWW.Example.org.:8443/', 'www.example.org'],
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
    ['http://./', 'dismissals: "http://./" has no site to hide a paper on'],
    [
      `https://${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}/`,
      `dismissals: the site of "https://${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}/" is 254 characters; a host has at most 253`,
    ],
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

describe('undotDismissals', () => {
  const hidden = (site: string, paperId: string, createdAt: number): Dismissal => ({
    id: `${site}|${paperId}`,
    site,
    paperId,
    createdAt,
  });

  it('moves a root-dot site to the site without it, keeping the earlier of two alike', () => {
    const plain = hidden('example.org', 'arxiv:1', 50);
    const all = [
      hidden('example.org.', 'arxiv:1', 10),
      plain,
      hidden('example.org.', 'arxiv:2', 20),
      hidden('news.example.com', 'arxiv:3', 30),
      hidden(LOCAL_FILES_SITE, 'arxiv:4', 40),
    ];
    expect(undotDismissals(all)).toEqual({
      put: [
        { ...plain, createdAt: 10 },
        { id: 'example.org|arxiv:2', site: 'example.org', paperId: 'arxiv:2', createdAt: 20 },
      ],
      remove: ['example.org.|arxiv:1', 'example.org.|arxiv:2'],
    });
    // The stored one is older: it stays as it is.
    expect(undotDismissals([hidden('example.org.', 'arxiv:1', 90), plain])).toEqual({
      put: [plain],
      remove: ['example.org.|arxiv:1'],
    });
  });

  it('changes nothing without root dots, and leaves what is not a dismissal alone', () => {
    expect(undotDismissals([hidden('example.org', 'arxiv:1', 1)])).toEqual({ put: [], remove: [] });
    const junk = [{ id: 'x' }, { id: 'y', site: 'a.', paperId: 7 }] as unknown as Dismissal[];
    expect(undotDismissals(junk)).toEqual({ put: [], remove: [] });
  });
});
