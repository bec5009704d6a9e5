/**
 * The page figure of `npm run bench` (issue 4, point 7): loads the built test extension (`wxt build --mode test`)
 * in headless Chromium, opens generated 1 MB and 5 MB news pages served from 127.0.0.1, and reads
 *
 * - the time from navigation start to the end of the first scan pass, when the highlights are registered
 *   (`inline-context:scan` measure: its end, relative to the page's time origin);
 * - the longest task of ours: the longest stretch the content script ran without yielding — the largest of the
 *   first pass's `inline-context:pass` (`detail.longestTaskMs`: the scan and everything after it up to the paint
 *   plan; the scan's own `inline-context:scan` figure, which an earlier version of this bench read, leaves the
 *   plan out), the cap's drop on a page over the cap (`inline-context:cap`), linking the page's sentences
 *   (`inline-context:quotes`), restyling the marks once linking has found sentences (`inline-context:plan`: a
 *   job after the pass; counted since 2 Dec, before that only in the stretch figures below) and the longest
 *   step of compiling the aliases at start-up (`inline-context:compile`, `detail.longestStepMs`); each is also
 *   given alone, with the step the longest pass stretch was spent in;
 * - the same longest stretch with V8's collection pauses inside it left out, and the CPU time of the task our
 *   longest stretch ran in (scripts/bench/main-thread-trace.ts: the load is traced, and every stretch of ours of
 *   10 ms or more, `inline-context:stretch`, is put beside the main thread's collection pauses and tasks), and
 *   the collector's own longest pause: on the 5 MB page a scavenge or the final mark-compact pauses whichever
 *   task is running for 20–50 ms, and on this two-core machine a stretch may take twice its CPU time;
 * - the longest stretch of ours in the time the thread ran: the wall time of each stretch, or the CPU time of
 *   the task holding it when that is less — the thread waited: descheduled (on two shared cores a stretch of
 *   7 ms of CPU was seen to take 40 ms of wall time, no collection in it), or for the collector's helper
 *   threads (a 90 ms stretch held a 59 ms pause and 39 ms of CPU). What the main thread itself collected counts;
 * - the longest `longtask` the browser reported while our first pass ran (a PerformanceObserver installed
 *   before the page loads): it includes style and layout work our highlights cause, and any page work;
 * - quote linking after that pass (`inline-context:quotes` measures, entrypoints/content/quote-stage.ts): its
 *   longest chunk (`detail.longestTaskMs`, over every quote pass of the load, the task compiling the cue
 *   lexicon included), the first pass's wall time, that compile (`detail.compileMs`) and the sentences it marks. It runs only on a page that marks a meeting person (these pages all do); a load
 *   where it never ends within the wait for the pass, the cap and the quotes reports -1;
 * - thread time (the test build's task clock, `busyMs`: the sum of a job's stretches, the page's turns left out):
 *   the first pass, and the linking that follows it on the same clock (the cue lexicon's compile apart), and
 *   their ratio — what linking adds to the scan in the extension, beside the Node figure of `--only=quotes`;
 * - the keyboard walk: the longest `longtask` after each of five Alt+Shift+J presses (0: none over 50 ms).
 *
 * Runnable alone: `npx tsx scripts/bench-page.ts [--runs=3] [--sizes=1,5] [--extension=DIR]` prints its figures
 * (`DIR`: another built test extension, e.g. an older build for a before/after). Medians of `runs` loads.
 */
import { pathToFileURL } from 'node:url';
import { launchWithExtension, serveFixtures } from '../tests/e2e/harness.ts';
import { ANCHOR, mainThread, pausedWithin, taskHolding, traceMainThread } from './bench/main-thread-trace.ts';
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
const round2 = (n: number) => Math.round(n * 100) / 100;

/** One load of `url`: figures of the first scan pass. */
async function measureOnce(
  browser: Awaited<ReturnType<typeof launchWithExtension>>,
  url: string,
  log?: (line: string) => void,
): Promise<Record<string, number>> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  // The main thread's collections and tasks during the load (scripts/bench/main-thread-trace.ts), to tell
  // them from our own work.
  const stopTrace = await traceMainThread(await browser.context.newCDPSession(page));
  await page.goto(url, { timeout: 180_000 });
  await page.waitForFunction(
    () => performance.getEntriesByName('inline-context:scan').length > 0,
    undefined,
    {
      timeout: 180_000,
      polling: 100,
    },
  );
  // The pass ends after the scan (the paint plan), the cap checks after the next frame (a 5 MB page holds more
  // marks than the cap), and the quote stage links sentences after the pass; each may be our longest stretch.
  await page.waitForFunction(
    () => performance.getEntriesByName('inline-context:pass').length > 0,
    undefined,
    {
      timeout: 180_000,
      polling: 100,
    },
  );
  await page
    .waitForFunction(
      () =>
        performance.getEntriesByName('inline-context:quotes').length > 0 &&
        (performance.getEntriesByName('inline-context:cap').length > 0 ||
          ['inline-context-person', 'inline-context-topic', 'inline-context-quiet'].reduce(
            (n, name) => n + (CSS.highlights.get(name)?.size ?? 0),
            0,
          ) <= 5_000),
      undefined,
      { timeout: 60_000, polling: 100 },
    )
    .catch(() => undefined);
  // The cap's drop may run in several tasks: let its last one end.
  await page.waitForTimeout(1_000);
  // What the longest stretches were made of (step → ms; the test build's task clock, lib/page/task-clock.ts).
  const steps = await page.evaluate(() =>
    ['inline-context:pass', 'inline-context:cap', 'inline-context:plan'].map((name) =>
      (performance.getEntriesByName(name) as PerformanceMeasure[])
        .map(
          (e) =>
            `${name.slice(15)} ${e.detail?.longestTaskMs} ms ${JSON.stringify(e.detail?.longestSteps ?? {})} item ${e.detail?.longestItemMs}`,
        )
        .join('; '),
    ),
  );
  log?.(`  longest stretches by step: ${steps.filter(Boolean).join(' | ')}`);
  // The job's thread time per step, at the end of its linking (the first pass's steps, then `quotes:*`).
  log?.(
    `  thread time by step: ${await page.evaluate(() => JSON.stringify((performance.getEntriesByName('inline-context:quotes')[0] as PerformanceMeasure | undefined)?.detail?.busySteps ?? {}))}`,
  );
  // Every stretch of ours of 10 ms or more, beside the collection pauses inside it and the CPU time of its task.
  const anchorAt = await page.evaluate((name) => performance.mark(name).startTime, ANCHOR);
  const thread = mainThread(await stopTrace(), anchorAt);
  const stretches = (
    await page.evaluate(() =>
      (performance.getEntriesByName('inline-context:stretch') as PerformanceMeasure[]).map((e) => ({
        start: e.startTime,
        end: e.startTime + e.duration,
        steps: e.detail as Record<string, number>,
      })),
    )
  ).map((st) => ({
    ...st,
    ms: st.end - st.start,
    paused: pausedWithin(st, thread.pauses),
    task: taskHolding(st, thread.tasks),
  }));
  const byLength = [...stretches].sort((a, b) => b.ms - a.ms).slice(0, 3);
  log?.(
    `  longest stretches (collecting; CPU time of their task / its wall time): ${byLength
      .map(
        (st) =>
          `${st.ms.toFixed(1)} ms (${st.paused.toFixed(1)}; ${st.task ? `${st.task.cpu.toFixed(1)} / ${(st.task.end - st.task.start).toFixed(1)}` : '?'}) ${JSON.stringify(st.steps)}`,
      )
      .join('; ')}`,
  );
  const threadFigures = {
    ownLongest: stretches.reduce((a, st) => Math.max(a, st.ms - st.paused), 0),
    // The CPU time of the task that held our longest stretch: an upper bound of what the stretch itself used.
    longestCpu: byLength[0]?.task?.cpu ?? -1,
    // The longest stretch of ours in the time the thread ran: its wall time, or the CPU time of its task when
    // that is less (the thread waited: descheduled, or for the collector's helper threads).
    ranLongest: stretches.reduce((a, st) => Math.max(a, Math.min(st.ms, st.task?.cpu ?? st.ms)), 0),
    gcLongest: thread.pauses.reduce((a, p) => Math.max(a, p.end - p.start), 0),
    gcInOurs: stretches.reduce((a, st) => a + st.paused, 0),
    gcAll: thread.pauses.reduce((a, p) => a + p.end - p.start, 0),
  };
  const quotesEnded = await page.evaluate(
    () => performance.getEntriesByName('inline-context:quotes').length > 0,
  );
  const result = await page.evaluate((quotesEnded) => {
    const m = performance.getEntriesByName('inline-context:scan')[0] as PerformanceMeasure;
    const pass = performance.getEntriesByName('inline-context:pass')[0] as PerformanceMeasure | undefined;
    const passDetail = (pass?.detail ?? {}) as {
      longestTaskMs?: number;
      longestSteps?: Record<string, number>;
      busyMs?: number;
    };
    // No named helper functions in here: the bench runs under tsx, whose name-keeping wrapper does not exist in
    // the page.
    const longest: Record<string, number> = {};
    for (const name of ['inline-context:cap', 'inline-context:quotes', 'inline-context:plan'])
      for (const e of performance.getEntriesByName(name) as PerformanceMeasure[])
        longest[name] = Math.max(
          longest[name] ?? 0,
          (e.detail as { longestTaskMs?: number } | null)?.longestTaskMs ?? e.duration,
        );
    const cap = longest['inline-context:cap'] ?? 0;
    const quotes = longest['inline-context:quotes'] ?? 0;
    const replan = longest['inline-context:plan'] ?? 0;
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
    const passes = quoteMeasures.map(
      (q) =>
        q.detail as {
          sentences: number;
          longestTaskMs: number;
          compileMs?: number;
          busyMs?: number;
          compileBusyMs?: number;
          passLongestSteps?: Record<string, number>;
          passLongestItemMs?: number;
        },
    );
    return {
      toHighlights: end,
      scan: m.duration,
      scriptStart: start,
      ourLongest: Math.max(
        detail.longestTaskMs,
        passDetail.longestTaskMs ?? 0,
        cap,
        quotes,
        replan,
        (compile?.detail as { longestStepMs?: number })?.longestStepMs ?? 0,
      ),
      scanLongest: detail.longestTaskMs,
      passLongest: passDetail.longestTaskMs ?? 0,
      passLongestStep: Object.values(passDetail.longestSteps ?? {}).reduce((a, b) => Math.max(a, b), 0),
      capLongest: cap,
      replanLongest: replan,
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
      quotesLongest: quotesEnded ? quotes : -1,
      quotesWall: quotesEnded ? (quoteMeasures[0]?.duration ?? -1) : -1,
      quoteSentences: quotesEnded ? (passes[0]?.sentences ?? -1) : -1,
      // Compiling the cue lexicon (its own task, on the first linking pass; counted in quotesLongest too).
      quotesCompile: quotesEnded ? (passes[0]?.compileMs ?? -1) : -1,
      // Thread time (the clock's stretches, the page's turns left out): the first pass, and the linking that
      // follows it on the same clock, without and with compiling the cue lexicon (the first page only).
      passBusy: passDetail.busyMs ?? -1,
      quotesBusy: quotesEnded ? (passes[0]?.busyMs ?? -1) - (passes[0]?.compileBusyMs ?? 0) : -1,
      quotesCompileBusy: quotesEnded ? (passes[0]?.compileBusyMs ?? -1) : -1,
      // The job's longest stretch once linking ended: its longest item and its steps (`step:<name>`, in the log).
      quotesPassItem: quotesEnded ? (passes[0]?.passLongestItemMs ?? -1) : -1,
      ...Object.fromEntries(
        Object.entries(passes[0]?.passLongestSteps ?? {}).map(([k, v]) => [`step:${k}`, v]),
      ),
    };
  }, quotesEnded);
  // The keyboard walk (Alt+Shift+J) over every painted mark and reporting sentence: the longest task the
  // browser reports after each of five presses (its own work, the scroll and the paint it causes).
  let keyLongest = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.waitForTimeout(300);
    keyLongest = Math.max(
      keyLongest,
      await page.evaluate(
        (t0) =>
          (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
            .filter((t) => t.start >= t0)
            .reduce((a, t) => Math.max(a, t.duration), 0),
        t0,
      ),
    );
  }
  await page.close();
  return { ...result, ...threadFigures, keyLongest };
}

/** Measures the page figures on generated pages of the given sizes (in MB of HTML). */
export async function benchPage(opts: {
  sizesMB: number[];
  runs?: number;
  log?: (line: string) => void;
  /** Another built test extension than `.output/chrome-mv3-test` (an older build, for before/after). */
  extensionDir?: string;
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
  const [browser, server] = await Promise.all([
    launchWithExtension(opts.extensionDir),
    serveFixtures(process.cwd(), routes),
  ]);
  const out: PageFigures[] = [];
  try {
    for (const mb of opts.sizesMB) {
      const samples: Record<string, number>[] = [];
      for (let i = 0; i < runs; i++) {
        samples.push(await measureOnce(browser, server.url(`/bench-${mb}mb.html`), opts.log));
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
          'longest stretch of the scan (ms)': pick('scanLongest'),
          'longest stretch of the first pass (ms)': pick('passLongest'),
          'longest single step in that stretch (ms)': pick('passLongestStep'),
          'longest stretch dropping marks over the cap (ms)': pick('capLongest'),
          'longest stretch linking sentences (ms)': pick('quotesLongest'),
          'longest stretch restyling the marks after the pass (ms)': pick('replanLongest'),
          'longest task of ours, worst run (ms)': round(Math.max(...samples.map((s) => s.ourLongest ?? 0))),
          'longest stretch of ours, the collector’s pauses in it left out (ms)': pick('ownLongest'),
          'longest stretch of ours, collections left out, worst run (ms)': round(
            Math.max(...samples.map((s) => s.ownLongest ?? 0)),
          ),
          'our longest stretch: CPU time of the task it ran in (ms)': pick('longestCpu'),
          'longest stretch of ours, in the time the thread ran (ms)': pick('ranLongest'),
          'longest stretch of ours, in the time the thread ran, worst run (ms)': round(
            Math.max(...samples.map((s) => s.ranLongest ?? 0)),
          ),
          'the collector’s longest pause of the main thread (ms)': pick('gcLongest'),
          'the collector’s pauses inside our stretches of 10 ms or more (ms)': pick('gcInOurs'),
          'the collector’s pauses of the main thread during the load, in all (ms)': pick('gcAll'),
          'longest longtask during the scan (ms)': pick('longTaskDuringScan'),
          'quote linking: longest chunk (ms)': pick('quotesLongest'),
          'quote linking: longest chunk, worst run (ms)': round(
            Math.max(...samples.map((s) => s.quotesLongest ?? 0)),
          ),
          'quote linking: first pass, wall time (ms)': pick('quotesWall'),
          'quote linking: compiling the cue lexicon (ms)': pick('quotesCompile'),
          'first pass, thread time (ms)': pick('passBusy'),
          'quote linking after it, thread time, its compile left out (ms)': pick('quotesBusy'),
          'compiling the cue lexicon, thread time (ms)': pick('quotesCompileBusy'),
          'first pass with linking / without, thread time': round2(
            median(samples.map((x) => ((x.passBusy ?? 0) + (x.quotesBusy ?? 0)) / (x.passBusy ?? 1))),
          ),
          'sentences marked as reporting a statement': pick('quoteSentences'),
          'Alt+Shift+J: longest task after a press, of five (ms)': pick('keyLongest'),
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
  const extensionDir = process.argv.find((a) => a.startsWith('--extension='))?.slice(12);
  const sizesMB = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '1,5')
    .split(',')
    .map(Number);
  const results = await benchPage({
    sizesMB,
    runs,
    extensionDir,
    log: (l) => process.stderr.write(`${l}\n`),
  });
  for (const r of results) {
    process.stdout.write(`\n## ${r.name} (median of ${runs})\n`);
    for (const [k, v] of Object.entries(r.figures))
      process.stdout.write(`  ${k.padEnd(52)} ${String(v).padStart(10)}\n`);
  }
}
