import type { Mark, MarkRegistry } from './marks';
import { isSideLinkText, sideLinks, trimmedContents } from './side-links';
import { INLINE_TAGS, isInsideSkipped } from './skip';

/**
 * Marks the links the background resolved to a paper (`ids[i]` for `links[i]`, whose raw href was
 * `hrefs[i]`) and returns the marks made. `late`: the page's observer cleared elements since the
 * hrefs were read, so this answer may be for where a link went before, or for a link the page has
 * hidden since; such a link gets no mark. A link that goes to no paper, has no text, or is a side
 * link of another link to its paper ("pdf" after "arXiv:2311.09476": side-links.ts) or of its
 * paper's title marked as text (`besideTitle`: titled-cards.ts), keeps no mark of an earlier answer.
 */
export function linkMarks(
  links: readonly HTMLAnchorElement[],
  hrefs: readonly string[],
  ids: ReadonlyArray<string | null>,
  late: boolean,
  registry: MarkRegistry,
  besideTitle: (link: Element, paperId: string) => boolean = () => false,
): Mark[] {
  const made: Mark[] = [];
  const texts = links.map((link, i) => (ids[i] ? (link.textContent ?? '') : ''));
  const sides = sideLinks(links, ids, texts);
  links.forEach((link, i) => {
    const paperId = ids[i];
    if (!link.isConnected) return;
    if (late && (isInsideSkipped(link) || link.getAttribute('href') !== hrefs[i])) return;
    const text = texts[i] ?? '';
    if (!paperId || !text.trim() || sides.has(link) || (isSideLinkText(text) && besideTitle(link, paperId))) {
      registry.drop(link);
      return;
    }
    const heading = headingOf(link);
    const range = heading === link ? trimmedContents(link, texts[i]) : trimmedContents(heading);
    const mark: Mark = { paperId, kind: 'link', range, owner: link };
    registry.replace(link, [mark]);
    made.push(mark);
  });
  return made;
}

/**
 * What of a link is underlined: all of it, or, for a card (a link holding blocks: a post's
 * preview with its site, title and description, as Mastodon, Bluesky, Slack and Discord show
 * them), the block of its title, the first that is not a bare address; four underlined lines made
 * the card hard to read. Plain links (text alone, or inline parts) never get here.
 */
function headingOf(link: HTMLAnchorElement): Node {
  if (link.firstElementChild === null) return link;
  const view = link.ownerDocument.defaultView;
  const isBlock = (el: Element) =>
    !INLINE_TAGS.has(el.localName) || (view !== null && BLOCK_DISPLAY.test(view.getComputedStyle(el).display));
  const walker = link.ownerDocument.createTreeWalker(link, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!text.nodeValue?.trim()) continue;
    // The block around this text, inside the link: a title's <div>, <h3> or block <strong>.
    let block: Element | null = text.parentElement;
    while (block && block !== link && !isBlock(block)) block = block.parentElement;
    if (!block || block === link || !hasTextAfter(link, block)) return link;
    if (!ADDRESS.test(block.textContent?.trim() ?? '')) return block;
    // A card's site line ("arxiv.org"): its title comes next, after the line's last node.
    let last: Node = block;
    while (last.lastChild) last = last.lastChild;
    walker.currentNode = last;
  }
  return link;
}

const BLOCK_DISPLAY = /^(?:block|flex|grid|list-item|table|flow-root)/;
/** A site's name or address alone ("arxiv.org", "github.com/cvg/LightGlue"). */
const ADDRESS = /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i;

/** Does the link have text after `block` (a card's description), so that `block` is a part of it? */
function hasTextAfter(link: Element, block: Element): boolean {
  const range = link.ownerDocument.createRange();
  range.setStartAfter(block);
  range.setEnd(link, link.childNodes.length);
  return range.toString().trim() !== '';
}
