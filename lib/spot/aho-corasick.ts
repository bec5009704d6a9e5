/**
 * A multi-pattern string matcher (Aho–Corasick): one pass over the text finds every occurrence of every
 * pattern, so its cost grows with the text and the number of hits, not with the number of patterns (one
 * regular expression or one pass per alias would). Patterns and text are UTF-16 code units.
 *
 * After `build()` the trie is flattened into typed arrays, nodes numbered breadth first. The shallowest
 * nodes — where the automaton spends nearly all its time — get full transition rows (a DFA over the
 * alphabet of characters that occur in patterns), within {@link DFA_BUDGET} entries; deeper nodes keep a
 * short run of (code, child) edges and failure links. So a small gazetteer is a pure DFA (one table read
 * per character), and 100× the aliases costs little more, because text rarely goes deep into the trie.
 */

/** Maximum number of DFA table entries (Int32): 2 M = 8 MB. */
export const DFA_BUDGET = 2_000_000;

/**
 * Nodes deeper than this get no DFA row. Page text rarely goes that deep into the trie, and the rows would cost
 * memory and build time on every page for nothing: the real gazetteer's ~11,800 nodes would take 1.2 M entries
 * (4.7 MB per tab), its ~3,300 nodes to depth 8 take 0.3 M. A much larger alias list (the bench's ×100) still
 * fills its budget with shallow rows.
 */
export const DFA_DEPTH = 8;

/** DFA rows computed between two pauses of {@link AhoCorasick.buildSteps}. */
const DFA_ROWS_PER_STEP = 1024;
/** Trie nodes renumbered or flattened between two pauses (the real gazetteer's trie has tens of thousands). */
const NODES_PER_STEP = 4096;

/** One occurrence: `[start, end)` in the searched text, and the id given to the pattern. */
export interface Hit {
  start: number;
  end: number;
  id: number;
}

const NONE = -1;

export class AhoCorasick {
  // Build-time trie.
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly ids: number[][] = [[]];
  private readonly depths: number[] = [0];
  private built = false;
  private readonly dfaBudget: number;

  /** `dfaBudget`: DFA table entries allowed (tests set it tiny to exercise the goto-fail path). */
  constructor(options: { dfaBudget?: number } = {}) {
    this.dfaBudget = options.dfaBudget ?? DFA_BUDGET;
  }
  // Search-time arrays (filled by build()).
  private classOf = new Uint16Array(0);
  private alphabet = 1;
  private rows = 0;
  /** Rows of next states; `~next` (negative) where `next` ends a pattern (see `search`). */
  private dfa = new Int32Array(0);
  private edgeStart = new Int32Array(0);
  private edgeCount = new Int32Array(0);
  private edgeCode = new Uint16Array(0);
  private edgeChild = new Int32Array(0);
  private fail = new Int32Array(0);
  private depth = new Int32Array(0);
  /** Nearest node on the fail chain (itself included) that ends a pattern, or NONE. */
  private outNode = new Int32Array(0);
  /** The next such node after this one on the fail chain, or NONE. */
  private outNext = new Int32Array(0);
  private outStart = new Int32Array(0);
  private outCount = new Int32Array(0);
  private outIds = new Int32Array(0);

  /** Adds a pattern (non-empty) under an id; several patterns may share one id and one string many ids. */
  add(pattern: string, id: number): void {
    if (this.built) throw new Error('AhoCorasick: add() after build()');
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let child = this.children[node]?.get(code);
      if (child === undefined) {
        child = this.children.length;
        this.children.push(new Map());
        this.ids.push([]);
        this.depths.push(i + 1);
        this.children[node]?.set(code, child);
      }
      node = child;
    }
    this.ids[node]?.push(id);
  }

  /** Flattens the trie, computes failure and output links and the DFA rows. Call once. */
  build(): void {
    for (const _ of this.buildSteps());
  }

  /**
   * {@link build} in steps: yields while numbering, flattening and linking the trie (every
   * {@link NODES_PER_STEP} nodes) and every {@link DFA_ROWS_PER_STEP} DFA rows, so a caller can give the page a
   * turn between steps. Search is possible only once it has finished.
   */
  *buildSteps(): Generator<void, void, void> {
    const n = this.children.length;
    // Breadth-first numbering: parents and failure targets always come before a node.
    const order = [0];
    for (let head = 0; head < order.length; head++) {
      if (head > 0 && head % NODES_PER_STEP === 0) yield;
      for (const child of this.children[order[head] as number]?.values() ?? []) order.push(child);
    }
    const renum = new Int32Array(n);
    for (let idx = 0; idx < n; idx++) renum[order[idx] as number] = idx;
    yield;
    // Flattened straight into typed arrays, each node's edges sorted by code as they are written (runs are a
    // few edges long): no array per node (the real gazetteer's trie has ~12,000 nodes, built on every page).
    let outs = 0;
    for (const list of this.ids) outs += list.length;
    this.depth = new Int32Array(n);
    this.edgeStart = new Int32Array(n);
    this.edgeCount = new Int32Array(n);
    this.fail = new Int32Array(n);
    this.outNode = new Int32Array(n).fill(NONE);
    this.outNext = new Int32Array(n).fill(NONE);
    this.outStart = new Int32Array(n);
    this.outCount = new Int32Array(n);
    // Every node but the root is the child of exactly one edge.
    const edgeCode = new Uint16Array(Math.max(0, n - 1));
    const edgeChild = new Int32Array(Math.max(0, n - 1));
    this.edgeCode = edgeCode;
    this.edgeChild = edgeChild;
    this.outIds = new Int32Array(outs);
    let e = 0;
    let o = 0;
    const classOf = new Uint16Array(0x10000);
    let alphabet = 1; // class 0: a character in no pattern, which always leads back to the root
    for (let v = 0; v < n; v++) {
      if (v > 0 && v % NODES_PER_STEP === 0) yield;
      const old = order[v] as number;
      this.depth[v] = this.depths[old] ?? 0;
      const first = e;
      this.edgeStart[v] = first;
      this.children[old]?.forEach((child, code) => {
        let k = e++;
        for (; k > first && (edgeCode[k - 1] as number) > code; k--) {
          edgeCode[k] = edgeCode[k - 1] as number;
          edgeChild[k] = edgeChild[k - 1] as number;
        }
        edgeCode[k] = code;
        edgeChild[k] = renum[child] as number;
        if (classOf[code] === 0) classOf[code] = alphabet++;
      });
      this.edgeCount[v] = e - first;
      const list = this.ids[old] ?? [];
      this.outStart[v] = o;
      this.outCount[v] = list.length;
      for (let i = 0; i < list.length; i++) this.outIds[o++] = list[i] as number;
    }
    yield;
    // Failure and output links, breadth first (the numbering order).
    for (let v = 0; v < n; v++) {
      if (v > 0 && v % NODES_PER_STEP === 0) yield;
      const f = this.fail[v] as number;
      const tail = v === 0 ? NONE : this.outCount[f] ? f : (this.outNode[f] as number);
      this.outNode[v] = this.outCount[v] ? v : tail;
      this.outNext[v] = tail;
      const end = (this.edgeStart[v] as number) + (this.edgeCount[v] as number);
      for (let k = this.edgeStart[v] as number; k < end; k++)
        this.fail[edgeChild[k] as number] = v === 0 ? 0 : this.step(f, edgeCode[k] as number);
    }
    yield;
    // DFA rows for the shallowest nodes.
    // (Breadth-first numbering: the nodes up to DFA_DEPTH are a prefix.)
    let shallow = 0;
    while (shallow < n && (this.depth[shallow] as number) <= DFA_DEPTH) shallow++;
    const rows = Math.max(1, Math.min(shallow, Math.floor(this.dfaBudget / alphabet)));
    const dfa = new Int32Array(rows * alphabet);
    for (let v = 0; v < rows; v++) {
      if (v > 0 && v % DFA_ROWS_PER_STEP === 0) yield;
      // A row is its failure node's row (already built: breadth-first, the failure node is shallower) except
      // on the node's own edges: one native copy and a write per edge, not an edge lookup per class of the
      // alphabet (a million lookups for the real gazetteer's rows, on every page's start-up).
      // The root's row is zeros (back to the root) but for its edges.
      if (v > 0) {
        const f = this.fail[v] as number;
        dfa.copyWithin(v * alphabet, f * alphabet, (f + 1) * alphabet);
      }
      const start = this.edgeStart[v] as number;
      const end = start + (this.edgeCount[v] as number);
      for (let e = start; e < end; e++) {
        const child = this.edgeChild[e] as number;
        dfa[v * alphabet + (classOf[this.edgeCode[e] as number] as number)] =
          this.outNode[child] === NONE ? child : ~child;
      }
    }
    this.classOf = classOf;
    this.alphabet = alphabet;
    this.rows = rows;
    this.dfa = dfa;
    this.built = true;
    // The build-time trie (a Map per node) is not read again: let it go rather than keep it for the tab's life.
    this.children.length = 0;
    this.ids.length = 0;
    this.depths.length = 0;
  }

  /** The child of `node` on `code`, or -1. */
  private edge(node: number, code: number): number {
    const start = this.edgeStart[node] as number;
    const end = start + (this.edgeCount[node] as number);
    for (let e = start; e < end; e++) {
      const c = this.edgeCode[e] as number;
      if (c === code) return this.edgeChild[e] as number;
      if (c > code) break;
    }
    return NONE;
  }

  /** The state after reading `code` in state `node`, following failure links (goto-fail). */
  private step(node: number, code: number): number {
    let v = node;
    for (;;) {
      const child = this.edge(v, code);
      if (child !== NONE) return child;
      if (v === 0) return 0;
      v = this.fail[v] as number;
    }
  }

  /**
   * Calls `onHit(start, end, id)` for every occurrence of every pattern in the first `length` code units
   * of `codes`, in order of `end`.
   */
  search(codes: Uint16Array, length: number, onHit: (start: number, end: number, id: number) => void): void {
    if (!this.built) this.build();
    const { classOf, alphabet, rows, dfa, edgeStart, edgeCount, edgeCode, edgeChild, fail, depth } = this;
    const { outNode, outNext, outStart, outCount, outIds } = this;
    let node = 0;
    for (let i = 0; i < length; i++) {
      const code = codes[i] as number;
      const a = classOf[code] as number;
      // Deep nodes (beyond the DFA rows): goto-fail until a node with a row, or a match.
      while (node >= rows) {
        const start = edgeStart[node] as number;
        const end = start + (edgeCount[node] as number);
        let next = NONE;
        for (let e = start; e < end; e++) {
          const c = edgeCode[e] as number;
          if (c === code) {
            next = edgeChild[e] as number;
            break;
          }
          if (c > code) break;
        }
        if (next !== NONE) {
          node = next;
          break;
        }
        node = fail[node] as number;
      }
      if (node < rows) {
        // Hot path: one table read per character. An entry is negative (~target) when the target node ends
        // a pattern, so the usual "no output here" case needs no second, dependent read of `outNode`.
        node = dfa[node * alphabet + a] as number;
        if (node >= 0) continue;
        node = ~node;
      }
      const first = outNode[node] as number;
      if (first === NONE) continue;
      for (let out = first; out !== NONE; out = outNext[out] as number) {
        const begin = i + 1 - (depth[out] as number);
        const from = outStart[out] as number;
        const to = from + (outCount[out] as number);
        for (let k = from; k < to; k++) onHit(begin, i + 1, outIds[k] as number);
      }
    }
  }

  /**
   * One step of a search driven by the caller, for a stream that is never stored (the prefilter reads its
   * stream straight from page text and stops at the first hit). Start from node 0; returns the next node,
   * or `~next` (negative) when a pattern ends there. A method of its own rather than `search` with a
   * callback, so that `search`'s one call site for hits stays monomorphic in the matcher's hot path.
   */
  advance(node: number, code: number): number {
    if (!this.built) this.build();
    let v = node;
    while (v >= this.rows) {
      const start = this.edgeStart[v] as number;
      const end = start + (this.edgeCount[v] as number);
      for (let e = start; e < end; e++) {
        const c = this.edgeCode[e] as number;
        if (c === code) {
          const next = this.edgeChild[e] as number;
          return this.outNode[next] === NONE ? next : ~next;
        }
        if (c > code) break;
      }
      v = this.fail[v] as number;
    }
    return this.dfa[v * this.alphabet + (this.classOf[code] as number)] as number;
  }
}

/** All hits of `ac` in a string, as an array (for tests: not a method, so the content script does not carry it). */
export function findAll(ac: AhoCorasick, text: string): Hit[] {
  const hits: Hit[] = [];
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  ac.search(codes, text.length, (start, end, id) => hits.push({ start, end, id }));
  return hits;
}
