import { existsSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { NEWS_SITE_MATCHES } from './lib/settings/news-sites.ts';

/** Origins the end-to-end tests serve fixture pages from; only `--mode test` builds include them. */
export const TEST_MATCHES = ['http://127.0.0.1/*'];

export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The smallest set a careful reader would accept (issue 5, point 5; checked by tests/unit/manifest.test.ts):
    // host access only to the default news list; any other site is asked for at the moment the user wants it.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: NEWS_SITE_MATCHES,
    optional_host_permissions: ['<all_urls>'],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+I' },
        description: '__MSG_commandOpenPopup__',
      },
      'toggle-marks': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandToggleMarks__',
      },
    },
    // Firefox needs an id for MV3, and asks new extensions to declare what data they collect: none.
    // Chrome would warn about the unknown key, so only Firefox gets it.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'inline-context@inline-context.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // `npm run dev` opens a browser with the extension at the demo page (scripts/dev.ts serves it).
  webExt: {
    startUrls: process.env.INLINE_CONTEXT_DEMO_URL ? [process.env.INLINE_CONTEXT_DEMO_URL] : [],
    ...(process.env.CHROME_PATH || existsSync('/usr/bin/chromium')
      ? { binaries: { chrome: process.env.CHROME_PATH ?? '/usr/bin/chromium' } }
      : {}),
    chromiumArgs: [
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // Chromium refuses to start as root with its sandbox (CI and dev containers run as root).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  },
  hooks: {
    // `wxt build --mode test` is the build the end-to-end tests load: the same code, plus the local test
    // server in the content scripts' matches and host permissions. The production manifest never has it
    // (checked by tests/unit/manifest.test.ts).
    'build:manifestGenerated': (wxt, manifest) => {
      // The content script's matches: the default news list (entrypoints/content/index.ts declares none, so
      // the list stays out of the script itself).
      for (const cs of manifest.content_scripts ?? [])
        if ((cs.matches ?? []).length === 0) cs.matches = [...NEWS_SITE_MATCHES];
      // Dev mode (`npm run dev`) gets them too, so the demo page served on 127.0.0.1 is marked.
      if (wxt.config.mode !== 'test' && wxt.config.command !== 'serve') return;
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), ...TEST_MATCHES];
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TEST_MATCHES];
    },
  },
});
