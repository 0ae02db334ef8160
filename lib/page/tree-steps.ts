// Small steps through the page's tree that the walk (segments.ts) takes.
import { INLINE_TAGS, isInsideSkipped } from './skip';

const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;
const DOCUMENT_FRAGMENT = 11;

/** Text is in text nodes, and in CDATA sections on XHTML pages (a CDATASection is a Text; a
 * block's textContent holds them). */
export const TEXT_NODES = NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION;
export const isText = (node: Node): boolean => node.nodeType === 3 || node.nodeType === 4;

/** The block of prose `node` is in: the nearest element at or above it (its parent, for text)
 * that is not an inline element. Null at the top of a shadow tree. */
export function enclosingBlock(node: Node): Element | null {
  let el = node.nodeType === ELEMENT ? (node as Element) : node.parentElement;
  while (el && INLINE_TAGS.has(el.localName)) el = el.parentElement;
  return el;
}

/** The block a text node belongs to for the walk: text at the top of a shadow tree (no element
 * around it) belongs to the shadow host. */
export function blockOf(text: Node): Element | null {
  return enclosingBlock(text) ?? hostOf(text);
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root.nodeType === DOCUMENT_FRAGMENT ? ((root as ShadowRoot).host ?? null) : null;
}

/** The node after the walker's current one and its whole subtree, within `root`. */
export function nextOutside(walker: TreeWalker, root: Node): Node | null {
  for (let n: Node | null = walker.currentNode; n && n !== root; n = walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

/**
 * Open shadow roots on the <span>s under `root`, not in `known` nor in a skipped part. A leaf
 * block read whole was not visited, and of the elements it may hold a <span> can have a shadow
 * root (attachShadow allows it: "We cite <span>[shadow: ScaLearn (…, 2023)]</span>"). Such hosts
 * are rare, so a walk looks at its root's spans once, at its end.
 */
export function spanShadowRoots(root: Node, known: ReadonlySet<ShadowRoot>): ShadowRoot[] {
  const parent = root as Partial<ParentNode>;
  if (parent.querySelectorAll === undefined) return [];
  const found: ShadowRoot[] = [];
  for (const span of parent.querySelectorAll('span')) {
    const shadow = span.shadowRoot;
    if (shadow !== null && !known.has(shadow) && !isInsideSkipped(span)) found.push(shadow);
  }
  return found;
}

/** Only spaces, tabs and line breaks: what markup puts between tags. */
export function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}

/** Text or an inline element, past comments and blank text (frameworks leave comments between
 * blocks: Vue's and Angular's `<!---->`): what a blank text node before it joins to. */
export function startsProse(next: Node | null): boolean {
  let node = next;
  // A few steps: a long run of them (each blank node looks ahead) would cost its square. Past
  // them the blank text is kept, as it was before this shortcut: an extra blank block, no more.
  for (let steps = 0; node !== null && (node.nodeType === COMMENT || isBlankText(node)); steps++) {
    if (steps === 8) return true;
    node = node.nextSibling;
  }
  return node !== null && (node.nodeType !== ELEMENT || INLINE_TAGS.has((node as Element).localName));
}

const isBlankText = (node: Node): boolean => node.nodeType === TEXT && isBlank((node as Text).data);
