import { describe, expect, it } from 'vitest';
import {
  applySettingsChanges,
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsChanges,
} from '../../../lib/settings/settings';
import { applyRuleChange, type RuleChange, type SiteRule } from '../../../lib/settings/site-rules';

// What the options page sends is applied to what is stored now, not to the page's old copy.
const stored: Settings = {
  ...DEFAULT_SETTINGS,
  hoverDelay: 700,
  siteRules: [
    { pattern: '127.0.0.1', mode: 'off' },
    { pattern: 'example.org', mode: 'quiet' },
  ],
};

describe('applySettingsChanges', () => {
  it.each<[string, SettingsChanges, Partial<Settings>]>([
    ['nothing', {}, {}],
    ['the theme only', { theme: 'dark' }, { theme: 'dark' }],
    ['one detection kind', { detect: { links: false } }, { detect: { titles: true, shortNames: true, links: false } }],
    ['the hover delay, clamped', { hoverDelay: 5000 }, { hoverDelay: 2000 }],
    [
      'one site rule',
      { siteRule: { op: 'remove', pattern: 'example.org' } },
      { siteRules: [stored.siteRules[0] as SiteRule] },
    ],
  ])('changes %s and keeps the rest as stored', (_, changes, changed) => {
    expect(applySettingsChanges(stored, changes)).toEqual({ ...stored, ...changed });
  });

  it('still cleans like a stored record (settings/update refuses such input before: handlers.test.ts)', () => {
    const bad = { theme: 'neon', hoverDelay: Number.NaN } as unknown as SettingsChanges;
    expect(applySettingsChanges(stored, bad)).toEqual({ ...stored, theme: 'auto', hoverDelay: 250 });
  });
});

describe('applyRuleChange', () => {
  const rules: SiteRule[] = [
    { pattern: 'a.org', mode: 'off' },
    { pattern: '*.b.org', mode: 'quiet' },
    { pattern: 'c.org', mode: 'on' },
  ];
  it.each<[RuleChange, SiteRule[]]>([
    [{ op: 'add', pattern: 'd.org', mode: 'quiet' }, [{ pattern: 'd.org', mode: 'quiet' }, ...rules]],
    // Adding a site again moves its rule first, as the options page says it does.
    [
      { op: 'add', pattern: 'https://C.org/x', mode: 'off' },
      [{ pattern: 'c.org', mode: 'off' }, rules[0] as SiteRule, rules[1] as SiteRule],
    ],
    [
      { op: 'set', pattern: '*.b.org', mode: 'off' },
      [rules[0] as SiteRule, { pattern: '*.b.org', mode: 'off' }, rules[2] as SiteRule],
    ],
    // Removed elsewhere while the page showed it: the edit still says what the user wants.
    [{ op: 'set', pattern: 'gone.org', mode: 'on' }, [{ pattern: 'gone.org', mode: 'on' }, ...rules]],
    [{ op: 'remove', pattern: 'a.org' }, rules.slice(1)],
    [{ op: 'remove', pattern: 'gone.org' }, rules],
  ])('%j', (change, expected) => {
    expect(applyRuleChange(rules, change)).toEqual(expected);
  });
});
