/**
 * A task clock that also says what its longest stretch was made of: time per named step, and the longest single
 * item (the time between two reads of the clock). On a loaded machine a long stretch may be one slow step or
 * the thread taken away in one item, and the test build's figures (the `inline-context:pass`, `:cap` and
 * `:plan` measures the e2e tests and the bench print) should say which. The shipped content script uses the
 * plain {@link TaskClock}: nobody reads these figures there.
 */
import { TaskClock, type TaskClockOptions } from './task-clock.ts';

export class ProfiledTaskClock extends TaskClock {
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
  /** Time of the stretches that have ended, in ms, and per step over all of them. */
  private busyEnded = 0;
  private totals = new Map<string, number>();

  /**
   * `onStretch`: hears of every stretch of at least `reportMs` when it ends (start and end on the clock, its time
   * per step), so a bench can put each beside what else the thread did meanwhile (a collection, say).
   */
  constructor(
    opts: TaskClockOptions,
    private readonly onStretch?: (start: number, end: number, steps: Record<string, number>) => void,
    private readonly reportMs = 10,
  ) {
    super(opts);
    this.stepStart = this.stretchStart;
    this.lastRead = this.stretchStart;
  }

  /**
   * Tells `onStretch` of the job's last stretch, which no yield ends (what runs after the job is not its work).
   * Call once, when the job is done; the clock's figures are unchanged.
   */
  finish(): void {
    const end = this.read();
    this.closeStep(end);
    if (this.onStretch && end - this.stretchStart >= this.reportMs)
      this.onStretch(this.stretchStart, end, roundAll(this.steps));
  }

  override step(name: string): void {
    this.closeStep(this.read());
    this.stepName = name;
  }

  /**
   * The longest single item of the longest stretch, in ms: what ran between two reads of the clock. When it is
   * most of the stretch, the stretch was one item — on a loaded machine, one item during which the thread was
   * taken away — and no smaller chunking would have ended it sooner.
   */
  override get longestItemMs(): number {
    const item = this.spent() > this.longestEnded ? this.itemInStretch : this.longestStretchItem;
    return Math.round(item * 10) / 10;
  }

  /** Time per named step in the longest stretch so far (the current one included), in ms, rounded to 0.1. */
  override get longestSteps(): Record<string, number> {
    if (this.spent() <= this.longestEnded) return { ...this.longestBreakdown };
    this.closeStep(this.read());
    return roundAll(this.steps);
  }

  /**
   * Time of every stretch so far, the current one included, in ms (rounded to 0.1): how much of the thread the
   * job has taken, its turns to the page left out. The bench compares the first pass's with the quote linking's
   * that follows it on the same clock.
   */
  get busyMs(): number {
    return Math.round((this.busyEnded + this.spent()) * 10) / 10;
  }

  /** Time per named step over every stretch so far (the current one included), in ms, rounded to 0.1. */
  get stepTotals(): Record<string, number> {
    this.closeStep(this.read());
    return roundAll(this.totals);
  }

  protected override read(): number {
    const t = super.read();
    this.itemInStretch = Math.max(this.itemInStretch, t - this.lastRead);
    this.lastRead = t;
    return t;
  }

  protected override endStretch(longest: boolean): void {
    const end = this.read();
    const spent = end - this.stretchStart;
    this.busyEnded += spent;
    // (Every stretch's last step is closed: the totals count it, whether or not the stretch is the longest.)
    this.closeStep(end);
    if (this.onStretch && spent >= this.reportMs)
      this.onStretch(this.stretchStart, end, roundAll(this.steps));
    if (longest) {
      this.longestBreakdown = roundAll(this.steps);
      this.longestStretchItem = this.itemInStretch;
    }
    this.steps.clear();
    this.itemInStretch = 0;
  }

  protected override startStretch(t: number): void {
    super.startStretch(t);
    this.stepStart = t;
    this.lastRead = t;
  }

  private closeStep(t: number): void {
    this.steps.set(this.stepName, (this.steps.get(this.stepName) ?? 0) + t - this.stepStart);
    this.totals.set(this.stepName, (this.totals.get(this.stepName) ?? 0) + t - this.stepStart);
    this.stepStart = t;
  }
}

function roundAll(steps: ReadonlyMap<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, ms] of steps) if (ms > 0) out[name] = Math.round(ms * 10) / 10;
  return out;
}
