import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { catalogPlugin } from './lib/catalog/vite-plugin';
import { searchIndexPlugin } from './lib/search/vite-plugin';

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  // Parallel builds (several test runs on one machine) each get their own folder.
  outDir: process.env.PAPERLENS_OUT_DIR ?? '.output',
  // Firefox gets Manifest V3 too (WXT defaults Firefox to MV2): one permission model everywhere.
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg', developmentIndicator: false },
  vite: ({ browser }) => {
    const root = import.meta.dirname ?? process.cwd();
    return {
      plugins: [preact(), catalogPlugin(root), searchIndexPlugin(root)],
      // Firefox draws the marks by other rules (why: lib/page/marks.firefox.css). Both the
      // manifest's style sheet and the content script's fallback rules (`?raw`) take them.
      resolve:
        browser === 'firefox'
          ? { alias: [{ find: /^(.*\/lib\/page\/|\.\/)marks\.css(\?raw)?$/, replacement: '$1marks.firefox.css$2' }] }
          : {},
    };
  },
  manifest: ({ browser }) => ({
    name: 'PaperLens',
    description: 'Recognises research papers on any page and shows a summary on hover. Nothing leaves your browser.',
    // activeTab: the popup, opened from the toolbar on a tab, may read that tab's address (to name
    // the paper of a PDF the browser shows). It asks nothing at install and lasts until the tab
    // navigates.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab'],
    action: {
      default_title: 'PaperLens',
      // Firefox puts a new extension's button in the Extensions menu, where the badge (papers on
      // the page, quiet mode's count, a context-menu save's ✓) is not seen until it is pinned (a
      // Firefox trial). Chromium has no such key: the user pins it.
      ...(browser === 'firefox' ? { default_area: 'navbar' } : {}),
    },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open PaperLens',
      },
      // Alt+Shift+N and Alt+Shift+P are taken by Chromium itself and would be left unassigned.
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Show the next paper mentioned on the page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'paperlens@paperlens.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142+.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Messages are structured clones, as in Firefox, not JSON (Chrome 148+; older versions
          // ignore the key and use JSON, which the messages allow too). A content script sends
          // the page's text to the background, one string per block: on the 1 MB bench page
          // `sendMessage` took 12.6 ms of the page's main thread as JSON, 5.4 ms as clones.
          // (The text turns two-byte as JSON as soon as one character is beyond Latin-1.)
          message_serialization: 'structured_clone',
        }),
  }),
});
