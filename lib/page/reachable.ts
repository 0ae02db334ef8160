// Mentions the reader cannot see: text inside display:none, visibility:hidden or a closed
// <details> is still page text, so it is marked and counted, but "reveal" and "next mention" must
// not open a popover for it at the top-left corner of nothing.

/** The element around a node, crossing out of a shadow tree to its host. */
function parentAcrossShadow(node: Node): Element | null {
  return node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
}

/** Is the mention laid out and visible (not in a hidden or collapsed part of the page)? */
export function isShown(range: Range): boolean {
  const el = parentAcrossShadow(range.startContainer);
  if (!el) return false;
  // checkVisibility sees display:none, content-visibility:hidden (a closed <details>) and, asked,
  // visibility:hidden; Chrome 105+ and Firefox 106+ have it.
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) return false;
  return range.getClientRects().length > 0 && !forScreenReadersOnly(el);
}

/** How far up a "visually hidden" box is looked for: it holds the text or its inline element. */
const SR_ONLY_DEPTH = 3;

/**
 * Text kept for screen readers only ("Read more<span class="sr-only"> about LightGlue: …</span>"):
 * a box of one pixel or less that clips what it holds (Bootstrap's .visually-hidden, Tailwind's
 * .sr-only). Its mention is counted, but there is nothing on screen to open a popover at (a trial
 * page's "next mention" opened one at a dot).
 */
function forScreenReadersOnly(start: Element): boolean {
  let el: Element | null = start;
  for (let depth = 0; el && depth < SR_ONLY_DEPTH; depth++, el = parentAcrossShadow(el)) {
    const box = el.getBoundingClientRect();
    // A display:contents wrapper has no box of its own, and clips nothing.
    if (box.width > 1 || box.height > 1) continue;
    const style = getComputedStyle(el);
    if (style.display === 'contents') continue;
    const clipPath = style.clipPath;
    if (/hidden|clip/u.test(style.overflow) || style.clip.startsWith('rect') || (clipPath && clipPath !== 'none'))
      return true;
  }
  return false;
}

/**
 * Makes a mention in a closed <details> visible the way the browser's find-in-page does: opens
 * the <details> around it. True when the mention is then shown; otherwise nothing is changed.
 */
export function bringIntoView(range: Range): boolean {
  if (isShown(range)) return true;
  const opened: HTMLDetailsElement[] = [];
  for (let el = parentAcrossShadow(range.startContainer); el; el = parentAcrossShadow(el)) {
    if (el.localName === 'details' && !(el as HTMLDetailsElement).open) {
      (el as HTMLDetailsElement).open = true;
      opened.push(el as HTMLDetailsElement);
    }
  }
  if (opened.length > 0 && isShown(range)) return true;
  for (const details of opened) details.open = false;
  return false;
}
