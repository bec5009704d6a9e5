/**
 * A multi-pattern string matcher (Aho–Corasick): one pass over the text finds every occurrence of every
 * pattern, so its cost grows with the text and the number of hits, not with the number of patterns (one
 * regular expression or one pass per alias would). Patterns and text are UTF-16 code units.
 *
 * After `build()` the trie is flattened into typed arrays, nodes numbered breadth first. The shallowest
 * nodes — where the automaton spends nearly all its time — get full transition rows (a DFA over the
 * alphabet of characters that occur in patterns), to depth {@link DFA_DEPTH} and within {@link DFA_BUDGET}
 * entries; deeper nodes keep a short run of edges (codes: the edge `e` leads to node `e + 1`) and failure
 * links. So a small gazetteer is almost a pure DFA (one table read per character), and 100× the aliases costs
 * little more, because text rarely goes deep into the trie.
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
const DFA_ROWS_PER_STEP = 256;
/**
 * Trie nodes built, numbered or linked between two pauses (the real gazetteer's trie has ~12,000). Small: a
 * content script yields only once a stretch of steps has taken its time (inline-context.ts).
 */
const NODES_PER_STEP = 1024;

/** One occurrence: `[start, end)` in the searched text, and the id given to the pattern. */
export interface Hit {
  start: number;
  end: number;
  id: number;
}

const NONE = -1;

export class AhoCorasick {
  // The ids of each distinct pattern, in the order they were added (the trie is built from them, sorted, in
  // buildSteps), and the patterns' length in all (at most a node per character).
  private idsOf = new Map<string, number[]>();
  private chars = 0;
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
  /** The code of each edge; edge `e` leads to node `e + 1` (see `buildSteps`), so no array of children. */
  private edgeCode = new Uint16Array(0);
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
    const ids = this.idsOf.get(pattern);
    if (ids) ids.push(id);
    else {
      this.idsOf.set(pattern, [id]);
      this.chars += pattern.length;
    }
  }

  /** Builds the trie, flattens it, computes failure and output links and the DFA rows. Call once. */
  build(): void {
    for (const _ of this.buildSteps());
  }

  /**
   * {@link build} in steps: yields while building, numbering and linking the trie (every
   * {@link NODES_PER_STEP} nodes) and every {@link DFA_ROWS_PER_STEP} DFA rows, so a caller can give the page a
   * turn between steps. Search is possible only once it has finished.
   */
  *buildSteps(): Generator<void, void, void> {
    const idsOf = this.idsOf;
    this.idsOf = new Map();
    // The trie from the patterns in code-unit order (the default sort, native): each pattern shares its prefix
    // with the one before it and adds nodes for the rest, a new node always its parent's last child in code
    // order. No lookup per character and no Map per node (the real gazetteer's trie has ~12,000 nodes, built
    // on every page's start-up), and each node's children come out sorted by code.
    const sorted = [...idsOf.keys()].sort();
    const cap = this.chars + 1;
    const code = new Uint16Array(cap);
    const firstChild = new Int32Array(cap).fill(NONE);
    const nextSibling = new Int32Array(cap).fill(NONE);
    const idsAt: (number[] | undefined)[] = new Array(cap);
    const path = [0]; // path[d]: the node at depth d on the previous pattern's path
    let n = 1;
    let prev = '';
    let outs = 0;
    let created = 0;
    for (const pattern of sorted) {
      if (created >= NODES_PER_STEP) {
        created = 0;
        yield;
      }
      let d = 0;
      const common = Math.min(pattern.length, prev.length);
      while (d < common && pattern.charCodeAt(d) === prev.charCodeAt(d)) d++;
      // The first new node follows the previous pattern's node at its depth, if any (its parent's last child:
      // every pattern before through that parent is smaller); the nodes after it are first children.
      if (d < pattern.length) {
        if (d < prev.length) nextSibling[path[d + 1] as number] = n;
        else firstChild[path[d] as number] = n;
      }
      for (; d < pattern.length; d++) {
        const child = n++;
        code[child] = pattern.charCodeAt(d);
        if (d + 1 < pattern.length) firstChild[child] = child + 1;
        path[d + 1] = child;
        created++;
      }
      const ids = idsOf.get(pattern) as number[];
      idsAt[path[pattern.length] as number] = ids;
      outs += ids.length;
      prev = pattern;
    }
    yield;
    // Breadth-first numbering (parents and failure targets always come before a node), flattened straight into
    // typed arrays as it goes: a node's children get consecutive numbers, so the edge into node c is edge c - 1
    // (edge e leads to node e + 1: no array of children) and a node's edges are one run, sorted by code.
    // Locals rather than fields in the loops below: they run cold, once per page, over every node.
    const depth = new Int32Array(n);
    const edgeStart = new Int32Array(n);
    const edgeCount = new Int32Array(n);
    const fail = new Int32Array(n);
    const outNode = new Int32Array(n).fill(NONE);
    const outNext = new Int32Array(n).fill(NONE);
    const outStart = new Int32Array(n);
    const outCount = new Int32Array(n);
    // Every node but the root is the child of exactly one edge: the one numbered just before it.
    const edgeCode = new Uint16Array(Math.max(0, n - 1));
    const outIds = new Int32Array(outs);
    this.depth = depth;
    this.edgeStart = edgeStart;
    this.edgeCount = edgeCount;
    this.fail = fail;
    this.outNode = outNode;
    this.outNext = outNext;
    this.outStart = outStart;
    this.outCount = outCount;
    this.edgeCode = edgeCode;
    this.outIds = outIds;
    const order = new Int32Array(n); // trie node of each number
    let numbered = 1;
    let o = 0;
    const classOf = new Uint16Array(0x10000);
    let alphabet = 1; // class 0: a character in no pattern, which always leads back to the root
    for (let v = 0; v < n; v++) {
      if (v > 0 && v % NODES_PER_STEP === 0) yield;
      const old = order[v] as number;
      edgeStart[v] = numbered - 1;
      for (let c = firstChild[old] as number; c !== NONE; c = nextSibling[c] as number) {
        const k = code[c] as number;
        edgeCode[numbered - 1] = k;
        depth[numbered] = (depth[v] as number) + 1;
        order[numbered++] = c;
        if (classOf[k] === 0) classOf[k] = alphabet++;
      }
      edgeCount[v] = numbered - 1 - (edgeStart[v] as number);
      const list = idsAt[old];
      outStart[v] = o;
      if (list) {
        outCount[v] = list.length;
        for (let i = 0; i < list.length; i++) outIds[o++] = list[i] as number;
      }
    }
    // The root's children by class: most goto-fail walks end at the root, whose edges (one per first letter of
    // a pattern, ~100 for the real gazetteer) a scan would read half of each time.
    const rootNext = new Int32Array(alphabet); // 0: back to the root
    for (let e = 0; e < (edgeCount[0] as number); e++)
      rootNext[classOf[edgeCode[e] as number] as number] = e + 1;
    yield;
    // Failure and output links, breadth first (the numbering order). A child's failure node is where its
    // code leads from its parent's failure node, following failure links (goto-fail, written out here).
    for (let v = 0; v < n; v++) {
      if (v > 0 && v % NODES_PER_STEP === 0) yield;
      const f = fail[v] as number;
      const tail = v === 0 ? NONE : outCount[f] ? f : (outNode[f] as number);
      outNode[v] = outCount[v] ? v : tail;
      outNext[v] = tail;
      const end = (edgeStart[v] as number) + (edgeCount[v] as number);
      for (let k = edgeStart[v] as number; k < end; k++) {
        if (v === 0) continue; // fail[child of the root] = 0
        const want = edgeCode[k] as number;
        let u = f;
        let next = NONE;
        while (u !== 0) {
          const to = (edgeStart[u] as number) + (edgeCount[u] as number);
          for (let e = edgeStart[u] as number; e < to; e++) {
            const c = edgeCode[e] as number;
            if (c === want) next = e + 1;
            if (c >= want) break;
          }
          if (next !== NONE) break;
          u = fail[u] as number;
        }
        if (next === NONE) next = rootNext[classOf[want] as number] as number;
        fail[k + 1] = next;
      }
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
        const f = fail[v] as number;
        dfa.copyWithin(v * alphabet, f * alphabet, (f + 1) * alphabet);
      }
      const start = edgeStart[v] as number;
      const end = start + (edgeCount[v] as number);
      for (let e = start; e < end; e++) {
        const child = e + 1;
        dfa[v * alphabet + (classOf[edgeCode[e] as number] as number)] =
          outNode[child] === NONE ? child : ~child;
      }
    }
    this.classOf = classOf;
    this.alphabet = alphabet;
    this.rows = rows;
    this.dfa = dfa;
    this.built = true;
  }

  /**
   * Calls `onHit(start, end, id)` for every occurrence of every pattern in the first `length` code units
   * of `codes`, in order of `end`.
   */
  search(codes: Uint16Array, length: number, onHit: (start: number, end: number, id: number) => void): void {
    if (!this.built) this.build();
    const { classOf, alphabet, rows, dfa, edgeStart, edgeCount, edgeCode, fail, depth } = this;
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
            next = e + 1;
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
          const next = e + 1;
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
