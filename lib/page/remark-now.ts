/**
 * Whether a change is re-marked at once, in the MutationObserver's callback (before the browser paints), or
 * queued for the coalesced pass. At once only when the change took marks away — a re-render that replaced a
 * marked paragraph's nodes, which would otherwise show unmarked until the queued pass — and is small, and the
 * time spent re-marking at once in this frame is within its budget. A ticker's new line took no marks away:
 * it waits for the queued pass as before, so a page that only grows costs what it did.
 */

/** At most this many changed blocks, and this much text in them, are re-marked at once. */
export const REMARK_NOW_MAX_BLOCKS = 8;
export const REMARK_NOW_MAX_CHARS = 4_000;

/**
 * Time spent re-marking at once, per frame: a page re-rendering every few milliseconds cannot make us take
 * more than `budgetMs` of each `frameMs`; past that, its changes are queued.
 */
export class FrameBudget {
  private frameStart = Number.NEGATIVE_INFINITY;
  private spent = 0;

  constructor(
    private readonly budgetMs: number,
    private readonly frameMs: number,
    private readonly now: () => number,
  ) {}

  /** True while this frame's budget is not used up. */
  allows(): boolean {
    const t = this.now();
    if (t - this.frameStart >= this.frameMs) {
      this.frameStart = t;
      this.spent = 0;
    }
    return this.spent < this.budgetMs;
  }

  /** Records time spent re-marking at once. */
  spend(ms: number): void {
    this.spent += ms;
  }
}

/** True when `blocks` (deduplicated) should be re-marked at once rather than queued. */
export function remarkNow<B>(
  blocks: readonly B[],
  tookMarks: boolean,
  textLength: (b: B) => number,
  budget: FrameBudget,
): boolean {
  if (!tookMarks || blocks.length === 0 || blocks.length > REMARK_NOW_MAX_BLOCKS) return false;
  let chars = 0;
  for (const b of blocks) {
    chars += textLength(b);
    if (chars > REMARK_NOW_MAX_CHARS) return false;
  }
  return budget.allows();
}
