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
  const index = new Map<N, number>();
  const indexed = new Set<N>();
  const paths = new Map<N, number[]>();
  const indexOf = (n: N, p: N): number => {
    if (!indexed.has(p)) {
      indexed.add(p);
      const kids = tree.children(p);
      for (let i = 0; i < kids.length; i++) index.set(kids[i] as N, i);
    }
    // Not among the parent's children: a shadow root, after the host's light children.
    return index.get(n) ?? Number.MAX_SAFE_INTEGER;
  };
  // One path per distinct start node (marks in one text node share it). Not memoised per ancestor: on a hostile
  // page 3,000 levels deep that would be a path of every length, millions of numbers for a few marks.
  const pathOf = (start: N): number[] => {
    const known = paths.get(start);
    if (known) return known;
    const up: number[] = [];
    for (let n: N | null = start; n !== null; ) {
      const p: N | null = tree.parent(n);
      up.push(p === null ? 0 : indexOf(n, p));
      n = p;
    }
    const path = up.reverse();
    paths.set(start, path);
    return path;
  };
  const keyed = items.map((item) => {
    const pos = position(item);
    return { item, path: pathOf(pos.node), offset: pos.offset };
  });
  keyed.sort((a, b) => comparePaths(a.path, b.path) || a.offset - b.offset);
  return keyed.map((k) => k.item);
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
