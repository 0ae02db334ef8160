import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from './runner';

// WXT reads this file at build time to find the options below, without running `main`; keep the
// work in runner.ts so that reading it never loads the UI (and its CSS) outside a real build.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  // Iframes too (an embedded post, a notebook's output, a mail's body; small ones wait: see
  // lib/page/frame.ts), and those without an address of their own (srcdoc, about:blank) that a
  // matched page makes.
  allFrames: true,
  matchAboutBlank: true,
  // Also frames whose origin is opaque or borrowed (a sandboxed srcdoc, as mail previews make
  // them; data: and blob: frames), by the origin that made them: Chromium, and Firefox 128+,
  // which without it left a sandboxed mail preview unread (a Firefox trial).
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx),
});
