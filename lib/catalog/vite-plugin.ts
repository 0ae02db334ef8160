// Build-time catalog: `import catalog from 'virtual:paperlens-catalog'` gives the parsed, validated
// catalog as a plain JSON module. A malformed seed fails the build with the CatalogError message.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildCatalog, catalogVersion } from './build';
import type { Paper } from './types';

export const SEED_FILE = 'seeds/000_be1ab5a692c480f3.txt';
export const METADATA_FILE = 'seeds/paper-metadata.json';
export const ALIASES_FILE = 'seeds/aliases.json';
const VIRTUAL_ID = 'virtual:paperlens-catalog';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function readSeedCatalog(root: string) {
  const seedPath = resolve(root, SEED_FILE);
  const metadataPath = resolve(root, METADATA_FILE);
  const aliasesPath = resolve(root, ALIASES_FILE);
  const read = (path: string) => readFileSync(path, 'utf8');
  return {
    files: [seedPath, metadataPath, aliasesPath],
    catalog: buildCatalog(read(seedPath), read(metadataPath), read(aliasesPath)),
  };
}

/**
 * Benchmarks only (scripts/bench.mjs): PAPERLENS_BENCH_CATALOG names a JSON array of extra
 * (synthetic) papers appended to the seed catalog in a separate bench build, so the detector
 * can be measured with 100,000 titles. Unset in every normal build.
 */
function catalogWithBenchPapers(root: string) {
  const seed = readSeedCatalog(root);
  const path = process.env.PAPERLENS_BENCH_CATALOG;
  if (!path) return seed;
  const papers = [...seed.catalog.papers, ...(JSON.parse(readFileSync(path, 'utf8')) as Paper[])];
  return { files: [...seed.files, path], catalog: { version: catalogVersion(papers), papers } };
}

export function catalogPlugin(root: string): Plugin {
  return {
    name: 'paperlens-catalog',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { files, catalog } = catalogWithBenchPapers(root);
      for (const file of files) this.addWatchFile(file);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`;
    },
  };
}
