/**
 * `--only=start`: what the content script costs on every page it runs on, before anyone opens a card (issue 11,
 * part 4), and what the late stage costs when someone does.
 *
 * - Size: the store build's start script (`content-scripts/content.js`) and late stage (`late-stage.js`), raw
 *   and gzipped, and what the start script is made of (`bundle-size.ts`, from a source-mapped build).
 * - Parse + compile + first run, in Chromium with the test build: the thread time of the browser's
 *   `EvaluateScript` of content.js (its `v8.compile` and `v8.run`: compiling the script and running its top
 *   level, up to the first `await` of `main`), read from a Chrome trace of each load, on an article that names
 *   the meeting's people and on a news page that names nobody. Functions V8 compiles lazily later (the spotter's
 *   on first call) are inside the scan's own figures, not here.
 * - Compiling the aliases, which a page's first pass does before it finds anything (`inline-context:compile`:
 *   folding the gazetteer's aliases, the automaton and the prefilter, in steps): its wall time and longest step.
 * - Heap per tab: the renderer's JS heap after a forced garbage collection (CDP `HeapProfiler.collectGarbage`,
 *   then `Performance.getMetrics` `JSHeapUsedSize`). Content scripts run in an isolated world of the page's
 *   renderer, which shares the page's V8 heap, so ours is the heap with the extension minus the heap of the
 *   same page in a browser whose extension does not run there (the store build, which does not match the test
 *   server). Read after the first scan, and again after the first card (the late stage loaded).
 * - The wait on the background: a content script asks the background for its start data and settings before its
 *   first scan (`inline-context:start-data`), with the worker running, and on loads after stopping it (CDP
 *   `ServiceWorker.stopAllWorkers`); and from our script's start (`inline-context:start`) to the first scan done,
 *   which leaves the page's own load out of the navigation figure.
 * - The late stage: from the request (the pointer entering a mark) to its API being there, with the
 *   background's service worker running, and after stopping it (CDP `ServiceWorker.stopAllWorkers`), as after
 *   30 s of idleness.
 *
 * `--reference=DIR` measures another build beside this one in the same run: DIR holds its `chrome-mv3` and
 * `chrome-mv3-test` (e.g. main's, built in a clean checkout). `--start-runs=N` loads each page N times (5).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Browser, launchWithExtension, serveFixtures } from '../../tests/e2e/harness.ts';
import { breakdown, buildStoreExtension, sizeOf } from './bundle-size.ts';
import type { BenchSection } from './sections.ts';
import { type Figure, figure } from './stats.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
const TEST_BUILD = join(ROOT, '.output', 'chrome-mv3-test');

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

/** A news page about something else: no name, title or topic of the meeting (most pages a reader opens). */
function unrelatedPage(): string {
  const words =
    'the city council voted on tuesday to widen the harbour road after a long debate about traffic noise and the cost of new bus lanes while shop owners asked for parking during the works'.split(
      ' ',
    );
  const paragraphs: string[] = [];
  for (let p = 0; p < 60; p++) {
    const n = 40 + ((p * 7) % 30);
    paragraphs.push(
      `<p>${Array.from({ length: n }, (_, i) => words[(p * 13 + i * 5) % words.length]).join(' ')}.</p>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour road</title></head><body><article><h1>Council widens the harbour road</h1>${paragraphs.join('\n')}</article></body></html>`;
}

interface TraceEvent {
  name: string;
  dur?: number;
  tdur?: number;
  /** `data.url` (EvaluateScript, v8.compile) or `fileName` (v8.run) names the script. */
  args?: unknown;
}

/** Loads `url` in a new page with a Chrome trace running; the content script's compile and top-level run. */
async function tracedLoad(
  browser: Browser,
  url: string,
): Promise<{
  page: Page;
  evaluate: number;
  compile: number;
  run: number;
  toScan: number;
  fromStart: number;
  startData: number;
  aliases: number;
  aliasesStep: number;
}> {
  const page = await browser.context.newPage();
  await page.goto('about:blank');
  const cdp = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8'] },
    transferMode: 'ReportEvents',
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('inline-context:scan').length > 0, null, {
    timeout: 60_000,
  });
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  // Thread time (tdur), not wall time: a 2-core machine shared with other jobs stretches wall time at random.
  const ms = (name: string) =>
    events
      .filter((e) => e.name === name && JSON.stringify(e.args ?? {}).includes('/content-scripts/content.js'))
      .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);
  // From navigation, from our script's start (the page's load left out), and the wait on the background for the
  // start data (builds before it came from the background have no such entry: NaN, not printed).
  // Compiling the aliases (`inline-context:compile`): its wall time, the steps and the page's turns between them
  // (on these quiet pages the turns are short), and its longest step.
  const { toScan, fromStart, startData, aliases, aliasesStep } = await page.evaluate(() => {
    const m = performance.getEntriesByName('inline-context:scan')[0] as PerformanceMeasure;
    const start = performance.getEntriesByName('inline-context:start')[0];
    const data = performance.getEntriesByName('inline-context:start-data')[0];
    const compile = performance.getEntriesByName('inline-context:compile')[0] as
      | PerformanceMeasure
      | undefined;
    const end = m.startTime + m.duration;
    return {
      toScan: end,
      fromStart: start ? end - start.startTime : Number.NaN,
      startData: data ? data.duration : Number.NaN,
      aliases: compile ? compile.duration : Number.NaN,
      aliasesStep: (compile?.detail as { longestStepMs?: number } | undefined)?.longestStepMs ?? Number.NaN,
    };
  });
  return {
    page,
    evaluate: ms('EvaluateScript'),
    compile: ms('v8.compile'),
    run: ms('v8.run'),
    toScan,
    fromStart,
    startData,
    aliases,
    aliasesStep,
  };
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

/**
 * Rests the pointer on the first mark reading `text` and waits for the card's dialog. Resolves to what a reader
 * sees: from the pointer's last move to the first animation frame with the card, timed in the page's world
 * (so builds without our timeline entries compare): the hover delay plus whatever the card waited for.
 */
async function openCard(page: Page, text: string): Promise<number> {
  const at = await page.evaluate((wanted) => {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('inline-context')) continue;
      for (const r of h) {
        if ((r as Range).toString() !== wanted) continue;
        const box = (r as Range).getClientRects()[0];
        if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  }, text);
  if (!at) throw new Error(`no mark "${text}"`);
  // A string, not a function: tsx would wrap nested arrows in a helper the page does not have.
  await page.evaluate(`(() => {
    const seen = { moved: 0, visible: 0 };
    window.__icSeen = seen;
    addEventListener('pointermove', () => { seen.moved = performance.now(); }, true);
    const check = () => {
      if (document.querySelector('inline-context-card')?.shadowRoot?.querySelector('[role="dialog"]')) {
        seen.visible = performance.now();
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })()`);
  await page.mouse.move(at.x - 40, at.y + 60);
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await page.waitForFunction('window.__icSeen.visible > 0', null, { timeout: 30_000 });
  return (await page.evaluate('window.__icSeen.visible - window.__icSeen.moved')) as number;
}

/**
 * The late stage's load, from the test build's timeline: request (the pointer entered a mark) → API here; and
 * how long the card waited for it once the hover delay had passed (0 when it was already here).
 */
function lateTimes(page: Page): Promise<{ prepared: number; load: number; wait: number }> {
  // A string, not a function: tsx would wrap a nested arrow in a helper the page does not have.
  return page.evaluate(`(() => {
    const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN;
    const asked = at('inline-context:late-stage-requested');
    return {
      prepared: performance.getEntriesByName('inline-context:card-prepared')[0]?.duration ?? Number.NaN,
      load: at('inline-context:late-stage-ready') - asked,
      wait: at('inline-context:card-shown') - at('inline-context:card-requested'),
    };
  })()`);
}

/** kB of 1000 bytes, as WXT's and Vite's build reports print them. */
const kB = (n: number) => Math.round(n / 100) / 10;

export const startSection: BenchSection = {
  name: 'start',
  title:
    'Start-up on every page (Chromium): content script size, its compile + first run, heap per tab; the late stage',
  async run(log) {
    const figures: Figure[] = [];
    const notes: string[] = [];
    const reference = arg('reference');
    const runs = Number(arg('start-runs') ?? 5);

    // 1. Sizes, from a fresh store build with hidden source maps.
    const tmp = mkdtempSync(join(tmpdir(), 'inline-context-start-'));
    try {
      log('start: building the store extension with source maps');
      const store = await buildStoreExtension(tmp);
      const startFile = join(store, 'content-scripts', 'content.js');
      const start = sizeOf(readFileSync(startFile));
      const late = sizeOf(readFileSync(join(store, 'late-stage.js')));
      figures.push(
        figure('start-raw', 'content script at start (store build), raw', 'kB', [kB(start.raw)]),
        figure('start-gzip', 'content script at start, gzipped', 'kB', [kB(start.gzip)]),
        figure('late-raw', 'late stage (late-stage.js), raw', 'kB', [kB(late.raw)]),
        figure('late-gzip', 'late stage, gzipped', 'kB', [kB(late.gzip)]),
      );
      if (reference) {
        const ref = sizeOf(readFileSync(join(reference, 'chrome-mv3', 'content-scripts', 'content.js')));
        figures.push(
          figure('reference-start-raw', 'reference build: content script, raw', 'kB', [kB(ref.raw)]),
          figure('reference-start-gzip', 'reference build: content script, gzipped', 'kB', [kB(ref.gzip)]),
        );
      }
      for (const row of breakdown(startFile))
        notes.push(
          `start script: ${row.group}: ${kB(row.raw)} kB raw, ${kB(row.gzipAlone)} kB gzipped alone`,
        );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }

    // 2. Compile + first run, and 3. heap, per build, in the same run.
    const server = await serveFixtures(PAGES, {
      '/unrelated.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(unrelatedPage());
      },
    });
    const builds = [
      { name: 'this build', dir: TEST_BUILD, late: true },
      ...(reference ? [{ name: 'reference', dir: join(reference, 'chrome-mv3-test'), late: false }] : []),
    ];
    const alone = await launchWithExtension(join(ROOT, '.output', 'chrome-mv3'));
    try {
      const pageAlone = async (path: string) => {
        const page = await alone.context.newPage();
        await page.goto(server.url(path));
        await page.waitForTimeout(1500);
        const mb = await heapAfterGc(page);
        await page.close();
        return mb;
      };
      const heapAlone = {
        article: await pageAlone('/en-article.html'),
        unrelated: await pageAlone('/unrelated.html'),
      };
      // Every build's browser at once, loads alternating between them: the same minutes of a shared machine.
      const browsers = await Promise.all(builds.map((b) => launchWithExtension(b.dir)));
      try {
        for (const [path, what] of [
          ['/unrelated.html', 'unrelated'],
          ['/en-article.html', 'article'],
        ] as const) {
          const per = builds.map(() => ({
            evaluate: [] as number[],
            compile: [] as number[],
            toScan: [] as number[],
            fromStart: [] as number[],
            startData: [] as number[],
            aliases: [] as number[],
            aliasesStep: [] as number[],
            heap: [] as number[],
            heapCard: [] as number[],
            toVisible: [] as number[],
          }));
          for (let i = 0; i < runs; i++) {
            for (const [k, b] of builds.entries()) {
              const m = per[k] as (typeof per)[number];
              const r = await tracedLoad(browsers[k] as Browser, server.url(path));
              m.evaluate.push(r.evaluate);
              m.compile.push(r.compile);
              m.toScan.push(r.toScan);
              m.fromStart.push(r.fromStart);
              if (Number.isFinite(r.startData)) m.startData.push(r.startData);
              if (Number.isFinite(r.aliases)) m.aliases.push(r.aliases);
              if (Number.isFinite(r.aliasesStep)) m.aliasesStep.push(r.aliasesStep);
              m.heap.push((await heapAfterGc(r.page)) - heapAlone[what]);
              if (what === 'article') {
                m.toVisible.push(await openCard(r.page, 'Lukashenko'));
                m.heapCard.push((await heapAfterGc(r.page)) - heapAlone[what]);
              }
              log(
                `start ${b.name} ${path} run ${i + 1}: ${JSON.stringify({ ...r, page: undefined, card: m.toVisible.at(-1) })}`,
              );
              await r.page.close();
            }
          }
          for (const [k, b] of builds.entries()) {
            const m = per[k] as (typeof per)[number];
            const slug = b.name === 'this build' ? '' : 'reference-';
            const label = `${b.name}, ${what === 'article' ? 'article naming the people' : 'page naming nobody'}`;
            figures.push(
              figure(
                `${slug}evaluate-${what}`,
                `${label}: compile + first run (thread time)`,
                'ms',
                m.evaluate,
              ),
              figure(`${slug}compile-${what}`, `${label}: of which v8.compile`, 'ms', m.compile),
              figure(`${slug}to-scan-${what}`, `${label}: navigation → first scan done`, 'ms', m.toScan),
              figure(`${slug}from-start-${what}`, `${label}: our start → first scan done`, 'ms', m.fromStart),
              figure(`${slug}heap-${what}`, `${label}: our JS heap after the scan`, 'MB', m.heap),
            );
            if (m.startData.length)
              figures.push(
                figure(
                  `${slug}start-data-${what}`,
                  `${label}: waiting on the background for start data and settings`,
                  'ms',
                  m.startData,
                ),
              );
            if (m.aliases.length)
              figures.push(
                figure(
                  `${slug}aliases-${what}`,
                  `${label}: compiling the aliases (wall: its steps and the turns between them)`,
                  'ms',
                  m.aliases,
                ),
                figure(`${slug}aliases-step-${what}`, `${label}: its longest step`, 'ms', m.aliasesStep),
              );
            if (m.toVisible.length)
              figures.push(
                figure(
                  `${slug}first-card`,
                  `${label}: pointer rests → first card visible (delay 250 ms)`,
                  'ms',
                  m.toVisible,
                ),
                figure(`${slug}heap-card`, `${label}: our JS heap after the first card`, 'MB', m.heapCard),
              );
          }
        }
        {
          // 3b. The wait on the background for the start data when Chromium has stopped the worker (as after
          // 30 s of idleness): the message starts it. This build only (the reference read its data from its code).
          const browser = browsers[0] as Browser;
          const cold: number[] = [];
          for (let i = 0; i < runs; i++) {
            const blank = await browser.context.newPage();
            const cdp = await browser.context.newCDPSession(blank);
            await cdp.send('ServiceWorker.enable');
            await cdp.send('ServiceWorker.stopAllWorkers');
            await cdp.detach();
            await blank.waitForTimeout(300);
            await blank.goto(server.url('/unrelated.html'));
            await blank.waitForFunction(() => performance.getEntriesByName('inline-context:scan').length > 0);
            const wait = await blank.evaluate(
              () => performance.getEntriesByName('inline-context:start-data')[0]?.duration ?? Number.NaN,
            );
            if (Number.isFinite(wait)) cold.push(wait);
            await blank.close();
          }
          if (cold.length)
            figures.push(
              figure(
                'start-data-cold',
                'this build: waiting on the background for start data, worker stopped first',
                'ms',
                cold,
              ),
            );
        }
        for (const [k, b] of builds.entries()) {
          const browser = browsers[k] as Browser;
          if (b.late) {
            // 4. The late stage's load, with the worker running and after stopping it.
            const warm: number[] = [];
            const cold: number[] = [];
            const wait: number[] = [];
            const waitCold: number[] = [];
            const visibleCold: number[] = [];
            const prepared: number[] = [];
            for (let i = 0; i < runs; i++) {
              for (const stopped of [false, true]) {
                const page = await browser.context.newPage();
                await page.goto(server.url('/en-article.html'));
                await page.waitForFunction(
                  () => performance.getEntriesByName('inline-context:scan').length > 0,
                );
                if (stopped) {
                  const cdp = await browser.context.newCDPSession(page);
                  await cdp.send('ServiceWorker.enable');
                  await cdp.send('ServiceWorker.stopAllWorkers');
                  await cdp.detach();
                  await page.waitForTimeout(300);
                }
                const visible = await openCard(page, 'Lukashenko');
                if (stopped) visibleCold.push(visible);
                const t = await lateTimes(page);
                (stopped ? cold : warm).push(t.load);
                if (Number.isFinite(t.prepared)) prepared.push(t.prepared);
                (stopped ? waitCold : wait).push(t.wait);
                await page.close();
              }
            }
            figures.push(
              figure('late-load-warm', 'late stage: request → API here, worker running', 'ms', warm),
              figure('late-load-cold', 'late stage: request → API here, worker stopped first', 'ms', cold),
              figure('late-wait', 'hover delay over → card shown, worker running', 'ms', wait),
              figure('late-wait-cold', 'hover delay over → card shown, worker stopped first', 'ms', waitCold),
              figure(
                'late-visible-cold',
                'pointer rests → card visible, worker stopped first',
                'ms',
                visibleCold,
              ),
            );
            // On this article the late stage is already here for its quotes when the pointer arrives, so the
            // card's views are not compiled during the delay (late-card.ts `warm`): nothing to print then.
            if (prepared.length)
              figures.push(
                figure(
                  'late-prepare',
                  'card views compiled during the delay (one task, once per frame)',
                  'ms',
                  prepared,
                ),
              );
          }
        }
      } finally {
        await Promise.all(browsers.map((b) => b.close()));
      }
      notes.push(
        `heap of the pages alone: article ${heapAlone.article.toFixed(2)} MB, unrelated ${heapAlone.unrelated.toFixed(2)} MB`,
      );
    } finally {
      await alone.close();
      await server.close();
    }
    notes.push(`medians of ${runs} loads; gzip at zlib's default level`);
    return { figures, ratios: budgetRatio(figures), notes };
  },
};

/** The target for the start script: ≤ 30 kB gzipped. */
function budgetRatio(figures: Figure[]) {
  const gz = figures.find((f) => f.name === 'start-gzip')?.median;
  return gz === undefined
    ? []
    : [
        {
          name: 'start-gzip-vs-30kb',
          label: 'content script at start, gzipped / 30 kB',
          value: gz / 30,
          target: { atMost: 1 },
        },
      ];
}
