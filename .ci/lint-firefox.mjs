// Runs `web-ext lint` (the add-on store's own validator) on the Firefox production build and fails on any error
// or on any warning that is not explained in docs/firefox.md. Usage: node .ci/lint-firefox.mjs [build dir]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.output/firefox-mv3';
let out;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
    encoding: 'utf8',
  });
} catch (e) {
  // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
  out = e.stdout;
}
const report = JSON.parse(out);

/**
 * The one known warning: Preact's renderer assigns `innerHTML` when a component passes
 * `dangerouslySetInnerHTML`. None of ours does (checked below in our sources), so the line never runs; the linter
 * cannot know that from the bundle. Accepted only where the flagged code is that exact assignment.
 */
function isPreactInnerHtml(w) {
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT') return false;
  const line = readFileSync(join(dir, w.file), 'utf8').split('\n')[w.line - 1] ?? '';
  return /^\.innerHTML=\w+\.__html\b/.test(line.slice(w.column - 1).replace(/^\w+/, ''));
}
const ourSources = ['components', 'entrypoints', 'lib', 'utils']
  .flatMap((d) => readdirSync(d, { recursive: true }).map((f) => join(d, String(f))))
  .filter((f) => /\.(ts|tsx)$/.test(f) && readFileSync(f, 'utf8').includes('dangerouslySetInnerHTML'))
  .join(', ');

const errors = report.errors ?? [];
const unexplained = (report.warnings ?? []).filter((w) => !isPreactInnerHtml(w));
const explained = (report.warnings ?? []).length - unexplained.length;
for (const m of [...errors, ...unexplained])
  console.error(`web-ext lint: ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
if (ourSources)
  console.error(
    `web-ext lint: dangerouslySetInnerHTML is used in ${ourSources}; the known warning no longer holds`,
  );
console.log(
  `web-ext lint: ${errors.length} errors, ${unexplained.length} unexplained warnings, ${explained} known (Preact's innerHTML path, docs/firefox.md), ${(report.notices ?? []).length} notices`,
);
process.exit(errors.length || unexplained.length || ourSources ? 1 : 0);
