import { defineConfig } from 'vitest/config';

// End-to-end journeys drive the built extension (.output/chrome-mv3) in real Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
