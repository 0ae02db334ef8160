import { beforeEach, describe, expect, it } from 'vitest';
import { locate, type Segment, walkSegments } from '../../../lib/page/segments';

function walk(root: Node) {
  const segments: string[] = [];
  const links: string[] = [];
  for (const item of walkSegments(root)) {
    if (item.kind === 'segment') segments.push(item.segment.text);
    else links.push(item.link.getAttribute('href') ?? '');
  }
  return { segments, links };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('walkSegments', () => {
  it('joins a block across inline elements and splits at blocks and <br>', () => {
    document.body.innerHTML =
      '<p><strong><a href="https://x.org/w">WARP</a></strong>: <em>Word-level</em> Adversarial <code>ReProgramming</code></p>' +
      '<ul><li>Mixture-of-Experts with<br>Expert Choice Routing</li></ul>';
    const { segments, links } = walk(document.body);
    expect(segments).toEqual([
      'WARP: Word-level Adversarial ReProgramming',
      'Mixture-of-Experts with\nExpert Choice Routing',
    ]);
    expect(links).toEqual(['https://x.org/w']);
  });

  it('steps over skipped subtrees and carries on after them, at any depth', () => {
    document.body.innerHTML =
      '<div><p>A</p><textarea>XPrompt</textarea><p>B</p>' +
      '<section><div contenteditable="true"><p>typed</p></div></section>' +
      '<div class="cm-editor"><div><div>code</div></div></div></div>' +
      '<p>C <button>skip</button>D</p><script>var s = "script";</script><p>E</p>';
    expect(walk(document.body).segments).toEqual(['A', 'B', 'C D', 'E']);
  });

  it('yields nothing for a root inside an editable region (a rescan of a typed paragraph)', () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="typed">LightGlue</p></div><p id="plain">x</p>';
    const typed = document.getElementById('typed') as HTMLElement;
    expect(walk(typed).segments).toEqual([]);
    expect(walk(typed.firstChild as Node).segments).toEqual([]);
    expect(walk(document.getElementById('plain') as HTMLElement).segments).toEqual(['x']);
  });

  it('stays inside the root when the root ends with a skipped element', () => {
    document.body.innerHTML = '<div id="root"><p>in</p><div><textarea>t</textarea></div></div><p>outside</p>';
    expect(walk(document.getElementById('root') as HTMLElement).segments).toEqual(['in']);
  });

  it('maps segment indexes back to text nodes', () => {
    document.body.innerHTML = '<p>ab<em>cd</em>ef</p>';
    const item = walkSegments(document.body).next().value as { segment: Segment };
    const { segment } = item;
    expect(segment.text).toBe('abcdef');
    expect(locate(segment, 2)).toMatchObject({ offset: 0 });
    expect(locate(segment, 2).node.data).toBe('cd');
    expect(locate(segment, 4, true).node.data).toBe('cd');
    expect(locate(segment, 4, true).offset).toBe(2);
  });
});
