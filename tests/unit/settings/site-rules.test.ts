import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import {
  hostMatches,
  normalizePattern,
  patternError,
  type SiteRule,
  siteMode,
  siteOfUrl,
  withSiteMode,
} from '../../../lib/settings/site-rules';

const withRules = (siteRules: Settings['siteRules']): Settings => ({ ...DEFAULT_SETTINGS, siteRules });

describe('site rules', () => {
  it('matches exact hosts, their www. form, and wildcards with their subdomains', () => {
    expect(hostMatches('example.org', 'example.org')).toBe(true);
    expect(hostMatches('example.org', 'www.example.org')).toBe(true);
    expect(hostMatches('example.org', 'blog.example.org')).toBe(false);
    expect(hostMatches('example.org', 'notexample.org')).toBe(false);
    expect(hostMatches('*.example.org', 'example.org')).toBe(true);
    expect(hostMatches('*.example.org', 'a.b.example.org')).toBe(true);
    expect(hostMatches('*.example.org', 'badexample.org')).toBe(false);
    expect(hostMatches('HTTPS://Example.org/x', 'EXAMPLE.ORG')).toBe(true);
    expect(hostMatches('127.0.0.1:8080', '127.0.0.1')).toBe(true);
    expect(hostMatches('', 'example.org')).toBe(false);
  });

  it('matches a host written with the root dot ("example.org."), as the popup names its site', () => {
    // siteOfUrl drops the dot, so "Pause on this site" wrote a rule the page itself then missed:
    // the popup said paused and the page kept its marks.
    const paused = withSiteMode(DEFAULT_SETTINGS, siteOfUrl('https://example.org./a'), 'off');
    expect(siteMode(paused, new URL('https://example.org./a').hostname)).toBe('off');
    expect(hostMatches('*.example.org', 'www.example.org.')).toBe(true);
  });

  it('uses the matching rule that names the site most closely, in any order, and "on" when none matches', () => {
    const rules: SiteRule[] = [
      { pattern: 'docs.example.org', mode: 'on' },
      { pattern: '*.example.org', mode: 'off' },
      { pattern: '*.lab.example.org', mode: 'quiet' },
      { pattern: 'quiet.dev', mode: 'quiet' },
    ];
    // A wildcard added after a site's own rule (new rules go first) does not override it.
    for (const s of [withRules(rules), withRules([...rules].reverse())]) {
      expect(siteMode(s, 'docs.example.org')).toBe('on');
      expect(siteMode(s, 'www.example.org')).toBe('off');
      expect(siteMode(s, 'example.org')).toBe('off');
      expect(siteMode(s, 'a.lab.example.org')).toBe('quiet');
      expect(siteMode(s, 'quiet.dev')).toBe('quiet');
      expect(siteMode(s, 'other.org')).toBe('on');
    }
    // A site's own rule before the wildcard of its own name.
    expect(
      siteMode(
        withRules([
          { pattern: '*.example.org', mode: 'off' },
          { pattern: 'example.org', mode: 'on' },
        ]),
        'example.org',
      ),
    ).toBe('on');
  });

  it.each([
    ['bücher.de', 'xn--bcher-kva.de'],
    ['https://www.Bücher.de/katalog', 'xn--bcher-kva.de'],
    ['*.bücher.de', '*.xn--bcher-kva.de'],
    ['é.com', 'xn--9ca.com'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['ตัวอย่าง.ไทย', 'xn--72c1a1bt4awk9o.xn--o3cw4h'],
    ['भारत.भारत', 'xn--h2brj9c.xn--h2brj9c'],
    ['bu\u0308cher.de', 'xn--bcher-kva.de'],
  ])('keeps an internationalised site %j in the form pages report (%s)', (raw, ascii) => {
    expect(normalizePattern(raw)).toBe(ascii);
    expect(patternError(raw)).toBeNull();
    expect(hostMatches(raw, new URL(`https://${ascii.replace('*.', 'shop.')}/`).hostname)).toBe(true);
  });

  it.each(['user@bücher.de', 'bücher.de:x', 'bü cher.de'])('refuses %j as it refuses its ASCII form', (raw) => {
    expect(patternError(raw)).toMatch(/is not a site/);
  });

  it('normalizes and validates patterns with messages that name the module', () => {
    expect(normalizePattern(' https://www.Example.org:443/a?b#c ')).toBe('example.org');
    expect(normalizePattern('*.Example.org.')).toBe('*.example.org');
    expect(patternError('example.org')).toBeNull();
    expect(patternError('*.example.org')).toBeNull();
    expect(patternError('localhost')).toBeNull();
    expect(patternError('   ')).toMatch(/^settings: enter a site/);
    expect(patternError('file:///home/me/paper.html')).toBe(
      'settings: "file:///home/me/paper.html" is a local file, which has no site; rules are for sites, like example.org',
    );
    expect(patternError('a b')).toMatch(/^settings: "a b" is not a site/);
    // A long address is quoted by its start and end.
    const long = `https://${'x'.repeat(120)}/not a host`;
    expect(patternError(long)).toBe(
      `settings: "https://${'x'.repeat(32)}…xxxxx/not a host" is not a site (try example.org or *.example.org)`,
    );
    expect(patternError('ex*ample.org')).toMatch(/is not a site/);
    expect(patternError('x'.repeat(300))).toMatch(/is not a site/);
    expect(patternError(`${'a'.repeat(64)}.org`)).toMatch(/is not a site/);
  });

  it('finds the site of a page, and refuses pages without one', () => {
    expect(siteOfUrl('https://www.example.org/a/b')).toBe('example.org');
    expect(siteOfUrl('http://127.0.0.1:5173/blog.html')).toBe('127.0.0.1');
    expect(() => siteOfUrl('file:///home/me/paper.html')).toThrow(/settings: .* has no site/);
    expect(() => siteOfUrl('nonsense')).toThrow('settings: "nonsense" is not a page address');
  });

  it('sets a site mode as the popup switch does: replaces the site rule and puts it first', () => {
    const s = withRules([
      { pattern: '*.example.org', mode: 'quiet' },
      { pattern: 'example.org', mode: 'off' },
    ]);
    const paused = withSiteMode(s, 'example.org', 'off');
    expect(paused.siteRules).toEqual([
      { pattern: 'example.org', mode: 'off' },
      { pattern: '*.example.org', mode: 'quiet' },
    ]);
    expect(siteMode(paused, 'www.example.org')).toBe('off');
    // Back on: a rule is needed to beat the wildcard.
    expect(withSiteMode(paused, 'example.org', 'on').siteRules[0]).toEqual({ pattern: 'example.org', mode: 'on' });
    // Back on with no other rule matching: the rule goes away.
    expect(withSiteMode(withRules([{ pattern: 'a.org', mode: 'off' }]), 'a.org', 'on').siteRules).toEqual([]);
    expect(() => withSiteMode(s, 'a.org', 'loud' as never)).toThrow('settings: unknown site mode "loud"');
  });
});
