// What the background judges of each mention in one block, with the bundled catalog: the text of
// each mention and its evidence (undefined for those that stand on their own).
import { DetectorService } from '../../../lib/background/detector';
import { readSeedCatalog } from '../../../lib/catalog/vite-plugin';
import { root } from '../catalog/fixtures';

let detector: DetectorService | undefined;

export function catalogEvidence(text: string) {
  detector ??= new DetectorService(readSeedCatalog(root).catalog);
  return detector
    .scan([text], { titles: true, shortNames: true, links: true })[0]
    ?.mentions.map((m) => [text.slice(m.start, m.end), m.evidence]);
}

/** The paper of each mention in one block, with the bundled catalog. */
export function catalogPapers(text: string) {
  detector ??= new DetectorService(readSeedCatalog(root).catalog);
  return detector
    .scan([text], { titles: true, shortNames: true, links: true })[0]
    ?.mentions.map((m) => [text.slice(m.start, m.end), m.paperId]);
}
