import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { DetectionSection } from '../../../components/options/DetectionSection';
import { SiteRules } from '../../../components/options/SiteRules';
import { readSeedCatalog } from '../../../lib/catalog/vite-plugin';
import {
  applySettingsChanges,
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsChanges,
} from '../../../lib/settings/settings';
import { root } from '../catalog/fixtures';

afterEach(() => render(null, document.body));

/** The options page's settings, as useSettings keeps them: each change applied at once. `elsewhere`
 * lets a test change them as another page would (the popup, an import). */
let elsewhere: (changes: SettingsChanges) => void = () => undefined;
function Page({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const update = (changes: SettingsChanges) => setSettings((now) => applySettingsChanges(now, changes));
  elsewhere = update;
  return <SiteRules settings={settings} update={update} />;
}

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const text = () => document.body.textContent ?? '';
const note = () => document.querySelector('.pl-opt-note')?.textContent || null;

async function addRule(pattern: string) {
  const input = document.querySelector<HTMLInputElement>('input[name="site-pattern"]');
  if (!input) throw new Error('no site input');
  await act(() => {
    input.value = pattern;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => {
    document.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

async function removeRule(site: string) {
  const button = document.querySelector<HTMLButtonElement>(`button[aria-label="Remove the rule for ${site}"]`);
  if (!button) throw new Error(`no Remove button for ${site}`);
  await act(() => button.click());
  await settle();
}

describe('site rules: the notice about an added rule', () => {
  it('goes when its rule is removed here', async () => {
    await act(() => render(<Page initial={DEFAULT_SETTINGS} />, document.body));
    await addRule('example.com.');
    expect(note()).toBe('Added example.com: Quiet.');
    await removeRule('example.com');
    expect(text()).toContain('No site rules yet.');
    expect(note()).toBeNull();
    expect(text()).not.toContain('Added');
  });

  it('stays while its rule stays, and goes when it is removed elsewhere', async () => {
    await act(() => render(<Page initial={DEFAULT_SETTINGS} />, document.body));
    await addRule('blog.example.net');
    await addRule('https://news.example.org/item?id=1');
    expect(note()).toBe('Added news.example.org: Quiet.');
    await removeRule('blog.example.net');
    expect(note()).toBe('Added news.example.org: Quiet.');
    await act(() => elsewhere({ siteRule: { op: 'remove', pattern: 'news.example.org' } }));
    await settle();
    expect(note()).toBeNull();
    // The same site given a rule again elsewhere does not bring the old notice back.
    await act(() => elsewhere({ siteRule: { op: 'add', pattern: 'news.example.org', mode: 'off' } }));
    await settle();
    expect(note()).toBeNull();
  });

  it('says a site already had a rule, until that rule goes', async () => {
    await act(() => render(<Page initial={DEFAULT_SETTINGS} />, document.body));
    await addRule('example.org');
    await addRule('example.org');
    expect(note()).toBe('example.org already has this rule: Quiet.');
    await removeRule('example.org');
    expect(note()).toBeNull();
  });
});

describe('site rules: the notice is announced', () => {
  it('in a status region that is there, empty, before the notice comes', async () => {
    await act(() => render(<Page initial={DEFAULT_SETTINGS} />, document.body));
    const region = document.querySelector('[role="status"]');
    expect(region?.textContent).toBe('');
    await addRule('example.com.');
    expect(document.querySelector('[role="status"]')).toBe(region);
    expect(region?.textContent).toBe('Added example.com: Quiet.');
  });
});

describe('site rules: focus after Remove', () => {
  const frame = () => act(async () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const focusedLabel = () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName;

  it('goes to the next rule, the rule above when the last one went, then the site field', async () => {
    await act(() => render(<Page initial={DEFAULT_SETTINGS} />, document.body));
    for (const site of ['a.example', 'b.example', 'c.example']) await addRule(site);
    await removeRule('a.example');
    await frame();
    expect(focusedLabel()).toBe('Remove the rule for b.example');
    await removeRule('c.example');
    await frame();
    expect(focusedLabel()).toBe('Remove the rule for b.example');
    await removeRule('b.example');
    await frame();
    expect(document.activeElement?.getAttribute('name')).toBe('site-pattern');
  });
});

describe('detection switches', () => {
  it('give as short-name examples names the catalog has, so the example is one PaperLens marks', async () => {
    await act(() => render(<DetectionSection settings={DEFAULT_SETTINGS} update={() => undefined} />, document.body));
    const hint = [...document.querySelectorAll('small')]
      .map((s) => s.textContent ?? '')
      .find((t) => /names like/.test(t));
    const examples = /names like (.+?) or (.+?) when/.exec(hint ?? '')?.slice(1) ?? [];
    expect(examples).toHaveLength(2);
    const names = new Set(
      readSeedCatalog(root).catalog.papers.flatMap((p) => [p.shortName ?? '', ...(p.aliases ?? [])]),
    );
    for (const name of examples) expect([name, names.has(name)]).toEqual([name, true]);
  });
});
