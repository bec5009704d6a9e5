/** Small helpers for timing: runs a function several times and reports the median. */

export interface Figure {
  /** Stable name, e.g. `scan-1mb`. */
  name: string;
  /** What was measured, for people. */
  label: string;
  unit: 'ms' | 'MB/s' | 'x' | 'count' | '%' | 'MB' | 'kB';
  median: number;
  runs: number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function figure(name: string, label: string, unit: Figure['unit'], runs: number[]): Figure {
  return { name, label, unit, median: median(runs), runs };
}

/** Times `fn` `times` times (after one warm-up run) in milliseconds. */
export function timeRuns(fn: () => void, times: number): number[] {
  fn();
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return runs;
}

/** CPU time of this process (user + system) in ms: on a shared machine far steadier than wall time. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Times several functions in alternating rounds (each once per round, after one warm-up run each), in
 * milliseconds of `clock` (wall time, or {@link cpuNow}): a ratio between them then compares runs taken under
 * the same machine load and heap, where timing one after the other let a burst of load or a garbage collection
 * land on one side only.
 */
export function timeInterleaved(
  fns: readonly (() => void)[],
  rounds: number,
  clock: () => number = () => performance.now(),
): number[][] {
  for (const fn of fns) fn();
  const runs: number[][] = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < fns.length; i++) {
      // Alternate the order too, so no function always runs right after the same one.
      const k = r % 2 ? fns.length - 1 - i : i;
      const t0 = clock();
      (fns[k] as () => void)();
      (runs[k] as number[]).push(clock() - t0);
    }
  }
  return runs;
}
