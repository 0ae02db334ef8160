import type { PagePaper, PaperCount } from '../messages/contract';

/** One document's report: the tab's page, or a frame (iframe) in it. */
export interface FrameRecord {
  url: string;
  papers: PaperCount[];
  /** The document that reported them (Chrome's sender.documentId; Firefox gives none). */
  documentId?: string;
}

/**
 * A tab's papers, from its page and its frames together: a paper's count adds up the places
 * each mentions it, and `frames` says which frames do, the page itself (0) first, so the popup
 * can ask the right one to show it. Most-mentioned first, then by id.
 */
export function mergeFrames(record: FrameRecord & { frames?: Record<string, FrameRecord> }): PagePaper[] {
  const byId = new Map<string, PagePaper>();
  const add = (frameId: number, papers: PaperCount[]) => {
    for (const { paperId, count } of papers) {
      const seen = byId.get(paperId);
      if (seen) {
        seen.count += count;
        seen.frames.push(frameId);
      } else byId.set(paperId, { paperId, count, frames: [frameId] });
    }
  };
  add(0, record.papers);
  const frames = Object.entries(record.frames ?? {})
    .map(([id, frame]) => [Number(id), frame] as const)
    .sort(([a], [b]) => a - b);
  for (const [id, frame] of frames) add(id, frame.papers);
  return [...byId.values()].sort((a, b) => b.count - a.count || a.paperId.localeCompare(b.paperId));
}
