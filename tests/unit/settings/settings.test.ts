import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings, SETTINGS_VERSION } from '../../../lib/settings/settings';

describe('settings migrations', () => {
  it('keeps a valid version 1 record as it is', () => {
    const v1 = {
      version: 1,
      detect: { titles: true, shortNames: false, links: true },
      hoverDelay: 400,
      theme: 'dark',
      siteRules: [{ pattern: 'example.org', mode: 'quiet' }],
    };
    expect(migrateSettings(v1)).toEqual(v1);
  });

  it('brings a record from before versioning to the current version, filling gaps with defaults', () => {
    const out = migrateSettings({ detect: { shortNames: false }, theme: 'light' });
    expect(out).toEqual({
      ...DEFAULT_SETTINGS,
      detect: { ...DEFAULT_SETTINGS.detect, shortNames: false },
      theme: 'light',
    });
    expect(out.version).toBe(SETTINGS_VERSION);
  });

  it('falls back to defaults for garbage', () => {
    for (const raw of [null, undefined, 42, 'x', [], { detect: 'no', hoverDelay: 'slow', theme: 'neon' }]) {
      expect(migrateSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('clamps the hover delay to 0..2000 ms and rounds it', () => {
    expect(migrateSettings({ hoverDelay: -5 }).hoverDelay).toBe(0);
    expect(migrateSettings({ hoverDelay: 99_999 }).hoverDelay).toBe(2000);
    expect(migrateSettings({ hoverDelay: 312.7 }).hoverDelay).toBe(313);
    expect(migrateSettings({ hoverDelay: Number.NaN }).hoverDelay).toBe(250);
  });

  it('cleans site rules: normalized patterns, valid modes, first rule per pattern wins', () => {
    const out = migrateSettings({
      siteRules: [
        { pattern: 'https://www.Example.org/path', mode: 'off' },
        { pattern: 'example.org', mode: 'quiet' },
        { pattern: '*.News.example', mode: 'quiet' },
        { pattern: 'bad site', mode: 'off' },
        { pattern: 'ok.org', mode: 'loud' },
        { pattern: '', mode: 'off' },
        null,
      ],
    });
    expect(out.siteRules).toEqual([
      { pattern: 'example.org', mode: 'off' },
      { pattern: '*.news.example', mode: 'quiet' },
    ]);
  });

  it('reads a record from a newer version as far as it understands it', () => {
    const out = migrateSettings({ version: 7, theme: 'dark', somethingNew: true });
    expect(out).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });
});
