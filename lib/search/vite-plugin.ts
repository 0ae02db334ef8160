// Build-time search index: `import saved from 'virtual:paperlens-search-index'` gives the
// catalog's MiniSearch index, serialised with its format and catalog version. The popup loads it
// from its own bundle, so it shows results without waiting for the background.
import type { Plugin } from 'vite';
import { readSeedCatalog } from '../catalog/vite-plugin';
import { buildSearchIndex, serializeIndex } from './search-index';

const VIRTUAL_ID = 'virtual:paperlens-search-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function searchIndexPlugin(root: string): Plugin {
  return {
    name: 'paperlens-search-index',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Benchmark builds add 100,000 synthetic papers to the catalog; the popup builds their index itself.
      if (process.env.PAPERLENS_BENCH_CATALOG) return 'export default null;';
      const { files, catalog } = readSeedCatalog(root);
      for (const file of files) this.addWatchFile(file);
      const saved = serializeIndex(buildSearchIndex(catalog.papers), catalog.version);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(saved))});`;
    },
  };
}
