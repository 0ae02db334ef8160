import type { Mark, MarkRegistry } from './marks';
import { isInsideSkipped } from './skip';

/**
 * Marks the links the background resolved to a paper (`ids[i]` for `links[i]`, whose raw href was
 * `hrefs[i]`) and returns the marks made. `late`: the page's observer cleared elements since the
 * hrefs were read, so this answer may be for where a link went before, or for a link the page has
 * hidden since; such a link gets no mark. A link that goes to no paper, or has no text, keeps no
 * mark of an earlier answer.
 */
export function linkMarks(
  links: readonly HTMLAnchorElement[],
  hrefs: readonly string[],
  ids: ReadonlyArray<string | null>,
  late: boolean,
  registry: MarkRegistry,
): Mark[] {
  const made: Mark[] = [];
  links.forEach((link, i) => {
    const paperId = ids[i];
    if (!link.isConnected) return;
    if (late && (isInsideSkipped(link) || link.getAttribute('href') !== hrefs[i])) return;
    if (!paperId || !link.textContent?.trim()) {
      registry.drop(link);
      return;
    }
    const range = link.ownerDocument.createRange();
    range.selectNodeContents(link);
    const mark: Mark = { paperId, kind: 'link', range, owner: link };
    registry.replace(link, [mark]);
    made.push(mark);
  });
  return made;
}
