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
    observer = observeChanges(document.body, done, { delayMs: 5 });
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

describe('observeChanges and edited text', () => {
  it.each<[string, (t: Text) => void, boolean]>([
    ['its words changed', (t) => (t.data = 'SuperGlue here'), true],
    ['set again to the same words (a framework re-rendering)', (t) => (t.data = 'LightGlue here'), false],
    ['one character added', (t) => t.appendData('!'), true],
  ])('tells at once of a text node with %s: %s', async (_, edit, told) => {
    document.body.innerHTML = '<p>LightGlue here</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    const edited: CharacterData[] = [];
    const batch = new Promise<ChangeBatch>((done) => {
      observer = observeChanges(document.body, done, { delayMs: 5, onTextEdited: (t) => edited.push(t) });
    });
    edit(text);
    // Before the batch (and before the page is painted again): in the observer's own callback.
    await Promise.resolve();
    expect(edited).toEqual(told ? [text] : []);
    expect((await batch).roots).toEqual([document.querySelector('p')]);
  });
});

describe('observeChanges and a swapped body (Turbo, pjax)', () => {
  it('reads and watches a new body, and ignores PaperLens’s own host beside it', async () => {
    const oldBody = document.body;
    const batches: ChangeBatch[] = [];
    let got: (() => void) | undefined;
    observer = observeChanges(
      document.body,
      (batch) => {
        batches.push(batch);
        got?.();
      },
      { delayMs: 5 },
    );
    observer.observeBodySwaps(document.documentElement);
    const next = () => new Promise<void>((done) => (got = done));
    const newBody = document.createElement('body');
    newBody.innerHTML = '<p>XPrompt</p>';
    let landed = next();
    oldBody.replaceWith(newBody);
    await landed;
    expect(batches.at(-1)).toEqual({ roots: [newBody], removed: true, cleared: [] });
    // Changes inside the new body are seen too.
    const added = document.createElement('p');
    landed = next();
    newBody.append(added);
    await landed;
    expect(batches.at(-1)?.roots).toEqual([added]);
    // The popover's host comes and goes beside the body: no batch.
    const host = document.createElement('paperlens-ui');
    document.documentElement.append(host);
    host.remove();
    await new Promise((done) => setTimeout(done, 30));
    expect(batches).toHaveLength(2);
    newBody.replaceWith(oldBody);
  });
});

describe('observeChanges and replaced marked text', () => {
  /** Batches handed over within the observer's callback (before any timer could run). */
  async function batchesAtOnce(lostMarks: boolean, change: () => void): Promise<ChangeBatch[]> {
    const batches: ChangeBatch[] = [];
    observer = observeChanges(document.body, (b) => batches.push(b), { delayMs: 50, dropLostMarks: () => lostMarks });
    change();
    // The observer's callback runs at the next microtask checkpoint, before timers and paint.
    await Promise.resolve();
    await Promise.resolve();
    return batches;
  }

  it('hands the batch over at once when the removed nodes held marks (a chat re-rendering its answer)', async () => {
    document.body.innerHTML = '<div id="m"><p>LightGlue here</p></div>';
    const m = document.getElementById('m') as HTMLElement;
    const batches = await batchesAtOnce(true, () => {
      m.innerHTML = '<p>LightGlue here</p>';
    });
    expect(batches).toEqual([{ roots: [m], removed: true, cleared: [] }]);
  });

  it('waits for the batch delay when no mark was lost, or nothing was removed', async () => {
    document.body.innerHTML = '<div id="m"><p>plain text</p></div>';
    const m = document.getElementById('m') as HTMLElement;
    expect(await batchesAtOnce(false, () => (m.innerHTML = '<p>plain text</p>'))).toEqual([]);
    observer?.dispose();
    expect(await batchesAtOnce(true, () => m.append(document.createElement('p')))).toEqual([]);
  });

  it('waits for the batch delay when many blocks changed at once (an infinite scroll)', async () => {
    document.body.innerHTML = '<div id="m"></div>';
    const m = document.getElementById('m') as HTMLElement;
    const batches = await batchesAtOnce(true, () => {
      m.innerHTML = '<p>x</p>'.repeat(40);
    });
    expect(batches).toEqual([]);
  });
});
