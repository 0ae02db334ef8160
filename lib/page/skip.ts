// Where PaperLens never looks: scripts and styles, form fields, editable regions, code editors,
// embedded documents and its own UI. Buttons outside forms are read: accessible accordions and
// tabs put their titles in one ("<h3><button>ChemAgent: …</button></h3>"); a form's buttons are
// controls. Code shown on a page (<pre>, <code>)
// is read too: posts name models in it (`LightGlue`).
// Rejecting an element in the TreeWalker skips its whole subtree, so this runs once per element.

const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  // MathML's source, which is not shown: "Co<math>…<mn>4</mn><annotation>^{4}</annotation></math>".
  'annotation',
  'annotation-xml',
  'head',
  'title',
  'meta',
  'link',
]);

// Skipped for an attribute: editable regions, hidden elements, text boxes, and code editors
// (they render text in ordinary divs; their roots carry these classes). One native selector
// match costs less than reading each attribute from script (this runs once per element).
const SKIPPED_BY_ATTRIBUTE = [
  '[contenteditable]:not([contenteditable="false" i])',
  '[hidden]',
  '[role="textbox" i]',
  ...['CodeMirror', 'cm-editor', 'monaco-editor', 'ace_editor', 'ProseMirror'].map((c) => `.${c}`),
].join(',');

export const UI_HOST_TAG = 'paperlens-ui';

/** `tag` is el.localName, when the caller has read it already (the walk reads it once per element). */
export function isSkippedElement(el: Element, tag = el.localName): boolean {
  if (SKIPPED_TAGS.has(tag) || tag === UI_HOST_TAG) return true;
  if (tag === 'button' && el.closest('form') !== null) return true;
  // Most elements of prose have no attributes.
  return el.hasAttributes() && el.matches(SKIPPED_BY_ATTRIBUTE);
}

/** True when `node` or an ancestor is skipped. A rescan starts below the editable or code region
 * that holds the change (a paragraph typed into a contenteditable div), so the walk's own
 * rejection of skipped subtrees never sees the region itself. */
export function isInsideSkipped(node: Node): boolean {
  for (
    let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    el;
    el = el.parentElement
  ) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

// MathML's presentation elements: inline math is part of its sentence, as arXiv's HTML papers
// write a title's "Co⁴" ("Co<math><msup><mi></mi><mn>4</mn></msup></math>"). Each is read as a
// break, as a footnote mark is, so that its tokens stay apart ("H<sub>3</sub>" in a formula is no
// H3).
export const MATH_TAGS = new Set(
  `math semantics mrow mi mn mo ms mtext mspace msup msub msubsup mfrac msqrt mroot mstyle mpadded
  mphantom menclose munder mover munderover mmultiscripts mprescripts none mtable mtr mtd`.split(/\s+/),
);

// Inline elements: text split across them is one run of prose ("<em>Xprompt</em>: Exploring").
export const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'nobr',
  ...MATH_TAGS,
]);

/**
 * Matches what keeps a block from being read whole: a nested block, a <br>, a footnote mark
 * (<sup>, <sub>: read as a break), math (read as breaks), anything skipped (skipped tags are not inline; an inline
 * element can be skipped for an attribute). A block without any of these is prose only: its
 * text is its `textContent`, the same text a walk of its nodes would join.
 */
export const NOT_LEAF_SELECTOR = [
  `:not(${[...INLINE_TAGS].filter((tag) => tag !== 'sup' && tag !== 'sub').join(',')})`,
  'sup',
  'sub',
  'math',
  SKIPPED_BY_ATTRIBUTE,
].join(',');
