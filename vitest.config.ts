import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { catalogPlugin } from './lib/catalog/vite-plugin';
import { searchIndexPlugin } from './lib/search/vite-plugin';

export default defineConfig({
  plugins: [WxtVitest(), catalogPlugin(import.meta.dirname), searchIndexPlugin(import.meta.dirname)],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // The marks' style sheets are read as text by lib/page/styles.ts (and tested): Vitest empties
    // CSS imports unless told otherwise.
    css: { include: [/marks(\.firefox)?\.css/] },
  },
});
