/**
 * Bench sections for living pages, in Chromium with the test build loaded:
 *
 * - `live-pages`: on a paragraph re-rendered every 300 ms (tests/fixtures/pages/rerender.html), the share of
 *   animation frames over 3 s in which its marks are on live text; and the main thread's task time while the
 *   ticker page (live-ticker.html) adds a line every 100 ms for 10 s (Chromium's `TaskDuration`, page and
 *   extension together: compare runs of the same machine).
 * - `live-heap`: the renderer's JS heap after garbage collection on the ticker page, at the start and after
 *   `--heap-minutes=N` minutes (10 by default) of a line every 100 ms, with the extension loaded and with the
 *   store build (which does not run on the test server, so it is the page alone). The difference is ours.
 *   Run it alone: `npx tsx scripts/bench.ts --only=live-heap --heap-minutes=10`; `--heap-rolling` keeps the
 *   ticker at its last 50 lines, so the page does not grow.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SAMPLE_FRAMES } from '../../tests/e2e/frame-sampler.ts';
import { launchWithExtension, serveFixtures } from '../../tests/e2e/harness.ts';
import type { BenchSection } from './sections.ts';
import { figure } from './stats.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
const TEST_BUILD = join(ROOT, '.output', 'chrome-mv3-test');
const STORE_BUILD = join(ROOT, '.output', 'chrome-mv3');

const scanned = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('inline-context:scan').length > 0, null, {
    timeout: 60_000,
  });

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;

/**
 * The page's CDP metrics. Pass one session for readings that are compared: `TaskDuration` counts from the
 * session's `Performance.enable`, so two readings through two fresh sessions differed by ~0 ms (the ticker
 * figure read 0.18 ms for 10 s of ticker until this took a session).
 */
async function metrics(page: Page, session?: Cdp): Promise<Record<string, number>> {
  const cdp = session ?? (await page.context().newCDPSession(page));
  if (!session) await cdp.send('Performance.enable');
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  if (!session) await cdp.detach();
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * The test build records a `performance` measure per scan pass (`inline-context:*`, timeline.ts), which the
 * production build does not: 10 minutes of a ticker leave ~1,200 entries in the document's timeline, counted in
 * the heap. Clearing the timeline (both runs alike) before each reading leaves our code's own memory.
 */
async function clearTimeline(page: Page): Promise<void> {
  await page.evaluate(() => {
    performance.clearMarks();
    performance.clearMeasures();
  });
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  return ((await metrics(page)).JSHeapUsedSize ?? 0) / 1024 / 1024;
}

export const liveSection: BenchSection = {
  name: 'live-pages',
  title: 'Living pages (Chromium, 3 runs): frames with live marks on a re-rendered paragraph, ticker CPU',
  async run(log) {
    const frames: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < 3; run++) {
      const [browser, server] = await Promise.all([launchWithExtension(TEST_BUILD), serveFixtures(PAGES)]);
      try {
        const page = await browser.context.newPage();
        await page.goto(server.url('/rerender.html'));
        await scanned(page);
        await page.evaluate('startRendering()');
        const r = (await page.evaluate(`${SAMPLE_FRAMES}(3000, ['Lukashenko', 'Khamenei'])`)) as {
          frames: number;
          marked: number;
        };
        await page.evaluate('stopRendering()');
        frames.push((100 * r.marked) / r.frames);
        const ticker = await browser.context.newPage();
        await ticker.goto(server.url('/live-ticker.html'));
        await scanned(ticker);
        await ticker.waitForTimeout(1000);
        const cdp = await ticker.context().newCDPSession(ticker);
        await cdp.send('Performance.enable');
        const before = await metrics(ticker, cdp);
        await ticker.evaluate('startTicker(100)');
        await ticker.waitForTimeout(11_000);
        const after = await metrics(ticker, cdp);
        await cdp.detach();
        cpu.push(((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000);
        log(
          `live-pages run ${run + 1}: ${frames.at(-1)?.toFixed(1)} % frames, ticker ${cpu.at(-1)?.toFixed(0)} ms`,
        );
      } finally {
        await browser.close();
        await server.close();
      }
    }
    return {
      figures: [
        figure('rerender-frames-marked', 'Re-render every 300 ms: frames with live marks', '%', frames),
        figure('ticker-task-ms', 'Ticker, a line every 100 ms for 10 s: main-thread task time', 'ms', cpu),
      ],
      ratios: [
        {
          name: 'rerender-frames-marked',
          label: 'Frames with live marks / 100 %',
          value: Math.min(...frames) / 100,
          target: { atLeast: 0.99 },
        },
      ],
    };
  },
};

export const heapSection: BenchSection = {
  name: 'live-heap',
  title: 'Heap on a long-lived ticker page (Chromium): growth with the extension vs the page alone',
  async run(log) {
    const arg = process.argv.find((a) => a.startsWith('--heap-minutes='));
    const minutes = arg ? Number(arg.slice('--heap-minutes='.length)) : 10;
    // `--heap-rolling`: the ticker keeps its last 50 lines, so the page stays the same size and so should we;
    // without it the page keeps every line, and a fifth of them name Lukashenko (marks the page really holds).
    const rolling = process.argv.includes('--heap-rolling');
    // Both at once, in two browsers: the same minutes of the same machine, and half the wall time.
    const measure = async (label: string, dir: string): Promise<number> => {
      const [browser, server] = await Promise.all([launchWithExtension(dir), serveFixtures(PAGES)]);
      try {
        const page = await browser.context.newPage();
        await page.goto(server.url('/live-ticker.html'));
        await page.waitForTimeout(3000);
        await clearTimeline(page);
        const start = await heapAfterGc(page);
        await page.evaluate(`startTicker(${Math.round(minutes * 600)}${rolling ? ', 50' : ''})`);
        for (let m = 1; m <= Math.ceil(minutes); m++) {
          await page.waitForTimeout(Math.min(60_000, minutes * 60_000));
          const entries = await page.evaluate(() => performance.getEntries().length);
          await clearTimeline(page);
          log(
            `live-heap ${label}: ${m} min, ${(await heapAfterGc(page)).toFixed(1)} MB (${entries} timeline entries cleared)`,
          );
        }
        await clearTimeline(page);
        return (await heapAfterGc(page)) - start;
      } finally {
        await browser.close();
        await server.close();
      }
    };
    const [withUs, alone] = await Promise.all([
      measure('with the extension', TEST_BUILD),
      measure('page alone', STORE_BUILD),
    ]);
    const growth: Record<string, number> = { 'with the extension': withUs, 'page alone': alone };
    const ours = (growth['with the extension'] ?? 0) - (growth['page alone'] ?? 0);
    return {
      figures: [
        figure('heap-growth-extension', `JS heap growth over ${minutes} min, with the extension`, 'MB', [
          growth['with the extension'] ?? 0,
        ]),
        figure('heap-growth-page', `JS heap growth over ${minutes} min, page alone`, 'MB', [
          growth['page alone'] ?? 0,
        ]),
        figure('heap-growth-ours', `Ours: the difference`, 'MB', [ours]),
      ],
      ratios: [],
      notes: [
        `${minutes * 600} ticker lines, one every 100 ms${rolling ? ', the last 50 kept (--heap-rolling)' : ', all kept'}; heap read after a forced garbage collection.`,
      ],
    };
  },
};
