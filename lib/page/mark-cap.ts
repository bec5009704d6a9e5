/**
 * How many marks one page keeps, and which go first. An endless-scroll page (a feed that appends articles as
 * the reader scrolls) would otherwise grow our marks, their ranges and the highlight registry for as long as the
 * tab is open: about 0.75 kB of heap per mark (1,200 marks held 0.9 MB, docs/onpage.md).
 *
 * The policy: a page holds at most {@link MARK_CAP} marks. When a pass leaves more, whole blocks (paragraphs)
 * are dropped, the farthest from where the reader is first (in document order), the older of two equally far
 * first, until {@link MARK_CAP_KEEP} are left; the gap between the two numbers means a feed that keeps growing
 * costs one drop every ~1,000 new marks, not one per pass. The reader's own block and its neighbours are never
 * dropped. A dropped block is marked again when it comes near the viewport (the content script's pager), so the
 * cap costs nothing a reader sees apart from the popup's counts, which count the marks held.
 *
 * Marks whose text left the document are not counted here: every pass drops them first (PageSession.dropStale).
 */

/** Most marks a page holds: above the 1 MB bench page (3,001), far above any real article (tens). */
export const MARK_CAP = 5_000;
/** Marks left after a drop. */
export const MARK_CAP_KEEP = 4_000;

/** One block's marks, for the cap. */
export interface CapBlock {
  /** How many marks the block holds. */
  marks: number;
  /** When its newest mark was made (mark ids grow): of two blocks as far from the reader, the older goes first. */
  newest: number;
}

/**
 * Which blocks to drop, as indices into `blocks`, given in document order, with the reader at block index
 * `reader` (the first block at or below the top of the viewport). Empty while the page holds at most `cap`
 * marks. Otherwise the farthest blocks from `reader` (ties: older first) until at most `keep` marks are left;
 * `reader` itself is never dropped, so one block bigger than `keep` (a giant `<pre>`) stays whole.
 */
export function blocksToDrop(
  blocks: readonly CapBlock[],
  reader: number,
  cap = MARK_CAP,
  keep = MARK_CAP_KEEP,
): number[] {
  let total = 0;
  for (const b of blocks) total += b.marks;
  if (total <= cap) return [];
  const at = Math.min(Math.max(0, reader), blocks.length - 1);
  const newest = (i: number) => (blocks[i] as CapBlock).newest;
  // Farthest first without sorting: the farthest block left is always at one of the two ends of what remains,
  // so two cursors walking in from the ends give the order (a sort of 15,000 blocks was one long step).
  const out: number[] = [];
  let lo = 0;
  let hi = blocks.length - 1;
  while (total > keep && (lo < at || hi > at)) {
    const fromLo = lo < at ? at - lo : -1;
    const fromHi = hi > at ? hi - at : -1;
    const i = fromLo > fromHi || (fromLo === fromHi && newest(lo) <= newest(hi)) ? lo++ : hi--;
    total -= (blocks[i] as CapBlock).marks;
    out.push(i);
  }
  return out;
}
