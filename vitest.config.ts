import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Tiers: `unit` runs in Node (lib/, scripts, data) and happy-dom (components); `unit-wxt` runs code that
// needs WXT's fake browser; `e2e` drives Debian's Chromium and Firefox ESR with the built extension loaded, one
// file at a time. `screenshots` only regenerates docs/*.png.
export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/**/*.wxt.test.ts'],
          environment: 'node',
        },
      },
      {
        // Code that uses WXT's globals and `#imports` (storage items, browser wiring), against WXT's
        // in-memory fakeBrowser; `fakeBrowser.reset()` in each test's beforeEach.
        plugins: [WxtVitest()],
        test: {
          name: 'unit-wxt',
          include: ['tests/unit/**/*.wxt.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // Not part of `npm test`: rewrites the screenshots in docs/ (`npm run screenshots`).
        extends: true,
        test: {
          name: 'screenshots',
          include: ['tests/screenshots/**/*.shots.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
