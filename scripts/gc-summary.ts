/**
 * Sums V8's garbage collections per renderer from a browser bench's log, to tell collection pauses from our own
 * work in the long tasks of a big page, and to compare what a build keeps alive (bytes that survive a
 * young-generation collection are copied by it; the more survive, the longer each pause):
 *
 *   CHROMIUM_JS_FLAGS=--trace-gc-nvp DEBUG=pw:browser npx tsx scripts/bench-page.ts --sizes=5 --runs=3 > LOG 2>&1
 *   npx tsx scripts/gc-summary.ts LOG
 *
 * Per renderer process (one per page load) with at least five scavenges: their count, their pauses (sum, the
 * largest), the time spent on weak handles (finding them and processing them: the wrapper of every DOM node a
 * script touched, and the string of every text node's `data` it read), copying survivors, the bytes that
 * survived and were promoted, and the mark-compact pauses with the part of them spent on the same handles and
 * external strings. Pauses are wall time: on a loaded machine they stretch with it; the byte counts do not.
 */
import { readFileSync } from 'node:fs';

interface Totals {
  pauses: number[];
  weakMs: number;
  /** Processing the weak handles found (resetting dead wrappers, the string cache's callbacks). */
  weakProcessMs: number;
  /** Copying the survivors (the parallel phase). */
  copyMs: number;
  /** The mark-compacts' external string table and weak handles (theirs and the embedder's), ms. */
  markCompactHandlesMs: number;
  survived: number;
  promoted: number;
  markCompact: number[];
}

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: npx tsx scripts/gc-summary.ts LOG (a bench log with --trace-gc-nvp lines)\n');
  process.exit(2);
}
const byProcess = new Map<string, Totals>();
for (const line of readFileSync(path, 'utf8').split('\n')) {
  const m = line.match(/\[(\d+):0x[0-9a-f]+(?::\d+)?\]\s+\d+ ms: GC: (\{.*\})/);
  if (!m) continue;
  let gc: Record<string, number | string>;
  try {
    gc = JSON.parse(m[2] as string);
  } catch {
    continue; // a line the log cut in two
  }
  const pid = m[1] as string;
  let t = byProcess.get(pid);
  if (!t) {
    t = {
      pauses: [],
      weakMs: 0,
      weakProcessMs: 0,
      copyMs: 0,
      markCompactHandlesMs: 0,
      survived: 0,
      promoted: 0,
      markCompact: [],
    };
    byProcess.set(pid, t);
  }
  const n = (key: string) => Number(gc[key] ?? 0);
  if (gc.gc === 's') {
    t.pauses.push(n('pause'));
    t.weakMs += n('scavenge.weak_global_handles.identify');
    t.weakProcessMs += n('scavenge.weak_global_handles.process');
    t.copyMs += n('scavenge.parallel');
    t.survived += n('new_space_survived');
    t.promoted += n('promoted');
  } else {
    t.markCompact.push(n('pause'));
    t.markCompactHandlesMs +=
      n('clear.external_string_table') +
      n('clear.weak_global_handles') +
      n('heap.external.weak_global_handles');
  }
}
const ms = (x: number) => Math.round(x);
const mb = (x: number) => (x / 1e6).toFixed(1);
for (const [pid, t] of byProcess) {
  if (t.pauses.length < 5) continue;
  const top = [...t.pauses].sort((a, b) => b - a).slice(0, 5);
  process.stdout.write(
    `${pid}: ${t.pauses.length} scavenges, ${ms(t.pauses.reduce((a, b) => a + b, 0))} ms in all ` +
      `(largest ${top.map(ms).join(', ')}; finding weak handles ${ms(t.weakMs)} ms, processing them ` +
      `${ms(t.weakProcessMs)} ms, copying survivors ${ms(t.copyMs)} ms), ` +
      `${mb(t.survived)} MB survived, ${mb(t.promoted)} MB promoted; ` +
      `mark-compact pauses ${t.markCompact.map(ms).join(', ') || 'none'} ms ` +
      `(external strings and weak handles ${ms(t.markCompactHandlesMs)} ms)\n`,
  );
}
