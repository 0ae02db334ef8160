// The content script runs on every page and frame: what it imports is compiled and run there.
// The database (Dexie), the schemas (valibot) and the search (MiniSearch) belong to the background
// and the extension's pages; one import of a barrel or a shared module brought them in before
// (Dexie: 25 kB -> 122 kB; the backup's valibot schema, built on every page).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Runtime imports of a module (not `import type`, not type-only re-exports). */
function importsOf(source: string): string[] {
  const found: string[] = [];
  const pattern = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

function resolveFile(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null;
}

function contentScriptGraph(): { files: string[]; packages: Set<string> } {
  const start = join(ROOT, 'entrypoints/content/index.ts');
  const seen = new Set([start]);
  const packages = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.shift() as string;
    if (!/\.tsx?$/.test(file)) continue;
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
        continue;
      }
      const target = resolveFile(file, spec);
      if (!target) throw new Error(`content-imports: ${relative(ROOT, file)} imports ${spec}, which is not found`);
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return { files: [...seen].map((f) => relative(ROOT, f)), packages };
}

describe('the content script', () => {
  const { files, packages } = contentScriptGraph();

  it('reads the whole graph (a sanity check of the walk)', () => {
    expect(files).toContain('lib/page/session.ts');
    expect(files).toContain('components/Popover.tsx');
    expect(packages).toContain('preact');
  });

  it('imports no database, schema or search library', () => {
    expect([...packages].filter((p) => ['dexie', 'valibot', 'minisearch'].includes(p))).toEqual([]);
  });

  it('imports no module that brings them (the index of lib/export or lib/search, lib/db/database)', () => {
    expect(
      files.filter((f) => ['lib/export/index.ts', 'lib/db/database.ts', 'lib/search/index.ts'].includes(f)),
    ).toEqual([]);
  });
});
