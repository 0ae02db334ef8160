import { highlightRanges } from '../../lib/search';
import { toSegments } from './segments';

/** `text` with the words that start with any of `terms` wrapped in <mark>. */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  const segments = toSegments(text, highlightRanges(text, terms));
  return (
    <>
      {segments.map((s, i) =>
        s.mark ? (
          <mark key={i} class="pp-mark">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
