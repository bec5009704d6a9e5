/**
 * The page figure of `npm run bench` (issue 4, point 7): loads the built test extension (`wxt build --mode test`)
 * in headless Chromium, opens generated 1 MB and 5 MB news pages served from 127.0.0.1, and reads
 *
 * - the time from navigation start to the end of the first scan pass, when the highlights are registered
 *   (`inline-context:scan` measure: its end, relative to the page's time origin);
 * - the longest task of ours: the longest chunk the content script ran without yielding — the larger of the
 *   scan's `detail.longestTaskMs` (timed by the chunk runner) and the longest step of compiling the aliases
 *   at start-up (`inline-context:compile`, `detail.longestStepMs`);
 * - the longest `longtask` the browser reported while our first pass ran (a PerformanceObserver installed
 *   before the page loads): it includes style and layout work our highlights cause, and any page work;
 * - quote linking after that pass (`inline-context:quotes` measures, entrypoints/content/quote-stage.ts): its
 *   longest chunk (`detail.longestTaskMs`, over every quote pass of the load), the first pass's wall time and
 *   the sentences it marks. It runs only on a page that marks a meeting person (these pages all do); a load
 *   where it never ends within {@link QUOTES_WAIT_MS} reports -1.
 *
 * Runnable alone: `npx tsx scripts/bench-page.ts [--runs=3]` prints its figures. Medians of `runs` loads.
 */
import { pathToFileURL } from 'node:url';
import { launchWithExtension, serveFixtures } from '../tests/e2e/harness.ts';
import { newsPage } from './bench/news-page.ts';

export interface PageFigures {
  name: string;
  figures: Record<string, number>;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const round = (n: number) => Math.round(n * 10) / 10;
/** How long to wait after the scan pass for the quote stage's first measure. */
const QUOTES_WAIT_MS = 60_000;

/** One load of `url`: figures of the first scan pass. */
async function measureOnce(
  browser: Awaited<ReturnType<typeof launchWithExtension>>,
  url: string,
): Promise<Record<string, number>> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { timeout: 180_000 });
  await page.waitForFunction(
    () => performance.getEntriesByName('inline-context:scan').length > 0,
    undefined,
    {
      timeout: 180_000,
      polling: 100,
    },
  );
  // Linking follows the scan pass (the late stage loads the linker first): wait for its measure too.
  const quotesEnded = await page
    .waitForFunction(() => performance.getEntriesByName('inline-context:quotes').length > 0, undefined, {
      timeout: QUOTES_WAIT_MS,
      polling: 100,
    })
    .then(
      () => true,
      () => false,
    );
  const result = await page.evaluate((quotesEnded) => {
    const m = performance.getEntriesByName('inline-context:scan')[0] as PerformanceMeasure;
    const detail = m.detail as {
      matches: number;
      chars: number;
      longestTaskMs: number;
      phasesMs: { find: number; resolve: number; paint: number };
    };
    const start = performance.getEntriesByName('inline-context:start')[0]?.startTime ?? 0;
    const compile = performance.getEntriesByName('inline-context:compile')[0] as
      | PerformanceMeasure
      | undefined;
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    const end = m.startTime + m.duration;
    const during = tasks.filter((t) => t.start + t.duration > m.startTime && t.start < end);
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const quoteMeasures = performance.getEntriesByName('inline-context:quotes') as PerformanceMeasure[];
    const passes = quoteMeasures.map((q) => q.detail as { sentences: number; longestTaskMs: number });
    return {
      toHighlights: end,
      scan: m.duration,
      scriptStart: start,
      ourLongest: Math.max(
        detail.longestTaskMs,
        (compile?.detail as { longestStepMs?: number })?.longestStepMs ?? 0,
      ),
      compileLongestStep: (compile?.detail as { longestStepMs?: number })?.longestStepMs ?? 0,
      find: detail.phasesMs.find,
      resolve: detail.phasesMs.resolve,
      paint: detail.phasesMs.paint,
      longTaskDuringScan: during.reduce((a, t) => Math.max(a, t.duration), 0),
      domContentLoaded: nav?.domContentLoadedEventEnd ?? 0,
      marks: detail.matches,
      chars: detail.chars,
      // Quote stage: the longest chunk of any of its passes, and its first pass (no named helper here:
      // this function runs in the page, where the bundler's name-keeping helper does not exist).
      quotesLongest: quotesEnded && passes.length ? Math.max(...passes.map((d) => d.longestTaskMs)) : -1,
      quotesWall: quotesEnded ? (quoteMeasures[0]?.duration ?? -1) : -1,
      quoteSentences: quotesEnded ? (passes[0]?.sentences ?? -1) : -1,
    };
  }, quotesEnded);
  await page.close();
  return result;
}

/** Measures the page figures on generated pages of the given sizes (in MB of HTML). */
export async function benchPage(opts: {
  sizesMB: number[];
  runs?: number;
  log?: (line: string) => void;
}): Promise<PageFigures[]> {
  const runs = opts.runs ?? 3;
  const routes = Object.fromEntries(
    opts.sizesMB.map((mb) => {
      const html = newsPage(Math.round(mb * 1024 * 1024));
      return [
        `/bench-${mb}mb.html`,
        (_req: unknown, res: import('node:http').ServerResponse) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(html);
        },
      ];
    }),
  );
  const [browser, server] = await Promise.all([launchWithExtension(), serveFixtures(process.cwd(), routes)]);
  const out: PageFigures[] = [];
  try {
    for (const mb of opts.sizesMB) {
      const samples: Record<string, number>[] = [];
      for (let i = 0; i < runs; i++) {
        samples.push(await measureOnce(browser, server.url(`/bench-${mb}mb.html`)));
        opts.log?.(`page ${mb} MB run ${i + 1}/${runs}: ${JSON.stringify(samples.at(-1))}`);
      }
      const pick = (k: string) => round(median(samples.map((s) => s[k] ?? 0)));
      out.push({
        name: `page ${mb} MB`,
        figures: {
          'navigation → highlights painted (ms)': pick('toHighlights'),
          'navigation → DOMContentLoaded (ms)': pick('domContentLoaded'),
          'navigation → our script starts (document_idle) (ms)': pick('scriptStart'),
          'first scan pass, wall time (ms)': pick('scan'),
          'longest task of ours (ms)': pick('ourLongest'),
          'longest step compiling the aliases (ms)': pick('compileLongestStep'),
          'longest task of ours, worst run (ms)': round(Math.max(...samples.map((s) => s.ourLongest ?? 0))),
          'longest longtask during the scan (ms)': pick('longTaskDuringScan'),
          'quote linking: longest chunk (ms)': pick('quotesLongest'),
          'quote linking: longest chunk, worst run (ms)': round(
            Math.max(...samples.map((s) => s.quotesLongest ?? 0)),
          ),
          'quote linking: first pass, wall time (ms)': pick('quotesWall'),
          'sentences marked as reporting a statement': pick('quoteSentences'),
          marks: pick('marks'),
          'characters read': pick('chars'),
        },
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
  const results = await benchPage({ sizesMB: [1, 5], runs, log: (l) => process.stderr.write(`${l}\n`) });
  for (const r of results) {
    process.stdout.write(`\n## ${r.name} (median of ${runs})\n`);
    for (const [k, v] of Object.entries(r.figures))
      process.stdout.write(`  ${k.padEnd(52)} ${String(v).padStart(10)}\n`);
  }
}
