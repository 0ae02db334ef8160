// Where to find Chromium, and the flags every headless run here uses. Shared by `npm start`,
// `npm run bench` and the end-to-end tests.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const HEADLESS_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** CHROME_PATH, then Debian's chromium, then chromium or google-chrome on PATH; null when none. */
export function findBrowser() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'];
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      candidates.push(execFileSync('which', [name], { encoding: 'utf8' }).trim());
    } catch {
      // not on PATH
    }
  }
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

export const NO_BROWSER =
  'no Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium binary.';
