/**
 * Runs a long job as a series of short tasks, so the page stays responsive while we scan a 5 MB article.
 * Each chunk works until `budgetMs` has passed, then yields to the browser (input, rendering, the page's own
 * scripts) before going on. The budget is well under the 50 ms "long task" line because one item (a text
 * block) can itself take a few milliseconds.
 */

export interface ChunkOptions {
  /** Time one chunk may use before yielding, in ms. */
  budgetMs: number;
  /** A monotonic clock in ms (`performance.now`). */
  now(): number;
  /** Resolves when the browser has had a turn (a `setTimeout(0)`, or `scheduler.yield()` where it exists). */
  yieldToHost(): Promise<void>;
  /** Aborting stops the job between two items. */
  signal?: AbortSignal;
  /** Called after every chunk with its duration in ms (for our own long-task accounting). */
  onChunk?(ms: number): void;
  /**
   * Time already spent in the current task, in ms, when the caller keeps its own clock (lib/page/task-clock.ts):
   * the chunk then ends when the task, not this loop, has used the budget.
   */
  spent?(): number;
}

/**
 * Calls `work` on every item, yielding whenever the chunk's budget is spent.
 * Resolves to true when every item was processed, false when the signal aborted it first.
 */
export async function runInChunks<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  opts: ChunkOptions,
): Promise<boolean> {
  let start = opts.now();
  for (const item of items) {
    if (opts.signal?.aborted) return false;
    work(item);
    const elapsed = opts.spent ? opts.spent() : opts.now() - start;
    if (elapsed >= opts.budgetMs) {
      opts.onChunk?.(elapsed);
      await opts.yieldToHost();
      start = opts.now();
    }
  }
  if (opts.signal?.aborted) return false;
  opts.onChunk?.(opts.now() - start);
  return true;
}

/**
 * Runs a step generator (one `yield` per unit of work) in chunks, as {@link runInChunks} does with items, and
 * resolves to what it returns, or to null when the signal aborted it first.
 */
export async function runSteps<R>(steps: Generator<void, R>, opts: ChunkOptions): Promise<R | null> {
  let result: R | null = null;
  const units = function* (): Generator<void> {
    result = yield* steps;
  };
  return (await runInChunks(units(), () => {}, opts)) ? result : null;
}

/**
 * Splits a long string into overlapping windows, so a single giant text block (a 5 MB `<pre>`) can be scanned
 * in several chunks. `overlap` must exceed the longest name we look for; a match that starts inside the overlap
 * is found twice and callers drop the duplicate by its start offset. Offsets are UTF-16 code units.
 */
export function textWindows(length: number, size: number, overlap: number): { start: number; end: number }[] {
  if (length <= size) return [{ start: 0, end: length }];
  const out: { start: number; end: number }[] = [];
  const step = Math.max(1, size - overlap);
  for (let start = 0; start < length; start += step) {
    const end = Math.min(length, start + size);
    out.push({ start, end });
    if (end === length) break;
  }
  return out;
}
