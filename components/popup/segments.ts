// Turns highlight ranges into text pieces so matched words render as <mark> without any HTML string.
import type { HighlightRange } from '../../lib/search';

export interface Segment {
  text: string;
  mark: boolean;
}

export function toSegments(text: string, ranges: HighlightRange[]): Segment[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const { start, end } of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) out.push({ text: text.slice(at, from), mark: false });
    out.push({ text: text.slice(from, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
