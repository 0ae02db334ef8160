import type { MarkRegistry } from './marks';
import { cardOf, isSideLinkText } from './side-links';

/**
 * Side links beside a title marked as text: a search result's title is often a link to the
 * publisher, which is no paper link, marked for its text, with "[PDF] arxiv.org" to the same paper
 * in a block of its own beside it (Google Scholar). Underlined too, each result was two marks (a
 * new-user trial). The title and the link arrive in either order (the text's answer and the links'
 * come apart), so each side waits for the other here. A side link in the title's own block (a
 * reference's "[pdf]" after its title) is the paper's only link, and keeps its mark.
 */
export class TitledCards {
  /** Blocks with a text mark, by paper. */
  private readonly titles = new Map<string, Set<Element>>();
  /** Side links (side-links.ts isSideLinkText) marked, by paper. */
  private readonly links = new Map<string, Set<Element>>();

  constructor(private readonly registry: MarkRegistry) {}

  /** `block` shows text marks of `paperIds`: the side links of its cards lose theirs. */
  titled(block: Element, paperIds: Iterable<string>): void {
    for (const paperId of paperIds) {
      // A page that renders its text again (every 100 ms) makes new blocks for ever: the ones it
      // took away go, once every PRUNE_EVERY blocks (each time, a page naming one paper in
      // thousands of blocks would read them all for each).
      const titles = this.titles.get(paperId);
      if (titles && titles.size % PRUNE_EVERY === 0) for (const _ of live(titles));
      add(this.titles, paperId, block);
      for (const link of live(this.links.get(paperId))) {
        if (beside(link, block)) {
          this.registry.drop(link);
          this.links.get(paperId)?.delete(link);
        }
      }
    }
  }

  /** Is the side link `link` to `paperId` beside a title of its paper? If not, it is kept in mind
   * for one that may come. */
  readonly isBesideTitle = (link: Element, paperId: string): boolean => {
    for (const block of live(this.titles.get(paperId))) if (beside(link, block)) return true;
    add(this.links, paperId, link);
    return false;
  };

  clear(): void {
    this.titles.clear();
    this.links.clear();
  }
}

const PRUNE_EVERY = 64;

/**
 * Is `link` a side link of the title in `block`: in its card, not in its block, the block shown
 * (a hidden BibTeX entry holding the title is not), and the card one result, not a list of them
 * (a results page's container holds another result's side link too: a trial's second result lost
 * its only mark to the first's snippet naming its paper)?
 */
function beside(link: Element, block: Element): boolean {
  if (block.contains(link)) return false;
  const card = cardOf(link, block);
  if (!card || (block as Element & { checkVisibility?(): boolean }).checkVisibility?.() === false) return false;
  const href = link.getAttribute('href');
  for (const other of card.querySelectorAll('a[href]'))
    if (other !== link && other.getAttribute('href') !== href && isSideLinkText(other.textContent ?? '')) return false;
  return true;
}

function add(map: Map<string, Set<Element>>, key: string, el: Element): void {
  const set = map.get(key);
  if (set) set.add(el);
  else map.set(key, new Set([el]));
}

/** The elements of `set` still in the page; those gone leave it. */
function* live(set: Set<Element> | undefined): Generator<Element> {
  if (!set) return;
  for (const el of set) {
    if (el.isConnected) yield el;
    else set.delete(el);
  }
}
