/**
 * The page session's work, one job at a time: scan passes, the cap's drops (mark-pager.ts) and paint plans
 * outside a pass. Each job runs in chunks on its own task clock (lib/page/task-clock.ts) and yields between them,
 * so jobs in one queue never interleave: a plan in chunks never runs beside a pass that adds marks.
 */
import { LOG_PREFIX } from '../../lib/messaging/receiver.ts';
import type { TaskClock } from '../../lib/page/task-clock.ts';
import { finishTaskClock, newTaskClock, TIMELINE_ON } from './timeline.ts';

/** A job: runs after the jobs before it, in tasks of its own, on its own task clock; stops when `signal` aborts. */
export type SessionJob = (clock: TaskClock, signal: AbortSignal) => Promise<void>;

export interface JobQueueOptions {
  /** Time a stretch may use before the clock yields, in ms (it adapts below that on a loaded machine). */
  budgetMs: number;
  yieldToHost(): Promise<void>;
  /** False when jobs must not start (marking is off on this site, the script was invalidated). */
  canRun(): boolean;
}

export class JobQueue {
  private running: Promise<unknown> = Promise.resolve();
  /** The job running now. */
  private current: AbortController | null = null;

  constructor(private readonly opts: JobQueueOptions) {}

  /**
   * Queues a job. It starts in a task of its own — the caller's (the coalescer's timer, the observer's callback)
   * is not ours to lengthen — unless `now` (a small re-render re-marked at once: when nothing else is running, it
   * runs in microtasks, before the next paint). `supersede`: abort the running job first (a full pass).
   */
  add(job: SessionJob, opts: { supersede?: boolean; now?: boolean } = {}): void {
    const { yieldToHost, budgetMs } = this.opts;
    if (opts.supersede) this.abortCurrent();
    const controller = new AbortController();
    this.running = this.running.then(async () => {
      if (!opts.now) await yieldToHost();
      if (controller.signal.aborted || !this.opts.canRun()) return;
      this.current = controller;
      const clock = newTaskClock({ budgetMs, now: () => performance.now(), yieldToHost });
      try {
        await job(clock, controller.signal);
      } catch (err) {
        console.error(`${LOG_PREFIX} Marking the page failed: ${(err as Error).message}`);
      }
      if (TIMELINE_ON) finishTaskClock(clock);
    });
  }

  /** Stops the running job between two of its steps (jobs queued after it still run). */
  abortCurrent(): void {
    this.current?.abort();
  }
}
