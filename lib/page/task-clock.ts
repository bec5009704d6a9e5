/**
 * Times one pass's stretches of main-thread work — from the moment our code gets the thread to the next time it
 * yields — and yields when a stretch has used its budget. The chunk runner bounds the loops; the clock also sees
 * the work between them (resolving the page, dropping the marks a change replaced, applying the paint plan),
 * which runs in the same task as the chunk before it unless something yields. Its longest stretch is the figure
 * the `inline-context:pass` measure reports: what a page would see as our longest task.
 */

export interface TaskClockOptions {
  /** Time a stretch may use before {@link TaskClock.maybeYield} yields, in ms, on a machine that keeps up. */
  budgetMs: number;
  /** The least it shrinks to when stretches overrun (see {@link TaskClock.budgetMs}); 1 ms by default. */
  minBudgetMs?: number;
  /** A monotonic clock in ms (`performance.now`). */
  now(): number;
  /** Gives the page a turn (`scheduler.yield()` or a `setTimeout`). */
  yieldToHost(): Promise<void>;
}

export class TaskClock {
  protected stretchStart: number;
  private longest = 0;
  private budget: number;

  constructor(protected readonly opts: TaskClockOptions) {
    this.stretchStart = opts.now();
    this.budget = opts.budgetMs;
  }

  /**
   * Names the work from now on (`'find'`, `'plan'`, `'drop'`…), until the next call. Only the profiling clock
   * of the test build keeps the names (task-profile.ts); the shipped clock needs none of it.
   */
  step(_name: string): void {}

  /** The longest single item of the longest stretch, in ms (the profiling clock; 0 here). */
  get longestItemMs(): number {
    return 0;
  }

  /** Time per named step in the longest stretch so far (the profiling clock; none here). */
  get longestSteps(): Record<string, number> {
    return {};
  }

  /**
   * Options for {@link runInChunks} that keep to this clock: a chunk ends when the stretch (not the loop) has
   * used its budget, so work before the loop in the same stretch counts, and the budget adapts between chunks.
   * `turn`: how the chunks give the page its turn, when not by the clock's own yield (a pause: see
   * entrypoints/content/quote-stage.ts); the time it takes is not the stretch's either way.
   */
  chunks(
    signal?: AbortSignal,
    onChunk?: (ms: number) => void,
    turn?: () => Promise<void>,
  ): {
    readonly budgetMs: number;
    now(): number;
    spent(): number;
    yieldToHost(): Promise<void>;
    signal?: AbortSignal;
    onChunk?(ms: number): void;
  } {
    const clock = this;
    return {
      get budgetMs() {
        return clock.budgetMs;
      },
      now: () => this.opts.now(),
      spent: () => this.spent(),
      yieldToHost: turn ? () => this.wait(turn) : () => this.yield(),
      signal,
      onChunk,
    };
  }

  /**
   * The budget of the current stretch, in ms (the chunk runner reads it at every item). Adaptive: a stretch is
   * checked between items, so it ends one item after its budget — on a machine that keeps up, a fraction of a
   * millisecond. On a loaded one (2 cores shared by a dozen processes) the thread is taken away for tens of
   * milliseconds in the middle of an item, and an 8 ms budget gave 30–60 ms stretches. When a stretch overran
   * its budget twice over, the next budget is halved (down to `minBudgetMs`): less work per stretch, fewer
   * chances to be interrupted in it. Stretches that keep to their budget earn it back a quarter at a time.
   */
  get budgetMs(): number {
    return this.budget;
  }

  /** Time spent in the current stretch, in ms. */
  spent(): number {
    return this.read() - this.stretchStart;
  }

  /** The longest stretch so far, the current one included, in ms. */
  get longestMs(): number {
    return Math.max(this.longest, this.spent());
  }

  /** Ends the current stretch, gives the page a turn, and starts the next stretch. */
  yield(): Promise<void> {
    return this.wait(() => this.opts.yieldToHost());
  }

  /**
   * Awaits something outside the clock (the page's turn, loading a module, a message to another context): the
   * stretch so far ends where the wait begins and the next starts when the value arrives, so time the thread
   * spent elsewhere meanwhile is not counted as ours. A function is called once the stretch has ended.
   */
  async wait<T>(value: Promise<T> | (() => Promise<T>)): Promise<T> {
    const spent = this.spent();
    this.endStretch(spent > this.longest);
    this.longest = Math.max(this.longest, spent);
    const { budgetMs, minBudgetMs = 1 } = this.opts;
    if (spent > 2 * this.budget) this.budget = Math.max(minBudgetMs, this.budget / 2);
    else if (spent <= 1.5 * this.budget) this.budget = Math.min(budgetMs, this.budget * 1.25);
    try {
      return await (typeof value === 'function' ? value() : value);
    } finally {
      this.startStretch(this.opts.now());
    }
  }

  /** Yields only if the current stretch has used its budget: a small pass runs through without a break. */
  async maybeYield(): Promise<void> {
    if (this.spent() >= this.budget) await this.yield();
  }

  /** Reads the clock (the profiling clock also notes the time since its last read). */
  protected read(): number {
    return this.opts.now();
  }

  /** The longest of the stretches that have ended, in ms. */
  protected get longestEnded(): number {
    return this.longest;
  }

  /** The current stretch ends; `longest`: it is the longest so far. */
  protected endStretch(_longest: boolean): void {}

  /** The next stretch starts at `t`. */
  protected startStretch(t: number): void {
    this.stretchStart = t;
  }
}
