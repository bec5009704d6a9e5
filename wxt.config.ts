import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// `--mode test` builds the extension the end-to-end tests load: the same code, plus the local
// test server (http://127.0.0.1/*) in the content script's matches. The production manifest
// never contains it (checked by tests/manifest.test.ts).
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    ...(mode === 'test' ? {} : {}),
  }),
});
