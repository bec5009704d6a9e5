/**
 * Document order of many positions without asking the DOM to compare them pair by pair. `compareBoundaryPoints`
 * finds a node's index among its siblings by counting them, so sorting marks under one parent with 20,000
 * children (a comment thread loaded at once) cost about a second in Chromium: ~120,000 comparisons, each
 * counting thousands of siblings. Here every parent involved has its children indexed once, each position gets
 * its path of child indices from the top of its tree, and paths compare as arrays: the whole sort costs the
 * children of the parents involved once, a walk up from each position, and n log n comparisons of short arrays.
 *
 * Generic over the node type, with the tree passed in, so it is testable without a DOM. A node that is not its
 * parent's child (a shadow root under its host) sorts after the host's own children.
 */
import { finishSteps } from '../spot/steps.ts';

export interface TreeAccess<N> {
  /** The node's parent (for a shadow root: its host), or null at the top. */
  parent(node: N): N | null;
  /** The node's children in order (for an element: `childNodes`; shadow roots are not among them). */
  children(node: N): ArrayLike<N>;
}

/** A position: a node and an offset in it (a range's start). */
export interface TreePosition<N> {
  node: N;
  offset: number;
}

/**
 * Returns `items` sorted by the document order of `position(item)`. Items in different trees (detached, or in
 * a shadow root whose host left) sort by their path all the same; the order between trees is then arbitrary
 * but stable.
 */
export function sortByDocumentOrder<N, T>(
  items: readonly T[],
  position: (item: T) => TreePosition<N>,
  tree: TreeAccess<N>,
): T[] {
  return finishSteps(sortByDocumentOrderSteps(items, position, tree));
}

/**
 * {@link sortByDocumentOrder} as steps: one `yield` per unit of work (a path, {@link CHILDREN_PER_STEP} children
 * indexed, {@link MERGES_PER_STEP} elements merged), so a caller with a task clock can sort thousands of marks
 * among 20,000 siblings in short tasks. The sort is a bottom-up merge sort (stable, like `Array.prototype.sort`),
 * since a native sort cannot be paused.
 */
export function* sortByDocumentOrderSteps<N, T>(
  items: readonly T[],
  position: (item: T) => TreePosition<N>,
  tree: TreeAccess<N>,
): Generator<void, T[]> {
  const index = new Map<N, number>();
  const indexed = new Set<N>();
  const paths = new Map<N, number[]>();
  /** Parents whose children are to be indexed before the path being built can go on. */
  function* indexChildren(p: N): Generator<void> {
    indexed.add(p);
    const kids = tree.children(p);
    for (let i = 0; i < kids.length; i++) {
      index.set(kids[i] as N, i);
      if (i % CHILDREN_PER_STEP === CHILDREN_PER_STEP - 1) yield;
    }
  }
  // One path per distinct start node (marks in one text node share it). Not memoised per ancestor: on a hostile
  // page 3,000 levels deep that would be a path of every length, millions of numbers for a few marks.
  function* pathOf(start: N): Generator<void, number[]> {
    const known = paths.get(start);
    if (known) return known;
    const up: number[] = [];
    for (let n: N | null = start; n !== null; ) {
      const p: N | null = tree.parent(n);
      if (p !== null && !indexed.has(p)) yield* indexChildren(p);
      // Not among the parent's children: a shadow root, after the host's light children.
      up.push(p === null ? 0 : (index.get(n) ?? Number.MAX_SAFE_INTEGER));
      n = p;
    }
    const path = up.reverse();
    paths.set(start, path);
    return path;
  }
  let keyed: Keyed<T>[] = [];
  for (const item of items) {
    const pos = position(item);
    keyed.push({ item, path: yield* pathOf(pos.node), offset: pos.offset });
    yield;
  }
  const before = (a: Keyed<T>, b: Keyed<T>) => comparePaths(a.path, b.path) || a.offset - b.offset;
  // Bottom-up merge sort: runs of `width` merged pairwise into `out`, then the roles swap.
  let out: Keyed<T>[] = new Array(keyed.length);
  let moved = 0;
  for (let width = 1; width < keyed.length; width *= 2) {
    for (let lo = 0; lo < keyed.length; lo += 2 * width) {
      const mid = Math.min(lo + width, keyed.length);
      const hi = Math.min(lo + 2 * width, keyed.length);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        // Stable: on a tie the left run's element comes first.
        if (i < mid && (j >= hi || before(keyed[i] as Keyed<T>, keyed[j] as Keyed<T>) <= 0))
          out[k] = keyed[i++] as Keyed<T>;
        else out[k] = keyed[j++] as Keyed<T>;
        if (++moved % MERGES_PER_STEP === 0) yield;
      }
    }
    [keyed, out] = [out, keyed];
  }
  return keyed.map((k) => k.item);
}

/** Children indexed per step: a parent with 20,000 children is indexed over many steps. */
const CHILDREN_PER_STEP = 1_024;
/** Elements placed per step of the merge sort. */
const MERGES_PER_STEP = 256;

interface Keyed<T> {
  item: T;
  path: number[];
  offset: number;
}

/** Lexicographic order of two paths; an ancestor's path (a prefix) comes first. */
function comparePaths(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
