// Related papers: cosine similarity of TF-IDF vectors over title (counted twice), abstract and
// tags, up to three, none when nothing is close. Computed once at build time, so the popover shows
// them without any work at hover.

const STOPWORDS = new Set(
  'a an and are as at be by can for from has have in into is it its of on or our that the their these this to via we with which while both such than more most also using use used based new show'.split(
    ' ',
  ),
);

function terms(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 2 && !STOPWORDS.has(t));
}

interface Doc {
  id: string;
  title: string;
  abstract: string;
  tags: string[];
}

// A related paper must be similar in itself, and close to the most similar one: a paper with one
// true neighbour in the catalog (LightGlue: SuperGlue) showed two more that shared only field
// words ("multi-task", "networks"), and one with none (Hungry Hungry Hippos) three. Scores of a
// catalog's best matches run from ~0.07 (nothing in common but the field) to ~0.2.
const MIN_SCORE = 0.085;
const OF_BEST = 0.6;

export function computeRelated(docs: Doc[], count = 3): Map<string, string[]> {
  const tf = docs.map((d) => {
    const counts = new Map<string, number>();
    const all = [
      ...terms(d.title),
      ...terms(d.title),
      ...terms(d.abstract),
      ...d.tags.map((t) => `tag:${t.toLowerCase()}`),
    ];
    for (const t of all) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  });
  const df = new Map<string, number>();
  for (const counts of tf) for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors = tf.map((counts) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of counts) {
      const w = (1 + Math.log(c)) * Math.log(docs.length / (df.get(t) ?? 1));
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
  const related = new Map<string, string[]>();
  docs.forEach((doc, i) => {
    const a = vectors[i] ?? new Map<string, number>();
    const scored = docs
      .map((other, j) => {
        if (i === j) return { id: other.id, score: -1 };
        let dot = 0;
        for (const [t, w] of vectors[j] ?? []) dot += w * (a.get(t) ?? 0);
        return { id: other.id, score: dot };
      })
      .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
    const floor = Math.max(MIN_SCORE, OF_BEST * (scored[0]?.score ?? 0));
    related.set(
      doc.id,
      scored
        .slice(0, count)
        .filter((s) => s.score >= floor)
        .map((s) => s.id),
    );
  });
  return related;
}
