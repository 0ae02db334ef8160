// Document order across shadow trees. Range.compareBoundaryPoints throws for ranges in different
// trees (a web component's shadow tree is one), and compareDocumentPosition answers
// "disconnected": a mention in a shadow tree is placed where its host is.

const DOCUMENT_FRAGMENT = 11;

/** The hosts from the document down to `node`, then `node` itself. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  let root = node.getRootNode();
  while (root.nodeType === DOCUMENT_FRAGMENT && (root as ShadowRoot).host) {
    const host = (root as ShadowRoot).host;
    chain.unshift(host);
    root = host.getRootNode();
  }
  return chain;
}

/** Negative when `a` starts before `b` in the page, positive after, 0 at the same point. */
export function compareRanges(a: Range, b: Range): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) {
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  }
  const chainA = hostChain(a.startContainer);
  const chainB = hostChain(b.startContainer);
  for (let i = 0; i < Math.min(chainA.length, chainB.length); i++) {
    const x = chainA[i] as Node;
    const y = chainB[i] as Node;
    if (x === y) continue;
    // x and y share a tree here (the document, or the shadow tree of the host both came through).
    const position = x.compareDocumentPosition(y);
    // A host's shadow content comes before its light children (most components render a header
    // or frame first, with slotted content inside).
    if (position & Node.DOCUMENT_POSITION_CONTAINED_BY) return -1;
    if (position & Node.DOCUMENT_POSITION_CONTAINS) return 1;
    return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return chainA.length - chainB.length;
}
