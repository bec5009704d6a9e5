/**
 * What the page still names after the cap dropped some of its marks (lib/page/mark-cap.ts). The popup's "n on
 * this page" and the toolbar badge count mentions of each entity; on a page over the cap the marks held are only
 * those around the reader, so counting them alone would make a long feed look as if it named Lukashenko 40 times
 * when it names him 400. The pager records here, per dropped block, how many mentions of each entity it held;
 * a block marked again (the reader came near) or gone from the page is taken out.
 *
 * Generic over the block key, so it is testable without a DOM.
 */

export type EntityCounts = Record<string, number>;

export class DroppedCounts<K> {
  private readonly perBlock = new Map<K, Map<string, number>>();
  private readonly totals = new Map<string, number>();

  /** How many blocks are counted. */
  get size(): number {
    return this.perBlock.size;
  }

  /** Records the mentions a dropped block held (one entity id per mark). A block recorded twice adds up. */
  add(block: K, entities: Iterable<string>): void {
    let mine = this.perBlock.get(block);
    if (!mine) {
      mine = new Map();
      this.perBlock.set(block, mine);
    }
    for (const e of entities) {
      mine.set(e, (mine.get(e) ?? 0) + 1);
      this.totals.set(e, (this.totals.get(e) ?? 0) + 1);
    }
  }

  /** Takes a block out (marked again, or gone from the page). Returns whether it was counted. */
  remove(block: K): boolean {
    const mine = this.perBlock.get(block);
    if (!mine) return false;
    this.perBlock.delete(block);
    for (const [e, n] of mine) {
      const left = (this.totals.get(e) ?? 0) - n;
      if (left > 0) this.totals.set(e, left);
      else this.totals.delete(e);
    }
    return true;
  }

  clear(): void {
    this.perBlock.clear();
    this.totals.clear();
  }

  /** The page's counts: the marks held plus the mentions in dropped blocks, per entity. */
  withHeld(held: EntityCounts): EntityCounts {
    const out: EntityCounts = { ...held };
    for (const [e, n] of this.totals) out[e] = (out[e] ?? 0) + n;
    return out;
  }
}
