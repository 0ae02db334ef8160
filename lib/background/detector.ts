import type { Catalog } from '../catalog/types';
import { buildConfirmIndex, type ConfirmIndex, confirmCandidates } from '../detect/confirm';
import { buildRefIndex, lookupRef, type PaperRef, type RefIndex } from '../detect/links';
import { buildPrefilter, type Prefilter } from '../detect/prefilter';
import type { Confirmed, Probe } from '../detect/types';

const MAX_PROBES = 20_000;

/** The background half of the detector: it holds the whole catalog, content scripts only a prefilter. */
export class DetectorService {
  private prefilter: Prefilter;
  private confirmIndex: ConfirmIndex;
  private refIndex: RefIndex;

  constructor(catalog: Catalog) {
    const entries = catalog.papers.map((p) => ({ id: p.id, title: p.title, shortName: p.shortName, year: p.year }));
    this.prefilter = buildPrefilter(entries);
    this.confirmIndex = buildConfirmIndex(entries);
    this.refIndex = buildRefIndex(catalog.papers);
  }

  getPrefilter(): Prefilter {
    return this.prefilter;
  }

  confirm(probes: Probe[]): Array<Confirmed | null> {
    if (!Array.isArray(probes) || probes.length > MAX_PROBES) {
      throw new Error(`detector: expected at most ${MAX_PROBES} probes`);
    }
    return confirmCandidates(this.confirmIndex, probes);
  }

  resolve(refs: PaperRef[]): Array<string | null> {
    if (!Array.isArray(refs) || refs.length > MAX_PROBES)
      throw new Error(`detector: expected at most ${MAX_PROBES} refs`);
    return refs.map((ref) => lookupRef(this.refIndex, ref) ?? null);
  }
}
