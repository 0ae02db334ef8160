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

  it('puts the caret at the mention when nothing had focus', () => {
    const focus = createFocusReturn(document, (el) => el === ui);
    focus.remember();
    ui.focus();
    focus.giveBack(mention());
    expect(document.activeElement).not.toBe(ui);
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
