// Settings changed in the options page reach tabs that are already open, without a reload.
import { describe, expect, it } from 'vitest';
import { useExtension } from './browser';
import { settledMarks } from './marks';
import { askFrom, eventually, openOptions, pageState } from './options-helpers';

const env = useExtension('tests/fixtures/pages');

const texts = (marks: Array<{ text: string }>) => marks.map((m) => m.text);

describe('options: live settings', () => {
  it('turning off short names removes short-name marks from an open tab', async () => {
    const open = await env.session.context.newPage();
    await open.goto(env.server.url('/blog.html'));
    const before = texts(await settledMarks(open));
    const options = await openOptions(env.session);
    await options.getByRole('switch', { name: /Short names/ }).click();
    await expect.poll(() => askFrom(options, 'settings/get', {}).then((s) => s.detect.shortNames)).toBe(false);
    // What a fresh load shows with short names off is what the open tab must converge to.
    const fresh = await env.session.context.newPage();
    await fresh.goto(env.server.url('/blog.html'));
    const expected = texts(await settledMarks(fresh));
    expect(expected.length).toBeLessThan(before.length);
    const live = await eventually(
      async () => texts(await settledMarks(open, { min: 0, timeout: 1_000 })),
      (t) => JSON.stringify(t) === JSON.stringify(expected),
    );
    expect(live).toEqual(expected);
  });

  it('pausing the site (quiet, then off) applies to an open tab', async () => {
    const open = await env.session.context.newPage();
    await open.goto(env.server.url('/blog.html'));
    await settledMarks(open);
    const options = await openOptions(env.session);
    await askFrom(options, 'sites/set-mode', { url: env.server.url('/blog.html'), mode: 'quiet' });
    expect(
      await eventually(
        () => pageState(open),
        (s) => !s.styled,
      ),
    ).toMatchObject({ styled: false });
    await askFrom(options, 'sites/set-mode', { url: env.server.url('/blog.html'), mode: 'off' });
    expect(
      await eventually(
        () => pageState(open),
        (s) => s.ranges === 0,
      ),
    ).toMatchObject({ ranges: 0 });
  });

  it('theme changes reach the saved settings that open tabs re-read on refresh', async () => {
    const options = await openOptions(env.session);
    await options.getByText('Dark', { exact: true }).click();
    await expect.poll(() => askFrom(options, 'settings/get', {}).then((s) => s.theme)).toBe('dark');
    expect(await options.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });
});
