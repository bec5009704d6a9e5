/**
 * The store build's manifest asks only for what the extension needs (issue 5, point 5). The test builds the
 * production extension with WXT's own build into a temporary directory, so it checks exactly what would ship,
 * from a clean clone, without touching `.output/`. Needs `generated/` (`npm run data`, which `npm test` runs first).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';
import type { Bundle } from '../../lib/data/types.ts';
import { NEWS_SITE_MATCHES } from '../../lib/settings/news-sites.ts';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  commands?: Record<string, { description?: string; suggested_key?: unknown }>;
}

const ROOT = join(import.meta.dirname, '..', '..');
let outDir: string;
let manifest: Manifest;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'inline-context-manifest-'));
  await build({ root: ROOT, outDir, mode: 'production', browser: 'chrome', logger: silent() });
  // Read the file the build wrote (after every hook), not WXT's in-memory copy.
  manifest = JSON.parse(readFileSync(join(outDir, 'chrome-mv3', 'manifest.json'), 'utf8')) as Manifest;
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the production manifest', () => {
  it('asks for exactly storage, activeTab, scripting and contextMenus', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'storage',
    ]);
  });

  it('has host access to the default news list only', () => {
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...NEWS_SITE_MATCHES].sort());
  });

  it('asks for <all_urls> only as an optional permission', () => {
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
    expect(JSON.stringify(manifest.host_permissions)).not.toContain('<all_urls>');
    expect(JSON.stringify(manifest.content_scripts)).not.toContain('<all_urls>');
  });

  it('does not run on the local test server, which only the test build adds', () => {
    const all = JSON.stringify([manifest.host_permissions, manifest.content_scripts]);
    expect(all).not.toContain('127.0.0.1');
    expect(all).not.toContain('localhost');
  });

  it('runs its content script on the default news list', () => {
    // WXT sorts the patterns it writes.
    expect([...(manifest.content_scripts?.[0]?.matches ?? [])].sort()).toEqual([...NEWS_SITE_MATCHES].sort());
  });

  it('has the two keyboard commands: open the popup and toggle the marks', () => {
    expect(Object.keys(manifest.commands ?? {}).sort()).toEqual(['_execute_action', 'toggle-marks']);
  });
});

/**
 * The content script runs on every page and frame of the news list, and most pages never open a card: at start
 * it carries only finding and marking; the card, the statements and the interface strings are the late stage
 * (entrypoints/late-stage). 282 kB / 97.5 kB gzipped before the split, 147 kB / 49.3 kB after (zlib's default
 * level, as here); 57.3 kB once the quote stage, the prefilter and this round's grammar rules joined it (the quote
 * linker and its lexicon stay in the late stage). The budget is a guard against moving the card or the data
 * back, not the goal (30 kB, not reached: docs/performance.md says what the start script still holds and why).
 */
const START_BUDGET_GZIP = 60_000;

describe('the production content script at page start', () => {
  const read = (path: string) => readFileSync(join(outDir, 'chrome-mv3', path));

  it(`stays within ${START_BUDGET_GZIP / 1000} kB gzipped`, () => {
    const gzip = gzipSync(read('content-scripts/content.js')).length;
    expect(gzip).toBeLessThanOrEqual(START_BUDGET_GZIP);
  });

  it("carries no statement's words; the late stage carries every one of them", () => {
    const bundle = JSON.parse(readFileSync(join(ROOT, 'generated', 'bundle.json'), 'utf8')) as Bundle;
    const start = read('content-scripts/content.js').toString('utf8');
    const late = read('late-stage.js').toString('utf8');
    for (const s of bundle.statements) {
      expect(start).not.toContain(s.fa);
      expect(late).toContain(s.fa);
    }
  });
});

/** WXT's build prints a file table; the test output does not need it. */
function silent() {
  const noop = () => undefined;
  return {
    debug: noop,
    log: noop,
    info: noop,
    warn: console.warn,
    error: console.error,
    fatal: console.error,
    success: noop,
    level: 0,
  } as never;
}
