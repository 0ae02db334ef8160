// A paper's side links: "pdf", "html", "other" after an arXiv listing's "arXiv:2311.09476", an HF
// card's "· 11 authors" and comment count "4" under its title link. Each goes to the paper, and
// underlined they made every entry of such a page a row of marks (an eighth trial). One is left
// unmarked where a link to the same paper that says more stands with it; alone ("[pdf]" after a
// reference's title in text), it is the paper's only link, and marked.

// Words a side link is made of, and numbers: counts, versions.
// Also a reader's or a publisher's buttons: Feedly's "Visit Website", "View arXiv page", "Full
// text", "Article" (a ninth trial: underlined beside the entry's title link).
const SIDE_WORD =
  /^(?:\d+|v\d+|pdf|html|other|abs|ps|src|source|bib|bibtex|authors?|comments?|upvotes?|votes?|likes?|replies|reply|arxiv|article|paper|view|visit|website|site|open|read|more|full|text|download|page|doi|from)$/iu;

// A site's name, as a search result's side link gives it: Scholar's "[PDF] arxiv.org".
const HOST = /(?<![\p{L}\p{N}.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?![\p{L}\p{N}/-])/gu;

/** Is `text` a side link's: at most three words, each a side link's word or a number, and maybe
 * a site's name? */
export function isSideLinkText(text: string): boolean {
  // An identifier says which paper ("arXiv:2311.09476"): the link that says more, not a side link.
  if (/\d{4}\.\d{4,5}/u.test(text)) return false;
  const rest = text.replace(HOST, ' ');
  const words = rest.match(/[\p{L}\p{N}]+/gu);
  if (words === null) return rest !== text;
  return words.length <= 3 && words.every((w) => SIDE_WORD.test(w));
}

/** How far up from a side link its card or entry may reach. */
const CARD_DEPTH = 5;
/** An item of a list, a row or a paragraph that does not hold the other link is not a card of both. */
const ITEM = /^(?:li|tr|p)$/u;

/**
 * The links of `links` (to the papers `ids`, `texts` their text) that are side links of another
 * link to the same paper in the same card or entry: found going up from the side link, at most
 * CARD_DEPTH levels, and not out of its list item, row or paragraph.
 */
export function sideLinks(
  links: readonly Element[],
  ids: ReadonlyArray<string | null>,
  texts: readonly string[],
): Set<Element> {
  const main = new Map<string, Element[]>();
  links.forEach((link, i) => {
    const id = ids[i];
    if (!id || !texts[i]?.trim() || isSideLinkText(texts[i] as string)) return;
    const same = main.get(id);
    if (same) same.push(link);
    else main.set(id, [link]);
  });
  const sides = new Set<Element>();
  links.forEach((link, i) => {
    const others = main.get(ids[i] ?? '');
    if (others && isSideLinkText(texts[i] ?? '') && others.some((o) => inCardOf(link, o))) sides.add(link);
  });
  return sides;
}

/** Is `other` in the card or entry of `link`: found going up from it, at most CARD_DEPTH levels,
 * and not out of its list item, row or paragraph? */
export function inCardOf(link: Element, other: Element): boolean {
  return cardOf(link, other) !== null;
}

/** The lowest element holding both `link` and `other`, if it is `link`'s card (see inCardOf). */
export function cardOf(link: Element, other: Element): Element | null {
  let up = link.parentElement;
  for (let depth = 0; up && depth < CARD_DEPTH; depth++, up = up.parentElement) {
    if (up.contains(other)) return up;
    if (ITEM.test(up.localName)) return null;
  }
  return null;
}

/** A range over `node`'s text (`text`, when read already) without the blanks at its ends
 * ("arXiv:2311.09476 " in a listing's link). */
export function trimmedContents(node: Node, text = node.textContent ?? ''): Range {
  const range = node.ownerDocument?.createRange() ?? new Range();
  range.selectNodeContents(node);
  if (text.trim() === text) return range;
  const walker = (node.ownerDocument as Document).createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let first: Text | null = null;
  let last: Text | null = null;
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    if (!t.data.trim()) continue;
    first ??= t;
    last = t;
  }
  if (!first || !last) return range;
  range.setStart(first, first.data.length - first.data.trimStart().length);
  range.setEnd(last, last.data.trimEnd().length);
  return range;
}
