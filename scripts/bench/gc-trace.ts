/**
 * What of a long stretch of ours was V8's collector. A page load of the bench is traced (CDP `Tracing`, category
 * `v8`: its collections on the page's main thread), and each stretch the test build's task clock measured
 * (`inline-context:stretch`, entrypoints/content/timeline.ts) is put beside the collection pauses inside it. On
 * the 5 MB page the collector pauses the main thread for up to ~20 ms (a scavenge) and ~35 ms (the final
 * mark-compact), in whichever task is running; a stretch of ours that holds one is a long task whatever its
 * budget.
 *
 * The trace's clock and the page's `performance.now()` are tied by one mark (`ANCHOR`) made in the page and
 * seen in the trace.
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
export const ANCHOR = 'bench:trace-anchor';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

/** A span of page time, in ms. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The collection pauses of the main thread the anchor mark was made on, in the page's time (ms), merged into
 * disjoint spans in order. `anchorAt`: the mark's `startTime` in the page. Empty when the mark is not in the trace.
 */
export function collectionPauses(events: readonly TraceEvent[], anchorAt: number): Span[] {
  const anchor = events.find((e) => e.name === ANCHOR);
  if (!anchor) return [];
  const shift = anchor.ts / 1000 - anchorAt;
  const spans = events
    .filter((e) => e.ph === 'X' && PAUSES.has(e.name) && e.pid === anchor.pid && e.tid === anchor.tid)
    .map((e) => ({ start: e.ts / 1000 - shift, end: (e.ts + (e.dur ?? 0)) / 1000 - shift }))
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** How much of `span` the (disjoint) `pauses` cover, in ms. */
export function pausedWithin(span: Span, pauses: readonly Span[]): number {
  let ms = 0;
  for (const p of pauses) {
    if (p.start >= span.end) break;
    ms += Math.max(0, Math.min(span.end, p.end) - Math.max(span.start, p.start));
  }
  return ms;
}

/** Starts tracing the collector on `cdp`'s page; the returned function stops and gives the events. */
export async function traceCollections(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value) events.push(ev as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['v8', 'blink.user_timing'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}
