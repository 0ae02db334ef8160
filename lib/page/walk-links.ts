import { MAYBE_PAPER_LINK_SELECTOR, mayBePaperHref } from '../detect/links';

/** Which links a walk hands out: 'all' with an href, 'papers' whose href may go to a paper, 'none'. */
export type WantedLinks = 'all' | 'papers' | 'none';

/**
 * The links under a walked root, found with one native query as the walk starts and handed out
 * once it is over. Reading them during the walk cost a query per leaf block (10,000 on a page of
 * 10,000 links), and a selector that excludes skipped regions by itself (`:not(:is(script, …)
 * *)`) matched every link's ancestors: both took longer than the walk. The walk instead tells
 * which subtrees it stepped over (`skip`), and their links are left out. Links the page adds
 * while the walk runs are not in the query: the page's observer has their part rescanned, where
 * a skipped region around them is seen.
 */
export class WalkLinks {
  private readonly skipped: Element[] = [];
  private readonly all: ArrayLike<Element>;
  private found: Element[] | null = null;
  private next = 0;
  /** Which links the query takes; when it takes all, each href is tested here. */
  private readonly selector: string;
  private readonly testEach: boolean;

  constructor(
    root: Node,
    wanted: WantedLinks,
    private readonly baseIsPaperHost: boolean,
  ) {
    // A page on a paper host links to its papers by relative hrefs ("/abs/…"), which no selector
    // of hosts finds: there every link is read and tested.
    this.testEach = wanted === 'papers' && baseIsPaperHost;
    this.selector = wanted === 'papers' && !baseIsPaperHost ? MAYBE_PAPER_LINK_SELECTOR : 'a[href]';
    const parent = root as Partial<ParentNode>;
    this.all = wanted === 'none' || parent.querySelectorAll === undefined ? [] : parent.querySelectorAll(this.selector);
  }

  /** A subtree the walk stepped over: its links are not handed out. */
  skip(el: Element): void {
    // Elements whose content is text only (script, style, textarea) or nothing (input) hold no links.
    if (!TEXT_ONLY.has(el.localName)) this.skipped.push(el);
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
    if (this.all.length === 0) return [];
    const excluded = new Set<Element>();
    for (const el of this.skipped) {
      if (el.localName === 'a') excluded.add(el);
      for (const a of el.querySelectorAll(this.selector)) excluded.add(a);
    }
    const found: Element[] = [];
    for (let i = 0; i < this.all.length; i++) {
      const a = this.all[i] as Element;
      if (excluded.has(a)) continue;
      if (!this.testEach || mayBePaperHref(a.getAttribute('href') ?? '', this.baseIsPaperHost)) found.push(a);
    }
    return found;
  }
}

const TEXT_ONLY = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'input',
  'meta',
  'link',
  'embed',
  'iframe',
  'option',
]);
