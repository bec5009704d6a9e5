// The sources zip that `npm run zip` makes for the add-on store's review must rebuild the same extension: this
// unpacks it into a fresh folder, installs from its own package-lock.json (`npm ci`, from npm's cache when it
// can), builds for Firefox there, and compares every built file with `.output/firefox-mv3` byte for byte.
// Run after `npm run zip`. Usage: node .ci/check-sources-zip.mjs
//
// It lives in CI rather than in `npm test`: it needs the store zip (which `npm test` does not make) and a full
// `npm ci` (two to three minutes on CI's machine), and what it checks is the release, not the code.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const zip = readdirSync('.output').find((f) => f.endsWith('-sources.zip'));
if (!zip) throw new Error('No .output/*-sources.zip: run `npm run zip` first.');
const built = '.output/firefox-mv3';

/** Relative path → sha256 of every file under `dir`. */
function hashes(dir) {
  const out = new Map();
  for (const f of readdirSync(dir, { recursive: true })) {
    const path = join(dir, String(f));
    if (statSync(path).isFile())
      out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

const work = mkdtempSync(join(tmpdir(), 'inline-context-sources-'));
try {
  execFileSync('unzip', ['-q', join('.output', zip), '-d', work], { stdio: 'inherit' });
  const run = (...args) => execFileSync('npm', args, { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  run('ci', '--prefer-offline', '--no-audit', '--no-fund');
  run('run', 'build:firefox');
  const want = hashes(built);
  const got = hashes(join(work, built));
  const differ = [...new Set([...want.keys(), ...got.keys()])]
    .filter((f) => want.get(f) !== got.get(f))
    .sort();
  if (differ.length) {
    console.error(`sources zip: the rebuilt extension differs from ${built} in: ${differ.join(', ')}`);
    process.exit(1);
  }
  console.log(`sources zip: ${zip} rebuilds ${built} exactly (${want.size} files)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
