/**
 * A multi-pattern string matcher (Aho–Corasick): one pass over the text finds every occurrence of every
 * pattern, so its cost grows with the text and the number of hits, not with the number of patterns (one
 * regular expression or one pass per alias would). Patterns and text are UTF-16 code units.
 *
 * After `build()` the trie is flattened into typed arrays: each node's edges are a short run of
 * (code, child) pairs (most trie nodes have one child, so a lookup is usually one comparison), and the
 * root's edges are a 64 K table because most text characters start nothing and fall back to the root.
 */

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
  // Search-time arrays (filled by build()).
  private rootNext = new Int32Array(0);
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

  /** Flattens the trie and computes failure and output links (breadth first). Call once. */
  build(): void {
    const n = this.children.length;
    this.rootNext = new Int32Array(0x10000);
    this.edgeStart = new Int32Array(n);
    this.edgeCount = new Int32Array(n);
    this.fail = new Int32Array(n);
    this.depth = Int32Array.from(this.depths);
    this.outNode = new Int32Array(n).fill(NONE);
    this.outNext = new Int32Array(n).fill(NONE);
    this.outStart = new Int32Array(n);
    this.outCount = new Int32Array(n);
    let edges = 0;
    let outs = 0;
    for (let v = 0; v < n; v++) {
      edges += this.children[v]?.size ?? 0;
      outs += this.ids[v]?.length ?? 0;
    }
    this.edgeCode = new Uint16Array(edges);
    this.edgeChild = new Int32Array(edges);
    this.outIds = new Int32Array(outs);
    let e = 0;
    let o = 0;
    for (let v = 0; v < n; v++) {
      const sorted = [...(this.children[v] ?? [])].sort((a, b) => a[0] - b[0]);
      this.edgeStart[v] = e;
      this.edgeCount[v] = sorted.length;
      for (const [code, child] of sorted) {
        this.edgeCode[e] = code;
        this.edgeChild[e] = child;
        e++;
      }
      const ids = this.ids[v] ?? [];
      this.outStart[v] = o;
      this.outCount[v] = ids.length;
      for (const id of ids) this.outIds[o++] = id;
    }
    for (const [code, child] of this.children[0] ?? []) this.rootNext[code] = child;

    const queue: number[] = [];
    for (const child of this.children[0]?.values() ?? []) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] as number;
      const f = this.fail[v] as number;
      const tail = this.outCount[f] ? f : (this.outNode[f] as number);
      this.outNode[v] = this.outCount[v] ? v : tail;
      this.outNext[v] = tail;
      for (const [code, child] of this.children[v] ?? []) {
        this.fail[child] = this.step(f, code, v === 0);
        queue.push(child);
      }
    }
    this.built = true;
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
  private step(node: number, code: number, fromRoot = false): number {
    if (fromRoot) return 0;
    let v = node;
    for (;;) {
      if (v === 0) return this.rootNext[code] as number;
      const child = this.edge(v, code);
      if (child !== NONE) return child;
      v = this.fail[v] as number;
    }
  }

  /**
   * Calls `onHit(start, end, id)` for every occurrence of every pattern in the first `length` code units
   * of `codes`, in order of `end`.
   */
  search(codes: Uint16Array, length: number, onHit: (start: number, end: number, id: number) => void): void {
    if (!this.built) this.build();
    const { rootNext, edgeStart, edgeCount, edgeCode, edgeChild, fail, depth, outNode, outNext } = this;
    const { outStart, outCount, outIds } = this;
    let node = 0;
    for (let i = 0; i < length; i++) {
      const code = codes[i] as number;
      // Goto-fail, with the edge scan inlined: this loop is the matcher's hot path.
      for (;;) {
        if (node === 0) {
          node = rootNext[code] as number;
          break;
        }
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
      if (node === 0) continue;
      for (let out = outNode[node] as number; out !== NONE; out = outNext[out] as number) {
        const begin = i + 1 - (depth[out] as number);
        const from = outStart[out] as number;
        const to = from + (outCount[out] as number);
        for (let k = from; k < to; k++) onHit(begin, i + 1, outIds[k] as number);
      }
    }
  }

  /** All hits in a string, as an array (convenience for tests and small texts). */
  findAll(text: string): Hit[] {
    const hits: Hit[] = [];
    const codes = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
    this.search(codes, text.length, (start, end, id) => hits.push({ start, end, id }));
    return hits;
  }
}
