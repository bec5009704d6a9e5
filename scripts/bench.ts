/**
 * `npm run bench [-- --json] [-- --only=<section>] [-- --heap-minutes=10]`: performance figures (not a test). Each section measures
 * one thing (see `scripts/bench/sections.ts`); add new sections to `SECTIONS`. Prints medians and ratios
 * against the targets of issue 3; `--json` prints one JSON object instead. Results go in docs/performance.md.
 */
import { browserSection } from './bench/browser-section.ts';
import { pageSection, searchSection } from './bench/extension-sections.ts';
import { heapSection, liveSection } from './bench/live-sections.ts';
import { matcherSection } from './bench/matcher-section.ts';
import { quoteSection } from './bench/quote-section.ts';
import { type BenchSection, meets, type SectionResult } from './bench/sections.ts';
import { startSection } from './bench/start-section.ts';

export const SECTIONS: BenchSection[] = [
  matcherSection,
  quoteSection,
  browserSection,
  pageSection,
  searchSection,
  liveSection,
  heapSection,
  startSection,
];

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const log = (line: string) => {
    if (!json) process.stdout.write(`${line}\n`);
  };
  const results: Record<string, SectionResult & { title: string }> = {};
  const started = performance.now();
  for (const section of SECTIONS) {
    if (only && section.name !== only) continue;
    log(`\n## ${section.title}`);
    const result = await section.run((line) => process.stderr.write(`${line}\n`));
    results[section.name] = { title: section.title, ...result };
    // A figure already summarised by its section (a median of page loads, a percentile) has one value.
    for (const f of result.figures)
      log(
        `  ${f.label.padEnd(62)} ${fmt(f.median).padStart(8)} ${f.unit}${f.runs.length > 1 ? `  (n=${f.runs.length})` : ''}`,
      );
    for (const r of result.ratios) {
      const ok = meets(r);
      const target = r.target
        ? `target ${r.target.atLeast !== undefined ? `≥ ${r.target.atLeast}` : `≤ ${r.target.atMost}`} ${ok ? 'ok' : 'MISSED'}`
        : 'no target';
      log(`  ${r.label.padEnd(62)} ${fmt(r.value).padStart(8)} ×  ${target}`);
    }
    for (const note of result.notes ?? []) log(`  note: ${note}`);
  }
  const seconds = (performance.now() - started) / 1000;
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ node: process.version, date: new Date().toISOString(), seconds, sections: results })}\n`,
    );
  } else log(`\n(${seconds.toFixed(0)} s)`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).message ?? error}\n`);
    process.exitCode = 1;
  },
);
