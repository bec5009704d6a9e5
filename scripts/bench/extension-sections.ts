/**
 * Bench sections that need the built extension: the page figure (issue 4: navigation → painted highlights,
 * longest task of ours) and the search figures (issue 5: query time on the real and synthetic indexes, popup
 * open → first results). They wrap `scripts/bench-page.ts` and `scripts/bench-search.ts`, which also run alone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchPage } from '../bench-page.ts';
import { benchSearch } from '../bench-search.ts';
import type { BenchSection, Ratio } from './sections.ts';
import { type Figure, figure } from './stats.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The page and popup figures load `.output/chrome-mv3-test`; build it when it is missing. */
function ensureTestBuild(log: (line: string) => void): void {
  if (existsSync(join(ROOT, '.output', 'chrome-mv3-test', 'manifest.json'))) return;
  log('bench: building the extension (wxt build --mode test)');
  execFileSync('npx', ['wxt', 'build', '--mode', 'test'], { cwd: ROOT, stdio: 'ignore' });
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const unitOf = (key: string): Figure['unit'] => (/ms\b|Ms$|\(ms\)/.test(key) ? 'ms' : 'count');

export const pageSection: BenchSection = {
  name: 'extension-page',
  title:
    'Page with the extension loaded (Chromium, medians of 3 loads): navigation → painted highlights, longest task of ours',
  async run(log) {
    ensureTestBuild(log);
    const results = await benchPage({ sizesMB: [1, 5], runs: 3, log });
    const figures: Figure[] = [];
    for (const r of results) {
      for (const [k, v] of Object.entries(r.figures)) {
        figures.push(
          figure(`${slug(r.name)}-${slug(k)}`, `${r.name}: ${k.replace(/ \(ms\)$/, '')}`, unitOf(k), [v]),
        );
      }
    }
    const page5 = results.find((r) => r.name.includes('5'))?.figures;
    const longest5 = page5?.['longest task of ours (ms)'];
    // The same without the collector's pauses inside our stretches (scripts/bench/main-thread-trace.ts), worst load.
    const own5 = page5?.['longest stretch of ours, collections left out, worst run (ms)'];
    const ratios: Ratio[] =
      longest5 === undefined || own5 === undefined
        ? []
        : [
            {
              name: 'longest-task-5mb-vs-50ms',
              label: '5 MB: longest task of ours / 50 ms budget',
              value: longest5 / 50,
              target: { atMost: 1 },
            },
            {
              name: 'longest-own-5mb-vs-50ms',
              label: '5 MB: longest stretch of ours, collections left out, worst load / 50 ms',
              value: own5 / 50,
              target: { atMost: 1 },
            },
          ];
    return { figures, ratios };
  },
};

export const searchSection: BenchSection = {
  name: 'search',
  title:
    'Statement search: median and p95 query time (real, 10,000 and 100,000 statements), popup open → results',
  async run(log) {
    ensureTestBuild(log);
    const results = await benchSearch(log);
    const figures: Figure[] = [];
    for (const r of results) {
      for (const [k, v] of Object.entries(r.figures)) {
        if (k === 'queries' || k === 'runs') continue;
        figures.push(figure(`${slug(r.name)}-${slug(k)}`, `${r.name}: ${k}`, unitOf(k), [v]));
      }
    }
    return {
      figures,
      ratios: [],
      notes: ['query figures are over 10 typical queries (fa/en/ru, prefix, one misspelling)'],
    };
  },
};
