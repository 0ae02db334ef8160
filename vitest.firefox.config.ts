import { defineConfig } from 'vitest/config';

// The Firefox smoke test drives the Firefox build (.output/firefox-mv3) in stock Firefox.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
