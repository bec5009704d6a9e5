/**
 * The mark pager (mark-pager.ts) as the start stage sees it. The pager acts only once a page holds more than
 * {@link MARK_CAP} marks — an endless feed, never an ordinary article — so its code comes with the late stage
 * (entrypoints/late-stage/api.ts), loaded the first time a pass leaves more than the cap. Until then nothing is
 * dropped, so there is nothing to count, watch or page back in, and every call is the pager's own answer for
 * an empty pager.
 */

import type { EntityCounts } from '../../lib/messaging/protocol.ts';
import { MARK_CAP } from '../../lib/page/mark-cap.ts';
import { loadLateStage } from './late-stage-loader.ts';
import type { MarkPager, MarkPagerDeps } from './mark-pager.ts';

export class LatePager {
  private pager: MarkPager | null = null;

  constructor(private readonly deps: MarkPagerDeps) {}

  /** The page's counts per entity: the marks held plus the mentions in dropped blocks. */
  counts(held: EntityCounts): EntityCounts {
    return this.pager ? this.pager.counts(held) : held;
  }

  /** A pass is marking these blocks again: they are no longer dropped. */
  remarking(roots: readonly Node[]): void {
    this.pager?.remarking(roots);
  }

  /**
   * A full pass found more mentions than the cap: the blocks to leave unmarked (`MarkPager.capPass`), loading the
   * pager first. None when the late stage cannot load (the cap then drops marks after the pass, as before).
   */
  async capPass(...args: Parameters<MarkPager['capPass']>): ReturnType<MarkPager['capPass']> {
    // args[2] is the pass's clock: waiting for the load is not our task's time.
    const stage = await args[2].wait(loadLateStage().catch(() => null));
    if (!stage) return new Set();
    this.pager ??= stage.createMarkPager(this.deps);
    return this.pager.capPass(...args);
  }

  /** After a pass: checks the cap (loading the pager first, the first time the page is over it). */
  schedule(): void {
    if (this.pager) {
      this.pager.schedule();
      return;
    }
    if (this.deps.store.size <= MARK_CAP) return;
    // Passes while it loads share the one load (late-stage-loader.ts), and the pager checks the cap once per
    // frame however often it is scheduled. A failed load is logged once by the loader; the next pass tries again.
    loadLateStage().then(
      (stage) => {
        this.pager ??= stage.createMarkPager(this.deps);
        this.pager.schedule();
      },
      () => undefined,
    );
  }

  /** Stops watching every dropped block (a full pass marks the whole page again, or marking stopped). */
  clear(): void {
    this.pager?.clear();
  }
}
