import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Origins the end-to-end tests serve fixture pages from; only `--mode test` builds include them. */
export const TEST_MATCHES = ['http://127.0.0.1/*'];

export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // Firefox needs an id for MV3, and asks new extensions to declare what data they collect: none.
    browser_specific_settings: {
      gecko: { id: 'inline-context@inline-context.invalid', data_collection_permissions: { required: ['none'] } },
    },
  },
  hooks: {
    // `wxt build --mode test` is the build the end-to-end tests load: the same code, plus the local test
    // server in the content scripts' matches and host permissions. The production manifest never has it
    // (checked by tests/unit/manifest.test.ts).
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'test') return;
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), ...TEST_MATCHES];
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TEST_MATCHES];
    },
  },
});
