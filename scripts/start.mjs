// `npm start`: open a browser with the built extension on a local demo page.
// Uses Chromium (CHROME_PATH, /usr/bin/chromium, or chromium/google-chrome on PATH). Branded
// Google Chrome 137+ ignores --load-extension, so Chromium is preferred.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser, NO_BROWSER } from './chromium.mjs';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, process.env.PAPERLENS_OUT_DIR ?? '.output', 'chrome-mv3');

function browserPath() {
  const found = findBrowser();
  if (!found) {
    console.error(`start: ${NO_BROWSER}`);
    process.exit(1);
  }
  return found;
}

if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error(`start: ${extensionDir} is missing; run \`npm run build\` first.`);
  process.exit(1);
}
const headless =
  process.argv.includes('--headless') ||
  (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const server = await serve(join(root, 'tests/fixtures/demo'), Number(process.env.PORT ?? 0));
const url = `http://127.0.0.1:${server.address().port}/`;
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'paperlens-')), {
  executablePath: browserPath(),
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
  ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
  args: [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(headless ? ['--headless=new'] : []),
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`PaperLens is loaded. Demo page: ${url}`);
if (headless) {
  const shot = join(root, 'demo.png');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: shot });
  console.log(`No display found, so the browser runs headless; a screenshot of the demo page is at ${shot}.`);
  console.log('Run with a display (or `xvfb-run npm start`) to browse it yourself.');
  await context.close();
  server.close();
} else {
  console.log('Close the browser window to stop.');
  context.on('close', () => server.close());
}
