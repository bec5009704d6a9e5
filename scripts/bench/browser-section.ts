/**
 * Whole-page figures in headless Chromium, in one run and on the same generated pages: (a) a bare TreeWalker
 * read of all text nodes, (b) our scan producing Ranges (readTextBlocks + findCandidates + resolve +
 * blockRange), (c) mark.js 8.11.1 marking the same alias list (one regular expression of all aliases,
 * mark.js's fastest way to mark many terms; a fresh page per run because it changes the DOM).
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Gazetteer } from '../../lib/data/types.ts';
import { allAliases, loadBundle, scaled } from './gazetteers.ts';
import { newsPage } from './news-page.ts';
import type { BenchSection, Ratio } from './sections.ts';
import { type Figure, figure } from './stats.ts';

const repo = join(import.meta.dirname, '..', '..');
const MARK_JS = join(repo, 'node_modules', 'mark.js', 'dist', 'mark.min.js');

/** lib/spot as one IIFE string exposing `window.InlineContextSpot`. */
async function spotBundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(repo, 'lib', 'spot', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'InlineContextSpot',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minify: true,
  });
  return out.outputFiles[0]?.text ?? '';
}

async function freshPage(browser: Browser, html: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load', timeout: 120_000 });
  return page;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Runs in the page: median-free raw timings, so the Node side computes medians for all figures alike. */
async function timeInPage(page: Page, what: 'bare' | 'ours', runs: number, gazetteer?: Gazetteer) {
  return page.evaluate(
    ({ what, runs, gazetteer }) => {
      // biome-ignore lint/suspicious/noExplicitAny: the bundle's global is untyped inside the page
      const spot = (window as any).InlineContextSpot;
      const spotter = gazetteer ? new spot.Spotter(gazetteer) : null;
      const times: number[] = [];
      const phases = {
        read: [] as number[],
        find: [] as number[],
        resolve: [] as number[],
        ranges: [] as number[],
      };
      let count = 0;
      for (let i = 0; i < runs + 3; i++) {
        const t0 = performance.now();
        if (what === 'bare') {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let chars = 0;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
          count = chars;
        } else {
          // The same steps as spotDocument, timed one by one.
          const blocks = spot.readTextBlocks(document, { checkStyles: false });
          const t1 = performance.now();
          const probe = new spot.VisibilityProbe();
          const candidates = [];
          for (let b = 0; b < blocks.length; b++) {
            for (const c of spotter.findCandidates(blocks[b].text)) {
              const element = spot.blockNodeAt(blocks[b], c.start).parentElement;
              if (element && !probe.isVisible(element)) continue;
              candidates.push({ ...c, block: b });
            }
          }
          const t2 = performance.now();
          const kept = spotter.resolve(candidates, { publishedAt: spot.publicationDate(document) });
          const t3 = performance.now();
          const ranges = kept.map((c: { block: number; start: number; end: number }) =>
            spot.blockRange(blocks[c.block], c.start, c.end),
          );
          count = ranges.length;
          if (i > 2) {
            phases.read.push(t1 - t0);
            phases.find.push(t2 - t1);
            phases.resolve.push(t3 - t2);
            phases.ranges.push(performance.now() - t3);
          }
        }
        const ms = performance.now() - t0;
        if (i > 2) times.push(ms); // the first runs warm up the JIT
      }
      return { times, count, phases };
    },
    { what, runs, gazetteer },
  );
}

async function markJs(browser: Browser, html: string, aliases: string[], runs: number) {
  const pattern = aliases
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    const page = await freshPage(browser, html);
    await page.addScriptTag({ path: MARK_JS });
    // A string, not a function: tsx would wrap a function's inner callbacks in a `__name` helper that does
    // not exist in the page.
    const r = (await page.evaluate(`new Promise((resolve) => {
      const t0 = performance.now();
      new window.Mark(document.body).markRegExp(new RegExp(${JSON.stringify(pattern)}, 'gi'), {
        acrossElements: false,
        done: (n) => resolve({ ms: performance.now() - t0, count: n }),
      });
    })`)) as { ms: number; count: number };
    times.push(r.ms);
    count = r.count;
    await page.close();
  }
  return { times, count };
}

export const browserSection: BenchSection = {
  name: 'page',
  title: 'Whole page in headless Chromium: bare TreeWalker read, our scan with Ranges, mark.js',
  async run(log) {
    const { gazetteer } = loadBundle();
    const big = scaled(gazetteer, 100);
    const aliases = allAliases(gazetteer);
    const bundle = await spotBundle();
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const figures: Figure[] = [];
    const ratios: Ratio[] = [];
    const notes: string[] = [];
    try {
      for (const [label, size, markRuns] of [
        ['1mb', 1_000_000, 3],
        ['5mb', 5_000_000, 2],
      ] as const) {
        const html = newsPage(size);
        const page = await freshPage(browser, html);
        await page.addScriptTag({ content: bundle });
        const bare = await timeInPage(page, 'bare', 9);
        figures.push(
          figure(
            `bare-${label}`,
            `(a) bare TreeWalker read, ${label} (${bare.count} chars of text)`,
            'ms',
            bare.times,
          ),
        );
        const ours = await timeInPage(page, 'ours', 7, gazetteer);
        figures.push(
          figure(`ours-${label}`, `(b) our scan → ${ours.count} Ranges, ${label}`, 'ms', ours.times),
        );
        for (const [phase, runs] of Object.entries(ours.phases)) {
          figures.push(figure(`ours-${label}-${phase}`, `    of which ${phase}`, 'ms', runs));
        }
        if (label === '1mb') {
          const oursBig = await timeInPage(page, 'ours', 5, big);
          figures.push(
            figure(`ours-${label}-x100`, `(b) our scan, ×100 aliases, ${label}`, 'ms', oursBig.times),
          );
        }
        await page.close();
        log(`  page ${label}: bare and ours done; mark.js…`);
        const mark = process.env.BENCH_SKIP_MARKJS
          ? { times: [Number.NaN], count: 0 }
          : await markJs(browser, html, aliases, markRuns);
        figures.push(
          figure(
            `markjs-${label}`,
            `(c) mark.js 8.11.1, ${aliases.length} aliases → ${mark.count} marks, ${label}`,
            'ms',
            mark.times,
          ),
        );
        const m = (name: string) => figures.find((f) => f.name === name)?.median ?? Number.NaN;
        ratios.push(
          {
            name: `markjs-vs-ours-${label}`,
            label: `mark.js / ours (${label})`,
            value: m(`markjs-${label}`) / m(`ours-${label}`),
            target: { atLeast: 20 },
          },
          {
            name: `ours-vs-bare-${label}`,
            label: `ours / bare TreeWalker (${label})`,
            value: m(`ours-${label}`) / m(`bare-${label}`),
            target: { atMost: 3 },
          },
        );
        if (label === '1mb') {
          ratios.push({
            name: 'page-aliases-x100',
            label: 'ours ×100 aliases / ×1 (1mb)',
            value: m('ours-1mb-x100') / m('ours-1mb'),
            target: { atMost: 1.5 },
          });
        }
      }
      notes.push(
        'mark.js: one RegExp of all aliases (longest first, case-insensitive) with markRegExp, its default per-text-node mode (acrossElements would take minutes on 5 MB), a fresh page per run.',
      );
    } finally {
      await browser.close();
    }
    return { figures, ratios, notes };
  },
};
