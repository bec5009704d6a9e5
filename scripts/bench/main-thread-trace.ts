/**
 * What else the page's main thread did during a long stretch of ours. A page load of the bench is traced (CDP
 * `Tracing`: V8's collections, and the thread's tasks with their CPU time), and each stretch the test build's
 * task clock measured (`inline-context:stretch`, entrypoints/content/timeline.ts) is put beside:
 * - the collection pauses inside it: on the 5 MB page the collector pauses the main thread for up to ~20 ms (a
 *   scavenge) and ~35–50 ms (the final mark-compact), in whichever task is running, so a stretch of ours that
 *   holds one is a long task whatever its budget;
 * - the CPU time of the task it ran in (the trace's thread duration): on a machine whose cores are busy (the
 *   bench's has two, shared with the browser's other processes and the page's raster threads), a stretch takes
 *   longer in wall time than the thread ran.
 *
 * The trace's clock and the page's `performance.now()` are tied by one mark ({@link ANCHOR}) made in the page
 * and seen in the trace.
 */
import type { CDPSession } from 'playwright-core';

/** The events (on the page's main thread) during which the collector holds the thread; nested ones overlap. */
const PAUSES = new Set([
  'MinorGC',
  'MajorGC',
  'V8.GCIncrementalMarking',
  'V8.GCFinalizeMC',
  'V8.GCScavenger',
]);
/** A task of the main thread, or the microtasks run after one (where a `scheduler.yield()` continuation may run). */
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);
export const ANCHOR = 'bench:trace-anchor';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
}

/** A span of page time, in ms. */
export interface Span {
  start: number;
  end: number;
}

/** A task of the main thread in page time, with the CPU time the thread spent in it (ms). */
export interface Task extends Span {
  cpu: number;
}

export interface MainThread {
  /** Collection pauses, merged into disjoint spans, in order. */
  pauses: Span[];
  tasks: Task[];
}

/**
 * The collection pauses and the tasks of the main thread the anchor mark was made on, in the page's time (ms).
 * `anchorAt`: the mark's `startTime` in the page. Empty when the mark is not in the trace.
 */
export function mainThread(events: readonly TraceEvent[], anchorAt: number): MainThread {
  const anchor = events.find((e) => e.name === ANCHOR);
  if (!anchor) return { pauses: [], tasks: [] };
  const shift = anchor.ts / 1000 - anchorAt;
  const main = events.filter((e) => e.ph === 'X' && e.pid === anchor.pid && e.tid === anchor.tid);
  const span = (e: TraceEvent) => ({ start: e.ts / 1000 - shift, end: (e.ts + (e.dur ?? 0)) / 1000 - shift });
  const spans = main
    .filter((e) => PAUSES.has(e.name))
    .map(span)
    .sort((a, b) => a.start - b.start);
  const pauses: Span[] = [];
  for (const s of spans) {
    const last = pauses.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else pauses.push({ ...s });
  }
  const tasks = main
    .filter((e) => TASKS.has(e.name) && e.tdur !== undefined)
    .map((e) => ({ ...span(e), cpu: (e.tdur ?? 0) / 1000 }));
  return { pauses, tasks };
}

/** How much of `span` the (disjoint, ordered) `pauses` cover, in ms. */
export function pausedWithin(span: Span, pauses: readonly Span[]): number {
  let ms = 0;
  for (const p of pauses) {
    if (p.start >= span.end) break;
    ms += Math.max(0, Math.min(span.end, p.end) - Math.max(span.start, p.start));
  }
  return ms;
}

/**
 * The innermost task that holds `span` (a stretch runs within one task; the trace's times and the page's may
 * differ by a fraction of a millisecond, `slack`), or null.
 */
export function taskHolding(span: Span, tasks: readonly Task[], slack = 0.5): Task | null {
  let best: Task | null = null;
  for (const t of tasks)
    if (
      t.start <= span.start + slack &&
      t.end >= span.end - slack &&
      (!best || t.end - t.start < best.end - best.start)
    )
      best = t;
  return best;
}

/** Starts tracing the main thread on `cdp`'s page; the returned function stops and gives the events. */
export async function traceMainThread(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value) events.push(ev as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'v8', 'blink.user_timing'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}
