import { mayBePaperHref } from '../detect/links';

/** Which links a walk hands out: 'all' with an href, 'papers' whose href may go to a paper, 'none'. */
export type WantedLinks = 'all' | 'papers' | 'none';

/**
 * The links under a walked root, found with one native query once the walk is over. Reading them
 * during the walk cost a query per leaf block (10,000 on a page of 10,000 links), and a selector
 * that excludes skipped regions by itself (`:not(:is(script, …) *)`) matched every link's
 * ancestors: both took longer than the walk. The walk instead tells which subtrees it stepped
 * over (`skip`), and their links are left out.
 */
export class WalkLinks {
  private readonly skipped: Element[] = [];
  private found: Element[] | null = null;
  private next = 0;

  constructor(
    private readonly root: Node,
    private readonly wanted: WantedLinks,
    private readonly baseIsPaperHost: boolean,
  ) {}

  /** A subtree the walk stepped over: its links are not handed out. */
  skip(el: Element): void {
    // Most skipped elements (script, style, input) hold no elements.
    if (el.localName === 'a' || el.firstElementChild !== null) this.skipped.push(el);
  }

  /** Hands out the wanted links, in document order, until `links` holds `max`; true once every
   * one is out. */
  handOut(links: HTMLAnchorElement[], max: number): boolean {
    if (this.found === null) this.found = this.collect();
    const found = this.found;
    while (this.next < found.length && links.length < max) links.push(found[this.next++] as HTMLAnchorElement);
    return this.next >= found.length;
  }

  private collect(): Element[] {
    const root = this.root as Partial<ParentNode>;
    if (this.wanted === 'none' || root.querySelectorAll === undefined) return [];
    const excluded = new Set<Element>();
    for (const el of this.skipped) {
      if (el.localName === 'a') excluded.add(el);
      for (const a of el.querySelectorAll('a[href]')) excluded.add(a);
    }
    const found: Element[] = [];
    for (const a of root.querySelectorAll('a[href]')) {
      if (excluded.has(a)) continue;
      if (this.wanted === 'all' || mayBePaperHref(a.getAttribute('href') as string, this.baseIsPaperHost))
        found.push(a);
    }
    return found;
  }
}
