import { beforeEach, describe, expect, it } from 'vitest';
import { createFocusReturn } from '../../../lib/page/focus-return';

let ui: HTMLElement;
beforeEach(() => {
  document.body.innerHTML =
    '<a id="link" href="#">a link</a><p id="p">LightGlue is fast</p><button id="ui">popover</button>';
  ui = document.getElementById('ui') as HTMLElement;
});

const mention = () => {
  const range = document.createRange();
  const text = document.getElementById('p')?.firstChild as Text;
  range.setStart(text, 0);
  range.setEnd(text, 9);
  return range;
};

describe('createFocusReturn', () => {
  it('gives focus back to the element that had it', () => {
    const focus = createFocusReturn(document, (el) => el === ui);
    const link = document.getElementById('link') as HTMLElement;
    link.focus();
    focus.remember();
    ui.focus(); // the popover takes focus
    focus.giveBack(mention());
    expect(document.activeElement).toBe(link);
    expect(focus.movedByReader(link)).toBe(false); // focus the close put back is not a move
  });

  it('when nothing had focus, focuses the last element before the mention and puts the caret there', () => {
    const focus = createFocusReturn(document, (el) => el === ui);
    focus.remember();
    ui.focus();
    focus.giveBack(mention());
    // Tab then goes on from the mention, not from the page's top.
    expect(document.activeElement?.id).toBe('link');
    expect(focus.movedByReader(document.getElementById('link'))).toBe(false);
    expect(document.getSelection()?.anchorNode?.textContent).toBe('LightGlue is fast');
  });

  it('with nothing focusable before the mention, only puts the caret there', () => {
    document.body.innerHTML = '<p id="p">LightGlue is fast</p><a href="#">after</a><button id="ui">popover</button>';
    ui = document.getElementById('ui') as HTMLElement;
    const focus = createFocusReturn(document, (el) => el === ui);
    focus.remember();
    ui.focus();
    focus.giveBack(mention());
    expect(document.activeElement).toBe(document.body);
    expect(document.getSelection()?.anchorNode?.textContent).toBe('LightGlue is fast');
  });

  it('does not count its own UI or the body as the page focus', () => {
    const focus = createFocusReturn(document, (el) => el === ui);
    ui.focus();
    expect(focus.pageFocus()).toBe(null);
    (document.getElementById('link') as HTMLElement).focus();
    expect(focus.pageFocus()?.id).toBe('link');
    expect(focus.movedByReader(focus.pageFocus())).toBe(true);
  });
});
