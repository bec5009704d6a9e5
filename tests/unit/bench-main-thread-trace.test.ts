/**
 * The bench's reading of the main thread's trace (scripts/bench/main-thread-trace.ts): which part of a long
 * stretch was the collector's, and how much CPU its task had. A wrong split would blame the collector or the
 * machine for our own long tasks, or the reverse.
 */
import { describe, expect, test } from 'vitest';
import {
  ANCHOR,
  mainThread,
  pausedWithin,
  type TraceEvent,
  taskHolding,
} from '../../scripts/bench/main-thread-trace.ts';

const MAIN = { pid: 1, tid: 7 };
const at = (name: string, tsMs: number, durMs: number, thread = MAIN, cpuMs?: number): TraceEvent => ({
  name,
  ph: 'X',
  ts: tsMs * 1000,
  dur: durMs * 1000,
  ...(cpuMs === undefined ? {} : { tdur: cpuMs * 1000 }),
  ...thread,
});

// The anchor mark was made at page time 500 ms and seen at trace time 10,500 ms: page = trace − 10,000.
const anchor: TraceEvent = { name: ANCHOR, ph: 'I', ts: 10_500_000, ...MAIN };

describe('collection pauses', () => {
  test('come in page time, nested events merged, other threads and other events left out', () => {
    const { pauses } = mainThread(
      [
        anchor,
        at('MajorGC', 10_100, 30),
        at('V8.GCFinalizeMC', 10_105, 20), // inside the major GC
        at('MinorGC', 10_125, 10), // overlaps its end
        at('MinorGC', 10_300, 5, { pid: 1, tid: 9 }), // a worker's
        at('v8.compile', 10_400, 50), // not the collector
        at('V8.GCIncrementalMarking', 10_200, 8),
      ],
      500,
    );
    expect(pauses).toEqual([
      { start: 100, end: 135 },
      { start: 200, end: 208 },
    ]);
  });

  test('without the anchor in the trace there is nothing to place', () => {
    expect(mainThread([at('MajorGC', 1, 30)], 0)).toEqual({ pauses: [], tasks: [] });
  });

  test('a stretch counts only the part of each pause inside it', () => {
    const pauses = [
      { start: 100, end: 135 },
      { start: 200, end: 208 },
    ];
    expect(pausedWithin({ start: 90, end: 140 }, pauses)).toBe(35);
    expect(pausedWithin({ start: 120, end: 204 }, pauses)).toBe(19);
    expect(pausedWithin({ start: 140, end: 199 }, pauses)).toBe(0);
  });
});

describe('the task a stretch ran in', () => {
  const { tasks } = mainThread(
    [
      anchor,
      at('ThreadControllerImpl::RunTask', 10_100, 60, MAIN, 30),
      at('BlinkScheduler_PerformMicrotaskCheckpoint', 10_110, 45, MAIN, 25),
      at('ThreadControllerImpl::RunTask', 10_300, 10, { pid: 2, tid: 7 }, 10), // another process
    ],
    500,
  );

  test('is the innermost task holding it, with its CPU time', () => {
    expect(taskHolding({ start: 112, end: 150 }, tasks)).toEqual({ start: 110, end: 155, cpu: 25 });
    expect(taskHolding({ start: 101, end: 150 }, tasks)).toEqual({ start: 100, end: 160, cpu: 30 });
  });

  test('is none when no task of the main thread holds it', () => {
    expect(taskHolding({ start: 301, end: 305 }, tasks)).toBeNull();
  });
});
