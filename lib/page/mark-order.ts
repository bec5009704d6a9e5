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

/**
 * Merges two lists already in document order into one, for the keyboard walk over marks and reporting
 * sentences together. On a tie (a sentence starting with a name) the item of `first` comes first, so the
 * sentence is visited before the names inside it.
 */
export function mergeInOrder<A, B>(
  first: readonly A[],
  second: readonly B[],
  compare: (a: A, b: B) => number,
): (A | B)[] {
  const out: (A | B)[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    const a = first[i] as A;
    const b = second[j] as B;
    if (compare(a, b) <= 0) {
      out.push(a);
      i++;
    } else {
      out.push(b);
      j++;
    }
  }
  for (; i < first.length; i++) out.push(first[i] as A);
  for (; j < second.length; j++) out.push(second[j] as B);
  return out;
}
