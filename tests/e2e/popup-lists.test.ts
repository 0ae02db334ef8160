// Popup reading lists: every list and entry operation, reordering three ways, export, import and hidden papers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension, root, screenshotDir } from './browser';
import { ask as askElsewhere } from './extension-api';
import { ask, entryTitles, openReadyPopup } from './popup-helpers';

const backups = join(root, 'tests/fixtures/backups');
const SUPERGLUE = 'SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding Systems';
const XPROMPT = 'XPrompt: Exploring the Extreme of Prompt Tuning';
const STMOE = 'ST-MoE: Designing Stable and Transferable Sparse Expert Models';
const LIGHTGLUE = 'LightGlue: Local Feature Matching at Light Speed';

let session: ExtensionSession;
let popup: Page;

beforeAll(async () => {
  session = await launchWithExtension();
  popup = await openReadyPopup(session, '?view=lists');
});
afterAll(async () => {
  await session?.close();
});

const chip = (name: string) => popup.locator('.pp-chip', { hasText: name });
const REORDER_HINT = 'Drag, or Alt+arrow keys (Alt+Home, Alt+End), to reorder';
const entry = (title: string) => popup.locator('.pp-entry', { hasText: title });
const counts = () => popup.locator('.pp-counts').textContent();
async function reopen() {
  await popup.reload();
  await popup.waitForFunction(() => performance.getEntriesByName('paperlens:popup-ready').length > 0);
  await popup.locator('.pp-lists').waitFor();
}
/** The popup opened again on "To read": how many note editors the entry shows (0: no draft came back). */
async function editorAfterReopening(title: string): Promise<number> {
  await reopen();
  await chip('To read').click();
  return entry(title).locator('.pp-note-form').count();
}
/** The focused element's tag and the text of the list row it is in. */
function focusedControl() {
  return popup.evaluate(() => ({
    tag: document.activeElement?.localName,
    row: document.activeElement?.closest('.pp-entry')?.textContent ?? '',
  }));
}

async function download(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([popup.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}
const withoutDate = (json: string) => ({ ...JSON.parse(json), exportedAt: undefined });

describe('popup: reading lists', () => {
  it('starts with a clear empty state', async () => {
    await popup.getByText('Your reading list is empty: hover a paper title on any page and press Save.').waitFor();
    // A list of one's own, nothing saved yet: it is named, not "your reading list".
    const other = await ask(popup, 'lists/create', { name: 'Other' });
    await reopen();
    await popup.getByText('“Other” is empty: hover a paper title on any page and press Save.').waitFor();
    await ask(popup, 'lists/delete', { listId: other.id });
    await reopen();
  });

  it('creates and renames lists, refusing a duplicate name with a message', async () => {
    await popup.getByRole('button', { name: 'New list' }).click();
    await popup.getByLabel('New list name').fill('To read');
    await popup.getByRole('button', { name: 'Create', exact: true }).click();
    await chip('To read').waitFor();
    // A name already taken is refused; cancelling the form takes the message away with it.
    await popup.getByRole('button', { name: 'New list' }).click();
    await popup.getByLabel('New list name').fill('to read');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('already exists');
    // The form goes and focus goes back to the button that opened it, not to the page's body.
    const focused = () => popup.evaluate(() => document.activeElement?.textContent?.trim());
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.getByRole('alert').count()).toBe(0);
    await expect.poll(focused).toBe('+ New list');
    await popup.keyboard.press('Enter');
    await popup.getByLabel('New list name').fill('Matching');
    await popup.keyboard.press('Enter');
    await chip('Matching').waitFor();
    expect(await chip('Matching').getAttribute('aria-pressed')).toBe('true');
    // Created from the keyboard, focus is on the new list's chip.
    await expect.poll(focused).toBe('Matching0 papers');
    await popup.getByRole('button', { name: 'Rename' }).click();
    await popup.keyboard.press('Escape');
    await expect.poll(focused).toBe('Rename');
    await popup.keyboard.press('Enter');
    await popup.getByLabel('List name').fill('to READ');
    await popup.keyboard.press('Enter');
    expect(await popup.getByRole('alert').textContent()).toContain('A list named “To read” already exists');
    // Editing the name takes the refusal away. A name typed or pasted past the limit is cut
    // there, and the form says so.
    await popup.getByLabel('List name').fill('');
    expect(await popup.getByRole('alert').count()).toBe(0);
    expect(await popup.locator('.pl-field-note').count()).toBe(0);
    await popup.getByLabel('List name').pressSequentially('x'.repeat(85));
    expect(await popup.getByLabel('List name').inputValue()).toHaveLength(80);
    expect(await popup.locator('.pl-field-note').textContent()).toBe('List names are at most 80 characters.');
    await popup.screenshot({ path: join(screenshotDir(), 'popup-list-name-limit.png') });
    await popup.getByLabel('List name').fill('Feature matching');
    expect(await popup.locator('.pl-field-note').count()).toBe(0);
    await popup.keyboard.press('Enter');
    await chip('Feature matching').waitFor();
    await expect.poll(focused).toBe('Rename');
  });

  it('adds papers, sets status and a note, with counts per list and per status', async () => {
    const { lists } = await ask(popup, 'lists/overview', {});
    const [toRead, matching] = lists;
    if (!toRead || !matching) throw new Error('e2e: lists missing');
    const ids = ['arxiv:1905.00537', 'arxiv:2210.04457', 'arxiv:2202.08906'];
    await ask(popup, 'entries/save-many', { listId: toRead.id, paperIds: ids });
    await ask(popup, 'entries/save', { listId: matching.id, paperId: 'arxiv:2306.13643' });
    await reopen();
    await chip('To read').click();
    expect(await chip('To read').locator('.pp-chip-count').textContent()).toBe('3 papers');
    expect(await entryTitles(popup)).toEqual([SUPERGLUE, XPROMPT, STMOE]);
    await entry(XPROMPT)
      .getByLabel(/^Status of/)
      .selectOption('reading');
    await entry(SUPERGLUE)
      .getByLabel(/^Status of/)
      .selectOption('read');
    const want = '3 papers1 to read1 reading1 read';
    await popup.waitForFunction((w) => document.querySelector('.pp-counts')?.textContent === w, want);
    expect(await counts()).toBe(want);
    await popup.getByRole('button', { name: `Add note on “${XPROMPT}”`, exact: true }).click();
    // Three rows high, and the reader's resize holds (a flex basis would fix its height).
    const box = entry(XPROMPT).locator('textarea');
    const height = () => box.evaluate((t) => t.getBoundingClientRect().height);
    expect(await height()).toBeLessThan(90);
    await box.evaluate((t) => {
      t.style.height = '150px';
    });
    expect(Math.round(await height())).toBe(150);
    await popup.keyboard.type('Compare with prompt tuning v2');
    await popup.keyboard.press('Control+Enter');
    await entry(XPROMPT).locator('.pp-note').waitFor();
    expect(await entry(XPROMPT).locator('.pp-note').textContent()).toBe('Compare with prompt tuning v2');
    // Saved with the keyboard, focus is back on the button that opened the editor; Escape cancels,
    // asking first with a second Escape, as it throws away what was typed.
    const focused = () => popup.evaluate(() => document.activeElement?.textContent?.trim());
    await expect.poll(focused).toBe('Edit note');
    await popup.keyboard.press('Enter');
    expect(await entry(XPROMPT).locator('.pp-note-keys').textContent()).toBe('Ctrl+Enter saves');
    await popup.keyboard.type(' (draft)');
    await popup.keyboard.press('Escape');
    await entry(XPROMPT).getByText('Not saved: press Esc again to discard your changes.').waitFor();
    expect(await box.inputValue()).toBe('Compare with prompt tuning v2 (draft)');
    await popup.keyboard.press('Escape');
    await expect.poll(focused).toBe('Edit note');
    expect(await entry(XPROMPT).locator('.pp-note').textContent()).toBe('Compare with prompt tuning v2');
    const { entries } = await ask(popup, 'lists/overview', {});
    expect(entries.find((e) => e.paperId === 'arxiv:2210.04457')).toMatchObject({
      status: 'reading',
      note: 'Compare with prompt tuning v2',
    });
  });

  it('drops authors whole where a row has no room for them, not cut mid-name', async () => {
    const { lists } = await ask(popup, 'lists/overview', {});
    const matching = lists.find((l) => l.name !== 'To read');
    if (!matching) throw new Error('e2e: no second list');
    await chip(matching.name).click();
    await popup.locator('.pp-entry-authors').first().waitFor();
    const lines = await popup
      .locator('.pp-entry-authors')
      .evaluateAll((els) => els.map((el) => ({ text: el.textContent, cut: el.scrollWidth > el.clientWidth })));
    expect(lines.filter((line) => line.cut)).toEqual([]);
    // LightGlue's long names: "Philipp Lindenberger, Paul-Edouard Sarli…" before.
    expect(lines.map((line) => line.text)).toContain('Philipp Lindenberger et al.');
    await chip('To read').click();
  });

  it('follows changes made elsewhere while it is open, without being reopened', async () => {
    // Another extension page (a popover's Save and the options page's import go the same way).
    const { lists } = await askElsewhere(session, 'lists/overview', {});
    const toRead = lists.find((l) => l.name === 'To read');
    if (!toRead) throw new Error('e2e: list "To read" missing');
    const saved = await askElsewhere(session, 'entries/save', { listId: toRead.id, paperId: 'arxiv:2306.13643' });
    await expect.poll(() => entryTitles(popup)).toEqual([SUPERGLUE, XPROMPT, STMOE, LIGHTGLUE]);
    expect(await chip('To read').locator('.pp-chip-count').textContent()).toBe('4 papers');
    await askElsewhere(session, 'entries/remove', { entryId: saved.id });
    await expect.poll(() => entryTitles(popup)).toEqual([SUPERGLUE, XPROMPT, STMOE]);
    expect(await chip('To read').locator('.pp-chip-count').textContent()).toBe('3 papers');
    // The page that asked came to the front: a hidden popup would get its animation frames late.
    await popup.bringToFront();
  });

  it('an empty list of your own says how to fill it (Save on a page goes to the first list)', async () => {
    const later = await ask(popup, 'lists/create', { name: 'Later' });
    await reopen();
    await chip('Later').click();
    await popup.getByText('This list is empty').waitFor();
    await popup
      .getByText(
        "To add papers to “Later”, pick it next to Save in a paper's popover, or use “Move to…” on a paper in another list.",
      )
      .waitFor();
    await ask(popup, 'lists/delete', { listId: later.id });
    await reopen();
    await chip('To read').click();
  });

  it('reorders with the ↑/↓ buttons, Alt+Arrow keys and drag and drop, and keeps the order', async () => {
    await entry(STMOE).getByRole('button', { name: /up$/ }).click();
    await popup.waitForFunction((t) => document.querySelectorAll('.pp-entry-title')[1]?.textContent === t, STMOE);
    await entry(SUPERGLUE).locator('.pp-entry-title').focus();
    await popup.keyboard.press('Alt+ArrowDown');
    await popup.waitForFunction((t) => document.querySelectorAll('.pp-entry-title')[1]?.textContent === t, SUPERGLUE);
    expect(await entryTitles(popup)).toEqual([STMOE, SUPERGLUE, XPROMPT]);
    await popup.dragAndDrop('.pp-entry:nth-child(3) .pp-handle', '.pp-entry:nth-child(1)', {
      targetPosition: { x: 40, y: 4 },
    });
    await popup.waitForFunction((t) => document.querySelector('.pp-entry-title')?.textContent === t, XPROMPT);
    // Moved to the top from the keyboard, its ↑ is disabled: focus goes to its ↓, not the body.
    const focusedName = () => popup.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await entry(STMOE).getByRole('button', { name: /up$/ }).focus();
    await popup.keyboard.press('Enter');
    await popup.waitForFunction((t) => document.querySelector('.pp-entry-title')?.textContent === t, STMOE);
    await expect.poll(focusedName).toBe(`Move “${STMOE}” down`);
    await popup.keyboard.press('Enter');
    await popup.waitForFunction((t) => document.querySelectorAll('.pp-entry-title')[1]?.textContent === t, STMOE);
    await expect.poll(focusedName).toBe(`Move “${STMOE}” down`);
    await reopen();
    await chip('To read').click();
    expect(await entryTitles(popup)).toEqual([XPROMPT, STMOE, SUPERGLUE]);
  });

  it('reorders the lists with Alt+arrow keys and by dragging a chip; the chips are one Tab stop', async () => {
    const made = [];
    for (const name of ['Alpha', 'Beta']) made.push(await ask(popup, 'lists/create', { name }));
    await reopen();
    await chip('To read').click();
    const names = () => popup.locator('.pp-chip .pp-chip-name').allTextContents();
    const focusedChip = () =>
      popup.evaluate(() => document.activeElement?.closest('.pp-chip')?.querySelector('.pp-chip-name')?.textContent);
    const start = await names();
    expect(start.slice(-2)).toEqual(['Alpha', 'Beta']);
    // Arrows go from chip to chip (End: the last) and choose nothing; Tab leaves the chips at once.
    await chip('To read').focus();
    await popup.keyboard.press('End');
    await expect.poll(focusedChip).toBe('Beta');
    await popup.keyboard.press('ArrowLeft');
    await expect.poll(focusedChip).toBe('Alpha');
    expect(await chip('To read').getAttribute('aria-pressed')).toBe('true');
    await popup.keyboard.press('Tab');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent?.trim())).toBe('+ New list');
    // Alt+Left moves the focused list one place earlier, focus and all, until it is first: where
    // a page's Save now goes, as the announcement says.
    await chip('Beta').focus();
    await popup.keyboard.press('Alt+ArrowLeft');
    await expect.poll(names).toEqual([...start.slice(0, -2), 'Beta', 'Alpha']);
    await expect.poll(focusedChip).toBe('Beta');
    // (Each move re-renders the chips, which blurs the moved one until it is focused again.)
    for (let at = start.length - 2; at > 0; at--) {
      await popup.keyboard.press('Alt+ArrowLeft');
      await expect.poll(async () => (await names()).indexOf('Beta')).toBe(at - 1);
      await expect.poll(focusedChip).toBe('Beta');
    }
    await expect.poll(names).toEqual(['Beta', ...start.slice(0, -2), 'Alpha']);
    await popup.getByText(`Moved “Beta” to position 1 of ${start.length}: Save on a page adds papers to it.`).waitFor();
    const saved = await ask(popup, 'entries/save', { paperId: 'arxiv:2306.13643' });
    expect(saved.listId).toBe(made[1]?.id);
    await ask(popup, 'entries/remove', { entryId: saved.id });
    // Dragged onto the left half of the first chip, Alpha goes first.
    await popup.dragAndDrop(`.pp-chip[data-list-id="${made[0]?.id}"]`, `.pp-chip[data-list-id="${made[1]?.id}"]`, {
      targetPosition: { x: 4, y: 8 },
    });
    await expect.poll(names).toEqual(['Alpha', 'Beta', ...start.slice(0, -2)]);
    await reopen();
    expect(await names()).toEqual(['Alpha', 'Beta', ...start.slice(0, -2)]);
    // At an end already, a move says so.
    await chip('Alpha').focus();
    await popup.keyboard.press('Alt+Home');
    await popup.getByText('“Alpha” is first already.').waitFor();
    // A list deleted, the first is shown (none chosen): moving it keeps it shown, and the delete's
    // Undo stays (a second trial: the next list was shown, and the Undo gone).
    const shown = () => popup.locator('.pp-list-name').textContent();
    expect(await shown()).toBe('Alpha');
    // First, and empty while other lists hold papers: Save on a page fills it, and it says so.
    await popup.getByText('“Alpha” is empty: hover a paper title on any page and press Save.').waitFor();
    await popup.getByRole('button', { name: 'Delete', exact: true }).click();
    await popup.getByRole('alertdialog').getByRole('button', { name: 'Delete list' }).click();
    await popup.getByText('Deleted “Alpha”.').waitFor();
    expect(await shown()).toBe('Beta');
    await chip('Beta').focus();
    await popup.keyboard.press('Alt+End');
    await expect.poll(names).toEqual([...start.slice(0, -2), 'Beta']);
    expect(await shown()).toBe('Beta');
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(names).toEqual(['Alpha', ...start.slice(0, -2), 'Beta']);
    for (const list of made) await ask(popup, 'lists/delete', { listId: list.id });
    await reopen();
    expect(await names()).toEqual(start.slice(0, -2));
    await chip('To read').click();
  });

  it('keeps a note being written when the popup closes, and opens it again until it is saved', async () => {
    await chip('To read').click();
    await entry(STMOE).getByRole('button', { name: 'Add note' }).click();
    await popup.keyboard.type('Read the router z-loss part');
    // Chrome closes the popup at any click on the page: the next one opens with the note.
    await reopen();
    await chip('To read').click();
    const editor = entry(STMOE).getByLabel(/^Note on/);
    await expect.poll(() => editor.inputValue()).toBe('Read the router z-loss part');
    await entry(STMOE).getByText('Not saved yet').waitFor();
    expect(await ask(popup, 'lists/overview', {})).toMatchObject({
      entries: expect.arrayContaining([expect.objectContaining({ paperId: 'arxiv:2202.08906', note: '' })]),
    });
    await editor.focus();
    await popup.keyboard.type(', then the appendix');
    await popup.keyboard.press('Control+Enter');
    await entry(STMOE).locator('.pp-note').waitFor();
    await reopen();
    await chip('To read').click();
    expect(await entry(STMOE).locator('.pp-note').textContent()).toBe('Read the router z-loss part, then the appendix');
    expect(await entry(STMOE).locator('.pp-note-form').count()).toBe(0);
    // Cancelled, a draft is gone too.
    await entry(STMOE).getByRole('button', { name: 'Edit note' }).click();
    await popup.keyboard.type(' (maybe)');
    await popup.keyboard.press('Escape');
    await popup.keyboard.press('Escape');
    expect(await editorAfterReopening(STMOE)).toBe(0);
    // The button that opened the editor closes it as Cancel does, draft and all.
    await entry(STMOE).getByRole('button', { name: 'Edit note' }).click();
    await popup.keyboard.type(' (or not)');
    await entry(STMOE).getByRole('button', { name: 'Edit note' }).click();
    expect(await editorAfterReopening(STMOE)).toBe(0);
    await ask(popup, 'entries/update', {
      entryId: (await ask(popup, 'lists/overview', {})).entries.find((e) => e.paperId === 'arxiv:2202.08906')?.id ?? '',
      note: '',
    });
  });

  it('shows a note changed elsewhere before a draft or an open editor replaces it', async () => {
    const stmoeId = async () =>
      (await ask(popup, 'lists/overview', {})).entries.find((e) => e.paperId === 'arxiv:2202.08906')?.id ?? '';
    await ask(popup, 'entries/update', { entryId: await stmoeId(), note: 'check appendix B' });
    await reopen();
    await chip('To read').click();
    await entry(STMOE).getByRole('button', { name: 'Edit note' }).click();
    await popup.keyboard.type(', and the router');
    // The popup closes; a backup imported meanwhile adds to the note.
    await reopen();
    await askElsewhere(session, 'entries/update', {
      entryId: await stmoeId(),
      note: 'check appendix B\n\nLAPTOP NOTE: the z-loss',
    });
    await chip('To read').click();
    const changed = entry(STMOE).locator('.pp-note-changed');
    await changed.waitFor();
    expect(await changed.textContent()).toContain('LAPTOP NOTE: the z-loss');
    expect(
      await entry(STMOE)
        .getByLabel(/^Note on/)
        .inputValue(),
    ).toBe('check appendix B, and the router');
    await popup.screenshot({ path: join(screenshotDir(), 'popup-note-changed.png') });
    // Kept, the saved note stays as it is and the draft goes.
    await entry(STMOE).getByRole('button', { name: 'Keep the saved note' }).click();
    expect(await entry(STMOE).locator('.pp-note').textContent()).toBe('check appendix B\n\nLAPTOP NOTE: the z-loss');
    expect(await editorAfterReopening(STMOE)).toBe(0);
    // An open editor: another popup saves a note meanwhile; saving here says it replaces that.
    await entry(STMOE).getByRole('button', { name: 'Edit note' }).click();
    await popup.keyboard.press('End');
    await popup.keyboard.type(' (mine)');
    await askElsewhere(session, 'entries/update', { entryId: await stmoeId(), note: 'from the other popup' });
    await changed.waitFor();
    await entry(STMOE).getByRole('button', { name: 'Save mine instead' }).click();
    await expect
      .poll(
        async () =>
          (await ask(popup, 'lists/overview', {})).entries.find((e) => e.paperId === 'arxiv:2202.08906')?.note,
      )
      .toBe('check appendix B\n\nLAPTOP NOTE: the z-loss (mine)');
    await ask(popup, 'entries/update', { entryId: await stmoeId(), note: '' });
  });

  it('keeps a note being written when its list is deleted elsewhere, for that list’s Undo', async () => {
    const all = await ask(popup, 'lists/overview', {});
    const toRead = all.lists.find((l) => l.name === 'To read');
    if (!toRead) throw new Error('e2e: no list "To read"');
    await chip('To read').click();
    await entry(STMOE)
      .getByRole('button', { name: /^(Add|Edit) note on/ })
      .click();
    await popup.keyboard.type('half a thought');
    await askElsewhere(session, 'lists/delete', { listId: toRead.id });
    await expect.poll(() => chip('To read').count()).toBe(0);
    // Another popup's Undo brings the list back, and the note being written comes back with it.
    await askElsewhere(session, 'lists/restore', {
      list: toRead,
      entries: all.entries.filter((e) => e.listId === toRead.id),
    });
    await chip('To read').click();
    await expect
      .poll(() =>
        entry(STMOE)
          .getByLabel(/^Note on/)
          .inputValue(),
      )
      .toBe('half a thought');
    await entry(STMOE).getByRole('button', { name: 'Cancel' }).click();
    expect(await editorAfterReopening(STMOE)).toBe(0);
  });

  it('moves a paper to another list (keeping status and note) and removes one', async () => {
    // What it says goes into status regions that are there before: a live region added with its
    // text already in it is not announced by every screen reader.
    await popup.locator('.pp-lists [role="status"]').evaluateAll((regions) => {
      for (const el of regions) el.setAttribute('data-before', '');
    });
    const said = popup.locator('[role="status"][data-before]');
    // From the keyboard, arrowing down the closed menu passes the lists by: nothing moves until
    // Enter, and Escape or leaving the menu takes the choice back.
    const menu = entry(XPROMPT).getByLabel(/to another list$/);
    await menu.focus();
    await popup.keyboard.press('ArrowDown');
    await popup.waitForTimeout(300);
    expect(await popup.locator('.pp-entry').count()).toBe(3);
    await popup.keyboard.press('Escape');
    expect(await menu.inputValue()).toBe('');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Tab');
    await popup.waitForTimeout(300);
    expect(await popup.locator('.pp-entry').count()).toBe(3);
    expect(await menu.inputValue()).toBe('');
    // Chosen with the mouse (or in the opened menu), it moves at once.
    const order = await entryTitles(popup);
    // (A click to open the menu focuses it.)
    await menu.focus();
    await menu.selectOption({ label: 'Feature matching' });
    await popup.waitForFunction(() => document.querySelectorAll('.pp-entry').length === 2);
    // It says where the paper went; focus goes on down the list, to the same menu of the row that
    // took its place, and Ctrl+Z undoes from there.
    await said.filter({ hasText: `Moved “${XPROMPT}” to Feature matching.` }).waitFor();
    const next = (order[order.indexOf(XPROMPT) + 1] ?? order[order.indexOf(XPROMPT) - 1]) as string;
    await expect.poll(focusedControl).toEqual({ tag: 'select', row: expect.stringContaining(next) });
    await popup.keyboard.press('Control+z');
    // Undone: back in its place, note and all, and not in the other list; focus on its row.
    await popup.waitForFunction(() => document.querySelectorAll('.pp-entry').length === 3);
    expect(await entryTitles(popup)).toEqual(order);
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.closest('.pp-entry')?.textContent ?? ''))
      .toContain(XPROMPT);
    expect(await entry(XPROMPT).locator('.pp-note').textContent()).toBe('Compare with prompt tuning v2');
    await chip('Feature matching').click();
    expect(await entryTitles(popup)).toEqual([LIGHTGLUE]);
    await chip('To read').click();
    await entry(XPROMPT)
      .getByLabel(/to another list$/)
      .selectOption({ label: 'Feature matching' });
    await said.filter({ hasText: `Moved “${XPROMPT}” to Feature matching.` }).waitFor();
    await chip('Feature matching').click();
    expect(await entryTitles(popup)).toEqual([LIGHTGLUE, XPROMPT]);
    expect(await entry(XPROMPT).locator('.pp-note').textContent()).toBe('Compare with prompt tuning v2');
    // Removing is undoable, note and place included; focus goes to the Remove button of the row
    // before it (it was the last), not to the page.
    await popup.getByRole('button', { name: `Remove “${XPROMPT}” from this list` }).click();
    await popup.waitForFunction(() => document.querySelectorAll('.pp-entry').length === 1);
    expect(await said.filter({ hasText: 'Removed' }).textContent()).toBe(`Removed “${XPROMPT}”.Undo`);
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Remove “${LIGHTGLUE}” from this list`);
    await said.getByRole('button', { name: 'Undo' }).click();
    await popup.waitForFunction(() => document.querySelectorAll('.pp-entry').length === 2);
    expect(await entryTitles(popup)).toEqual([LIGHTGLUE, XPROMPT]);
    // ...and then on the row that came back.
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.closest('.pp-entry')?.textContent ?? ''))
      .toContain(XPROMPT);
    expect(await entry(XPROMPT).locator('.pp-note').textContent()).toBe('Compare with prompt tuning v2');
    await popup.getByRole('button', { name: `Remove “${LIGHTGLUE}” from this list` }).click();
    await popup.waitForFunction(() => document.querySelectorAll('.pp-entry').length === 1);
  });

  it('asks before deleting a list, and never deletes the same papers in other lists', async () => {
    const { lists } = await ask(popup, 'lists/overview', {});
    const toRead = lists.find((l) => l.name === 'To read');
    await ask(popup, 'entries/save', { listId: toRead?.id ?? '', paperId: 'arxiv:2210.04457' });
    await reopen();
    await chip('Feature matching').click();
    await popup.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = popup.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain('Delete “Feature matching” and its 1 saved paper?');
    // Focus starts on Cancel (a second Enter must not delete), and Escape goes back to Delete.
    const focused = () => popup.evaluate(() => document.activeElement?.textContent?.trim());
    expect(await focused()).toBe('Cancel');
    await popup.keyboard.press('Escape');
    await expect.poll(focused).toBe('Delete');
    expect(await dialog.count()).toBe(0);
    await popup.keyboard.press('Enter');
    await popup.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    expect(await chip('Feature matching').count()).toBe(1);
    const before = await entryTitles(popup);
    const deleteIt = async () => {
      await popup.getByRole('button', { name: 'Delete', exact: true }).click();
      await popup.getByRole('alertdialog').getByRole('button', { name: 'Delete list' }).click();
      await expect.poll(() => chip('Feature matching').count()).toBe(0);
    };
    await deleteIt();
    expect(await entryTitles(popup)).toEqual([STMOE, SUPERGLUE, XPROMPT]);
    // It says what went, with an Undo that has the focus (the Delete button went with its list).
    await popup.getByText('Deleted “Feature matching” and its 1 saved paper.').waitFor();
    await expect.poll(focused).toBe('Undo');
    await popup.keyboard.press('Enter');
    // Back, with its paper, note and status, and shown, its chip focused.
    await expect.poll(() => chip('Feature matching').count()).toBe(1);
    expect(await entryTitles(popup)).toEqual(before);
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.closest('.pp-chip')?.textContent ?? ''))
      .toContain('Feature matching');
    // Brought back elsewhere (another popup's Undo, an import), it has nothing left to undo: the
    // notice goes, not to answer a later Undo with "that list is there already".
    const all = await ask(popup, 'lists/overview', {});
    const matching = all.lists.find((l) => l.name === 'Feature matching');
    if (!matching) throw new Error('e2e: no list "Feature matching"');
    await deleteIt();
    const notice = popup.getByText('Deleted “Feature matching” and its 1 saved paper.');
    await notice.waitFor();
    const itsEntries = all.entries.filter((e) => e.listId === matching.id);
    await askElsewhere(session, 'lists/restore', { list: matching, entries: itsEntries });
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => chip('Feature matching').count()).toBe(1);
    await chip('Feature matching').click();
    await deleteIt();
  });

  it('exports one list or everything as BibTeX, Markdown and CSV, and a JSON backup', async () => {
    const bib = await download(() => popup.getByRole('button', { name: 'BibTeX' }).click());
    expect(bib.name).toMatch(/^paperlens-to-read-\d{4}-\d\d-\d\d\.bib$/);
    expect(bib.text.match(/^@\w+\{/gm)).toHaveLength(3);
    const md = await download(() => popup.getByRole('button', { name: 'Markdown' }).click());
    expect(md.text).toContain('[SuperGLUE: A Stickier Benchmark');
    expect(md.text).toContain('](https://arxiv.org/abs/1905.00537)');
    expect(md.text).toContain('*Read*');
    await popup.getByLabel('What to export').selectOption('all');
    const csv = await download(() => popup.getByRole('button', { name: 'CSV' }).click());
    expect(csv.name).toMatch(/^paperlens-lists-/);
    expect(csv.text.trim().split('\r\n')).toHaveLength(4);
    const json = await download(() => popup.getByRole('button', { name: 'Export JSON backup' }).click());
    expect(withoutDate(json.text)).toEqual(withoutDate(await ask(popup, 'backup/export', {})));
  });

  it.each([
    ['malformed.json', 'is not valid JSON'],
    ['truncated.json', 'ends too early (truncated?)'],
    ['wrong-version.json', 'backup version 7 is newer than this PaperLens supports'],
    ['not-a-backup.json', 'not a PaperLens backup'],
    [
      'bad-status.json',
      'entries[1].status (paper "arxiv:2306.13643" in the list "Imported papers"): expected one of to-read, reading, read, got "finished"',
    ],
  ])('rejects %s with a message that says what is wrong, changing nothing', async (file, message) => {
    const before = withoutDate(await ask(popup, 'backup/export', {}));
    await popup.setInputFiles('input[type="file"]', join(backups, file));
    const alert = popup.locator('.pp-panel .pl-error', { hasText: file });
    await alert.waitFor();
    // The panel is below the list: the word comes into view, or choosing the file seems to do nothing.
    await popup.setViewportSize({ width: 400, height: 300 });
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.setInputFiles('input[type="file"]', join(backups, file));
    await expect
      .poll(() => alert.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight + 1))
      .toBe(true);
    await popup.setViewportSize({ width: 400, height: 600 });
    expect(await alert.textContent()).toContain(`${file} was not imported, nothing changed`);
    expect(await alert.textContent()).toContain(message);
    expect(withoutDate(await ask(popup, 'backup/export', {}))).toEqual(before);
  });

  it('undoes an import, putting back what was there before it', async () => {
    const before = withoutDate(await ask(popup, 'backup/export', {}));
    await popup.setInputFiles('input[type="file"]', join(backups, 'valid.json'));
    await popup.getByText(/Imported valid\.json: 1 new list/).waitFor();
    await chip('Imported papers').waitFor();
    await popup.getByRole('button', { name: 'Undo import' }).click();
    await popup.getByText('Import of valid.json undone: your lists and settings are as they were before it.').waitFor();
    expect(withoutDate(await ask(popup, 'backup/export', {}))).toEqual(before);
    await chip('Imported papers').waitFor({ state: 'detached' });
  });

  it('imports a valid backup, merging without duplicates', async () => {
    await popup.setInputFiles('input[type="file"]', join(backups, 'valid.json'));
    await popup
      .getByText(/Imported valid\.json: 1 new list, 2 new entries, 0 updated entries, 1 hidden paper\./)
      .waitFor();
    await chip('Imported papers').click();
    expect(await entryTitles(popup)).toEqual([SUPERGLUE, LIGHTGLUE]);
    const once = withoutDate(await ask(popup, 'backup/export', {}));
    await popup.setInputFiles('input[type="file"]', join(backups, 'valid.json'));
    await popup
      .getByText(/Imported valid\.json: no new lists, entries or hidden papers \(all were here already\)\./)
      .waitFor();
    expect(withoutDate(await ask(popup, 'backup/export', {}))).toEqual(once);
  });

  it('puts a list deleted since an older backup back in its place among the lists, not last', async () => {
    const made = [];
    for (const name of ['Week 1', 'Week 2', 'Week 3']) made.push(await ask(popup, 'lists/create', { name }));
    const old = await ask(popup, 'backup/export', {});
    await ask(popup, 'lists/delete', { listId: made[1]?.id ?? '' });
    await ask(popup, 'lists/create', { name: 'Made since' });
    await reopen();
    await popup.setInputFiles('input[type="file"]', {
      name: 'old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(old),
    });
    await popup.getByText(/^Imported old\.json: 1 new list/).waitFor();
    const names = () => popup.locator('.pp-chip .pp-chip-name').allTextContents();
    await expect.poll(async () => (await names()).slice(-4)).toEqual(['Week 1', 'Week 2', 'Week 3', 'Made since']);
    const { lists } = await ask(popup, 'lists/overview', {});
    for (const list of lists.filter((l) => l.name.startsWith('Week') || l.name === 'Made since'))
      await ask(popup, 'lists/delete', { listId: list.id });
  });

  it('shows papers hidden on sites, and undoes one', async () => {
    await popup.locator('.pp-hidden summary').click();
    const item = popup.locator('.pp-hidden-item');
    expect(await item.textContent()).toContain('SuperGlue: Learning Feature Matching');
    expect(await item.textContent()).toContain('on news.example.com');
    // Each Undo names its paper and site, for a screen reader going through a list of them.
    await item
      .getByRole('button', {
        name: 'Undo: show SuperGlue: Learning Feature Matching with Graph Neural Networks on news.example.com again',
      })
      .focus();
    await popup.keyboard.press('Enter');
    await popup.getByText('Nothing hidden.', { exact: false }).waitFor();
    expect(await ask(popup, 'dismissals/list', {})).toEqual([]);
    // Its row is gone: focus goes to the panel's heading, not the page's body.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.localName)).toBe('summary');
  });

  it('keeps long notes, right-to-left notes and many lists inside the popup', async () => {
    const { lists, entries } = await ask(popup, 'lists/overview', {});
    const first = entries.find((e) => e.listId === lists[0]?.id);
    if (!first) throw new Error('e2e: no entry to annotate');
    const url = `https://example.org/${'very-long-path-segment-'.repeat(12)}`;
    await ask(popup, 'entries/update', { entryId: first.id, note: `${url}\nهذه ورقة مهمة جداً! (راجع القسم 3).` });
    const extra = [];
    for (let i = 0; i < 22; i++) extra.push(await ask(popup, 'lists/create', { name: `Topic ${i + 1}` }));
    await reopen();
    await chip(lists[0]?.name ?? '').click();
    const note = popup.locator('.pp-note').first();
    await note.waitFor();
    const fits = await note.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    expect(await note.getAttribute('dir')).toBe('auto');
    const chipsHeight = await popup.locator('.pp-chips').evaluate((el) => el.getBoundingClientRect().height);
    expect(chipsHeight).toBeLessThanOrEqual(130);
    await popup.screenshot({ path: `${screenshotDir()}/popup-many-lists.png` });
    for (const list of extra) await ask(popup, 'lists/delete', { listId: list.id });
    await ask(popup, 'entries/update', { entryId: first.id, note: '' });
  });

  it('keeps "New list" whole beside long-named lists, names a cut name in its tooltip, and shows when the lists scroll', async () => {
    const long = `Eighty characters: ${'papers to go through this summer, '.repeat(3)}`.slice(0, 80);
    const made = [];
    for (const name of ['Matching — CV papers, commas', 'Reading list', long])
      made.push(await ask(popup, 'lists/create', { name }));
    await reopen();
    const newList = popup.getByRole('button', { name: 'New list' });
    // Whole: what is drawn just inside each edge of the pill is the button, not a neighbour or what
    // a clipping box shows instead (its corners are round, so the middle of each edge).
    const wholeOnScreen = () =>
      newList.evaluate((button) => {
        const r = button.getBoundingClientRect();
        const [midX, midY] = [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
        const points = [
          [midX, r.top + 2],
          [midX, r.bottom - 2],
          [r.left + 8, midY],
          [r.right - 8, midY],
        ];
        return points.every(([x, y]) => button.contains(document.elementFromPoint(x ?? 0, y ?? 0)));
      });
    expect(await wholeOnScreen()).toBe(true);
    expect(await chip(long).getAttribute('title')).toBe(`${long}\n${REORDER_HINT}`);
    expect(await chip('Reading list').getAttribute('title')).toBe(REORDER_HINT);
    await popup.screenshot({ path: `${screenshotDir()}/popup-long-list-names.png` });
    const frame = popup.locator('.pp-chips-frame');

    for (let i = 0; i < 40; i++) made.push(await ask(popup, 'lists/create', { name: `Topic ${i + 1}` }));
    await reopen();
    // An empty list shown under many chips: the panel ends where its last section does (the
    // chips' hidden words, placed outside their scrolling box, stretched it by 380 px).
    await ask(popup, 'entries/save', { paperId: 'arxiv:2306.13643', listId: made[0]?.id });
    const slack = () =>
      popup.locator('.pp-panel-area').evaluate((area) => {
        const last = area.querySelector('.pp-lists')?.lastElementChild?.getBoundingClientRect();
        return area.scrollHeight - ((last?.bottom ?? 0) - area.getBoundingClientRect().top + area.scrollTop);
      });
    expect(await slack()).toBeLessThanOrEqual(24);
    expect(await wholeOnScreen()).toBe(true);
    await expect.poll(() => frame.getAttribute('data-more-below')).toBe('');
    expect(await frame.getAttribute('data-more-above')).toBeNull();
    await popup.screenshot({ path: `${screenshotDir()}/popup-lists-scroll.png` });
    await popup.locator('.pp-chips').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(() => frame.getAttribute('data-more-above')).toBe('');
    expect(await frame.getAttribute('data-more-below')).toBeNull();
    for (const list of made) await ask(popup, 'lists/delete', { listId: list.id });
  });

  it('opens a long list with its first 100 rows and shows the rest on demand', async () => {
    const metadata = JSON.parse(readFileSync(join(root, 'seeds/paper-metadata.json'), 'utf8')) as Array<{
      arxivId: string;
    }>;
    const big = await ask(popup, 'lists/create', { name: 'Everything' });
    await ask(popup, 'entries/save-many', { listId: big.id, paperIds: metadata.map((m) => `arxiv:${m.arxivId}`) });
    await reopen();
    await chip('Everything').click();
    await expect.poll(() => popup.locator('.pp-entry').count()).toBe(100);
    const more = popup.getByRole('button', { name: 'Show 12 more' });
    await more.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.pp-entry').count()).toBe(112);
    expect(await more.count()).toBe(0);
    // The button went: focus is in the first new row, not on the page.
    await expect
      .poll(() =>
        popup.evaluate(
          () => document.activeElement?.closest('.pp-entry') === document.querySelectorAll('.pp-entry')[100],
        ),
      )
      .toBe(true);
    // From the keyboard, one button skips the rows (six controls each) to Export.
    await popup.getByRole('button', { name: 'Skip the 112 papers, to Export' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('pp-export-heading');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('pp-export-scope');
    // Moving a row far down the list: the notice of where it went is in view, not 100 rows up.
    const other = await ask(popup, 'lists/create', { name: 'Elsewhere' });
    await reopen();
    await chip('Everything').click();
    await expect.poll(() => popup.locator('.pp-entry').count()).toBe(100);
    const row = popup.locator('.pp-entry').nth(90);
    await row.scrollIntoViewIfNeeded();
    await row.getByLabel(/to another list$/).selectOption({ label: 'Elsewhere' });
    const notice = popup.locator('.pp-lists [role="status"] .pp-undo');
    await notice.waitFor();
    const inView = await notice.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await popup.screenshot({ path: join(screenshotDir(), 'popup-moved-undo.png') });
    await ask(popup, 'lists/delete', { listId: other.id });
    await ask(popup, 'lists/delete', { listId: big.id });
  });

  it('deleting the first list puts focus on its Undo, in the list shown after it, and Undo brings it back', async () => {
    for (const name of ['Alpha', 'Beta']) await ask(popup, 'lists/create', { name }).catch(() => undefined);
    const { lists } = await ask(popup, 'lists/overview', {});
    const first = lists[0]?.name ?? '';
    await reopen();
    await chip(first).first().click();
    await popup.getByRole('button', { name: 'Delete', exact: true }).click();
    await popup.getByRole('alertdialog').getByRole('button', { name: 'Delete list' }).click();
    await expect.poll(async () => (await ask(popup, 'lists/overview', {})).lists.length).toBe(lists.length - 1);
    // Focus moves once the popup has read the lists again (later on a busy machine).
    const focused = () => popup.evaluate(() => document.activeElement?.textContent ?? null);
    await expect.poll(focused).toBe('Undo');
    expect(await popup.locator('.pp-list-name').textContent()).not.toBe(first);
    await popup.keyboard.press('Enter');
    await expect
      .poll(async () => (await ask(popup, 'lists/overview', {})).lists.map((l) => l.name))
      .toEqual(lists.map((l) => l.name));
    const focusedChip = () =>
      popup.evaluate(() => document.activeElement?.closest('.pp-chip')?.querySelector('.pp-chip-name')?.textContent);
    await expect.poll(focusedChip).toBe(first);
  });

  it('logged no console error', () => {
    expect(session.errors).toEqual([]);
  });
});
