/**
 * A multi-pattern string matcher (Aho–Corasick): one pass over the text finds every occurrence of every
 * pattern, so its cost grows with the text and the number of hits, not with the number of patterns (one
 * regular expression or one pass per alias would). Patterns and text are UTF-16 strings.
 */

/** One occurrence: `[start, end)` in the searched text, and the id given to the pattern. */
export interface Hit {
  start: number;
  end: number;
  id: number;
}

const NONE = -1;

export class AhoCorasick {
  /** Root transitions as a flat table: most text characters start no pattern, and this is the hot path. */
  private readonly rootNext = new Int32Array(0x10000).fill(0);
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Pattern ids ending exactly at each node. */
  private readonly outputs: number[][] = [[]];
  /** Nearest node on the fail chain that has outputs (dictionary suffix link), or NONE. */
  private readonly outLink: number[] = [NONE];
  private readonly depth: number[] = [0];
  private built = false;

  /** Adds a pattern (non-empty) under an id; several patterns may share one id and one string many ids. */
  add(pattern: string, id: number): void {
    if (this.built) throw new Error('AhoCorasick: add() after build()');
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let child = this.next[node]?.get(code);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.outputs.push([]);
        this.outLink.push(NONE);
        this.depth.push(i + 1);
        this.next[node]?.set(code, child);
      }
      node = child;
    }
    this.outputs[node]?.push(id);
  }

  /** Computes failure and output links (breadth first). Call once, after the last `add`. */
  build(): void {
    const queue: number[] = [];
    for (const [code, child] of this.next[0] ?? []) {
      this.rootNext[code] = child;
      this.fail[child] = 0;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] as number;
      for (const [code, child] of this.next[node] ?? []) {
        let f = this.fail[node] as number;
        while (f !== 0 && !this.next[f]?.has(code)) f = this.fail[f] as number;
        const target = f === 0 ? this.rootNext[code] : this.next[f]?.get(code);
        const failTo = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failTo;
        this.outLink[child] =
          (this.outputs[failTo]?.length ?? 0) > 0 ? failTo : (this.outLink[failTo] as number);
        queue.push(child);
      }
    }
    this.built = true;
  }

  /** Calls `onHit(start, end, id)` for every occurrence of every pattern in `text`, in order of `end`. */
  search(text: string, onHit: (start: number, end: number, id: number) => void): void {
    if (!this.built) this.build();
    const { rootNext, next, fail, outputs, outLink, depth } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (node === 0) {
        node = rootNext[code] as number;
        if (node === 0) continue;
      } else {
        let child = (next[node] as Map<number, number>).get(code);
        while (child === undefined && node !== 0) {
          node = fail[node] as number;
          child = node === 0 ? (rootNext[code] as number) : (next[node] as Map<number, number>).get(code);
        }
        node = child ?? 0;
        if (node === 0) continue;
      }
      for (let out = node; out !== NONE; out = outLink[out] as number) {
        const ids = outputs[out] as number[];
        if (ids.length === 0) continue;
        const start = i + 1 - (depth[out] as number);
        for (const id of ids) onHit(start, i + 1, id);
      }
    }
  }

  /** All hits as an array (convenience for tests and small texts). */
  findAll(text: string): Hit[] {
    const hits: Hit[] = [];
    this.search(text, (start, end, id) => hits.push({ start, end, id }));
    return hits;
  }
}
