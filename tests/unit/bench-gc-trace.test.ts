/**
 * The bench's split of a long stretch into our work and the collector's pauses (scripts/bench/gc-trace.ts):
 * a wrong split would blame the collector for our own long tasks, or the reverse.
 */
import { describe, expect, test } from 'vitest';
import { ANCHOR, collectionPauses, pausedWithin, type TraceEvent } from '../../scripts/bench/gc-trace.ts';

const MAIN = { pid: 1, tid: 7 };
const at = (name: string, tsMs: number, durMs: number, thread = MAIN): TraceEvent => ({
  name,
  ph: 'X',
  ts: tsMs * 1000,
  dur: durMs * 1000,
  ...thread,
});

describe('collection pauses', () => {
  // The anchor mark was made at page time 500 ms and seen at trace time 10,500 ms: page = trace − 10,000.
  const anchor: TraceEvent = { name: ANCHOR, ph: 'I', ts: 10_500_000, ...MAIN };

  test('come in page time, nested events merged, other threads left out', () => {
    const pauses = collectionPauses(
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
    expect(collectionPauses([at('MajorGC', 1, 30)], 0)).toEqual([]);
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
