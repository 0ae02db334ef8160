import { describe, expect, it } from 'vitest';
import { siteForDisplay } from '../../../lib/settings/site-display';
import { normalizePattern } from '../../../lib/settings/site-rules';

describe('siteForDisplay', () => {
  it.each([
    ['xn--bcher-kva.de', 'bücher.de'],
    ['*.xn--bcher-kva.de', '*.bücher.de'],
    ['news.xn--9ca.com', 'news.é.com'],
    ['example.org', 'example.org'],
    ['local files', 'local files'],
    ['xn--', 'xn--'],
    // "аpple.com" with a Cyrillic а: shown as stored.
    ['xn--pple-43d.com', 'xn--pple-43d.com'],
  ])('%s -> %s', (site, shown) => {
    expect(siteForDisplay(site)).toBe(shown);
  });

  it('shows a typed internationalised site as typed, after it is stored in ASCII', () => {
    expect(siteForDisplay(normalizePattern('https://www.Bücher.de/katalog'))).toBe('bücher.de');
  });
});
