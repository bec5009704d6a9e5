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
  private stretchStart: number;
  private longest = 0;
  private budget: number;
  /** The step the work now running belongs to (see {@link step}), and when it began in this stretch. */
  private stepName = 'start';
  private stepStart: number;
  /** Time per step in the current stretch, in ms, and the same for the longest stretch so far. */
  private steps = new Map<string, number>();
  private longestBreakdown: Record<string, number> = {};
  /**
   * The last time the clock was read in this stretch, and the longest time between two reads: the chunk loops
   * read it after every item, so this is the stretch's longest single item (or what ran between two steps).
   */
  private lastRead: number;
  private itemInStretch = 0;
  private longestStretchItem = 0;

  constructor(private readonly opts: TaskClockOptions) {
    this.stretchStart = opts.now();
    this.stepStart = this.stretchStart;
    this.lastRead = this.stretchStart;
    this.budget = opts.budgetMs;
  }

  /**
   * Names the work from now on (`'find'`, `'plan'`, `'drop'`…), until the next call. The clock then knows what
   * the longest stretch was made of ({@link longestSteps}): on a loaded machine a long stretch may be one slow
   * step or the thread taken away, and the figures should say which.
   */
  step(name: string): void {
    this.closeStep(this.read());
    this.stepName = name;
  }

  /**
   * The longest single item of the longest stretch, in ms: what ran between two reads of the clock. When it is
   * most of the stretch, the stretch was one item — on a loaded machine, one item during which the thread was
   * taken away — and no smaller chunking would have ended it sooner.
   */
  get longestItemMs(): number {
    const current = this.spent();
    const item = current > this.longest ? this.itemInStretch : this.longestStretchItem;
    return Math.round(item * 10) / 10;
  }

  /** Time per named step in the longest stretch so far (the current one included), in ms, rounded to 0.1. */
  get longestSteps(): Record<string, number> {
    if (this.spent() <= this.longest) return { ...this.longestBreakdown };
    this.closeStep(this.read());
    return roundAll(this.steps);
  }

  /**
   * Options for {@link runInChunks} that keep to this clock: a chunk ends when the stretch (not the loop) has
   * used its budget, so work before the loop in the same stretch counts, and the budget adapts between chunks.
   */
  chunks(
    signal?: AbortSignal,
    onChunk?: (ms: number) => void,
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
      yieldToHost: () => this.yield(),
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
  async yield(): Promise<void> {
    const spent = this.spent();
    this.endStretch(spent);
    const { budgetMs, minBudgetMs = 1 } = this.opts;
    if (spent > 2 * this.budget) this.budget = Math.max(minBudgetMs, this.budget / 2);
    else if (spent <= 1.5 * this.budget) this.budget = Math.min(budgetMs, this.budget * 1.25);
    await this.opts.yieldToHost();
    this.startStretch();
  }

  /** Closes the current stretch, `spent` ms long, into the longest-stretch figures. */
  private endStretch(spent: number): void {
    if (spent > this.longest) {
      this.closeStep(this.read());
      this.longestBreakdown = roundAll(this.steps);
      this.longestStretchItem = this.itemInStretch;
    }
    this.steps.clear();
    this.itemInStretch = 0;
    this.longest = Math.max(this.longest, spent);
  }

  private startStretch(): void {
    this.stretchStart = this.opts.now();
    this.stepStart = this.stretchStart;
    this.lastRead = this.stretchStart;
  }

  /**
   * Awaits something outside the clock (loading a module, a message) as a yield: the stretch so far ends where
   * the wait begins and the next starts when the value arrives, so time the thread spent elsewhere meanwhile is
   * not counted as ours. Unlike {@link yield} it does not ask the page for a turn, nor change the budget.
   */
  async wait<T>(value: Promise<T>): Promise<T> {
    this.endStretch(this.spent());
    try {
      return await value;
    } finally {
      this.startStretch();
    }
  }

  /** Yields only if the current stretch has used its budget: a small pass runs through without a break. */
  async maybeYield(): Promise<void> {
    if (this.spent() >= this.budget) await this.yield();
  }

  /** Reads the clock, noting the time since the last read in this stretch (see {@link longestItemMs}). */
  private read(): number {
    const t = this.opts.now();
    this.itemInStretch = Math.max(this.itemInStretch, t - this.lastRead);
    this.lastRead = t;
    return t;
  }

  private closeStep(t: number): void {
    this.steps.set(this.stepName, (this.steps.get(this.stepName) ?? 0) + t - this.stepStart);
    this.stepStart = t;
  }
}

function roundAll(steps: ReadonlyMap<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, ms] of steps) if (ms > 0) out[name] = Math.round(ms * 10) / 10;
  return out;
}
