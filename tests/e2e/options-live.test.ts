// Settings changed in the options page reach tabs that are already open, without a reload.
import { describe, expect, it } from 'vitest';
import { useExtension } from './browser';
import { settledMarks } from './marks';
import { askFrom, eventually, openOptions, pageState } from './options-helpers';
import { hoverMark, popover } from './popover-helpers';
import { openReadyPopup } from './popup-helpers';

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

  it("a new theme reaches an open tab's popover, and its marks stay all the while", async () => {
    const options = await openOptions(env.session);
    // The tests before turned short names off and paused the site: hover a title.
    await askFrom(options, 'sites/set-mode', { url: env.server.url('/blog.html'), mode: 'on' });
    const open = await env.session.context.newPage();
    await open.goto(env.server.url('/blog.html'));
    const count = (await settledMarks(open)).length;
    await hoverMark(open, 'ST-MoE: Designing');
    const background = () => popover(open).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await open.keyboard.press('Escape');
    // Counted in the page every frame from the click until the popover shows the new theme.
    await open.evaluate(() => {
      const w = window as unknown as { __fewest: number };
      w.__fewest = Number.POSITIVE_INFINITY;
      const tick = () => {
        const highlight = CSS.highlights.get('paperlens-mention') as unknown as Set<unknown> | undefined;
        w.__fewest = Math.min(w.__fewest, highlight?.size ?? 0);
        requestAnimationFrame(tick);
      };
      tick();
    });
    await options.bringToFront();
    await options.getByText('Dark', { exact: true }).click();
    await expect.poll(() => askFrom(options, 'settings/get', {}).then((s) => s.theme)).toBe('dark');
    expect(await options.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await open.bringToFront();
    await expect
      .poll(async () => {
        await hoverMark(open, 'ST-MoE: Designing');
        return background();
      })
      .toBe('rgb(28, 31, 39)');
    expect(await open.evaluate(() => (window as unknown as { __fewest: number }).__fewest)).toBeGreaterThan(0);
    expect((await settledMarks(open)).length).toBe(count);
    await options.getByText('Auto', { exact: true }).click();
  });

  it('a new theme reaches a popup that is open, without reopening it', async () => {
    const popup = await openReadyPopup(env.session);
    const theme = () => popup.evaluate(() => document.querySelector<HTMLElement>('.pp-app')?.dataset.theme ?? 'auto');
    await expect.poll(theme).toBe('auto');
    const options = await openOptions(env.session);
    await options.getByText('Dark', { exact: true }).click();
    await expect.poll(theme).toBe('dark');
    await options.getByText('Auto', { exact: true }).click();
    await expect.poll(theme).toBe('auto');
  });
});
