import { it } from 'vitest';
import { readSeedCatalog } from '../../../lib/catalog/vite-plugin';
import { parseQuery } from '../../../lib/search/query';
import { runSearch } from '../../../lib/search/run';
import { buildSearchIndex } from '../../../lib/search/search-index';
import { root } from '../catalog/fixtures';

const { papers } = readSeedCatalog(root).catalog;
const byId = new Map(papers.map((p) => [p.id, p]));
const ms = buildSearchIndex(papers);
const ctx = { entriesByPaper: new Map(), listsById: new Map() };
it('dbg', () => {
  for (const q of ['ptuning', 'Ré', 'tag:moe', 'lightglue', 'glue', 'prompt tuning', 'superglue']) {
    const r = runSearch(ms, byId, parseQuery(q), ctx);
    console.log(
      q,
      r.length,
      r
        .slice(0, 5)
        .map((x: any) => `${x.paper.title.slice(0, 40)} ${x.score?.toFixed?.(1) ?? ''}`)
        .join(' | '),
    );
  }
});
