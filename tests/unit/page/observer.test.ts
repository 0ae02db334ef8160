import { afterEach, describe, expect, it } from 'vitest';
import { type ChangeBatch, type ChangeObserver, observeChanges } from '../../../lib/page/observer';

let observer: ChangeObserver | undefined;
afterEach(() => {
  observer?.dispose();
  document.body.innerHTML = '';
});

/** The next batch the page's observer hands over after `change`. */
async function batchAfter(change: () => void): Promise<ChangeBatch> {
  const next = new Promise<ChangeBatch>((done) => {
    observer = observeChanges(document.body, done, 5);
  });
  change();
  return next;
}

describe('observeChanges and attributes', () => {
  it('reads a panel again when its hidden attribute goes, clearing its marks first', async () => {
    document.body.innerHTML = '<section id="panel" hidden><p>XPrompt</p></section>';
    const panel = document.getElementById('panel') as HTMLElement;
    const batch = await batchAfter(() => {
      panel.hidden = false;
    });
    expect(batch).toEqual({ roots: [panel], removed: false, cleared: [panel] });
  });

  it('reads the block around an inline element or a link that changed, and clears the element', async () => {
    document.body.innerHTML =
      '<p id="p">See <a id="a" href="https://arxiv.org/abs/2306.13643">this</a> and <span id="s">that</span></p>';
    const byId = (id: string) => document.getElementById(id) as HTMLElement;
    const [p, a, s] = [byId('p'), byId('a'), byId('s')];
    const batch = await batchAfter(() => {
      a.setAttribute('href', 'https://arxiv.org/abs/2210.04457');
      s.setAttribute('contenteditable', 'true');
    });
    expect(batch).toEqual({ roots: [p], removed: false, cleared: [a, s] });
  });

  it('ignores other attributes', async () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const p = document.getElementById('p') as HTMLElement;
    const batch = await batchAfter(() => {
      p.className = 'x';
      p.title = 'y';
      p.append(' more');
    });
    expect(batch.cleared).toEqual([]);
  });
});
