import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

describe('module conventions', () => {
  it('lib/ never imports from entrypoints/ or components/', () => {
    const offenders = sourceFiles(join(root, 'lib')).flatMap((file) =>
      importsOf(file)
        .filter((spec) =>
          /(^|\/)(entrypoints|components)(\/|$)|^@\/(entrypoints|components)|^~\/(entrypoints|components)/.test(spec),
        )
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the check itself sees an offending import', () => {
    expect(importsOf(join(root, 'tests/fixtures/convention-offender.ts.txt'))).toContain('../../entrypoints/popup/App');
  });
});
