import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../../..');
export const readFixture = (name: string): string => readFileSync(resolve(root, 'tests/fixtures/seeds', name), 'utf8');
