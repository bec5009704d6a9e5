/**
 * The order the keyboard walks the marks in: document order, wrapping at both ends, optionally only the marks
 * of one entity (the popup's "next mention of Lukashenko"). Comparison is injected so this stays testable
 * without ranges (the content script passes `Range.compareBoundaryPoints`).
 */

/** Sorts in place by `compare` (document order) and returns the array. */
export function sortInDocumentOrder<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  return items.sort(compare);
}

/**
 * The index of the next (`direction` 1) or previous (-1) item after `current`, wrapping around; only items for
 * which `keep` is true count. `current` is -1 when nothing is selected yet: then 1 gives the first and -1 the
 * last. Returns -1 when no item qualifies.
 */
export function stepIndex<T>(
  items: readonly T[],
  current: number,
  direction: 1 | -1,
  keep: (item: T) => boolean = () => true,
): number {
  const n = items.length;
  if (n === 0) return -1;
  let i = current < 0 || current >= n ? (direction === 1 ? -1 : n) : current;
  for (let k = 0; k < n; k++) {
    i = (((i + direction) % n) + n) % n;
    const item = items[i];
    if (item !== undefined && keep(item)) return i;
  }
  return -1;
}
