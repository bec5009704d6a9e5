/**
 * A trie of UTF-16 code units in a few typed arrays: node 0 is the root, and the child of a node by a unit is
 * found in one open-addressing hash table over (node, unit). The cue lexicon's two tries have ~11,000 nodes;
 * as a `Map` per node they were that many Maps made at every compile (lib/quote/term-matcher.ts), here they
 * are three arrays (10 bytes a slot) that double when half full.
 */

const EMPTY = -1;

export class CodeTrie {
  /** Per slot: the parent node (EMPTY: a free slot), the unit and the child. */
  private slotNode: Int32Array;
  private slotUnit: Uint16Array;
  private slotChild: Int32Array;
  private shift: number;
  /** Nodes made so far (the root included): node ids are 0…size-1, in the order they were added. */
  size = 1;

  /**
   * `bits`: log2 of the slots to start with. A table is rebuilt each time it doubles, so a caller that knows
   * roughly how many nodes it will make starts at twice that (the cue lexicon's first words make ~8,600).
   */
  constructor(bits = 10) {
    this.slotNode = new Int32Array(1 << bits).fill(EMPTY);
    this.slotUnit = new Uint16Array(1 << bits);
    this.slotChild = new Int32Array(1 << bits);
    this.shift = 32 - bits;
  }

  private slotOf(node: number, unit: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca6b)) >>> this.shift;
  }

  /** The child of `node` by code unit `unit`, or -1. */
  child(node: number, unit: number): number {
    const { slotNode, slotUnit } = this;
    const mask = slotNode.length - 1;
    for (let s = this.slotOf(node, unit); ; s = (s + 1) & mask) {
      const n = slotNode[s] as number;
      if (n === EMPTY) return -1;
      if (n === node && slotUnit[s] === unit) return this.slotChild[s] as number;
    }
  }

  /** The node the code units of `text` lead to from the root, made as needed. */
  insert(text: string): number {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const next = this.child(node, c);
      node = next >= 0 ? next : this.addChild(node, c);
    }
    return node;
  }

  private addChild(node: number, unit: number): number {
    // Edges are nodes - 1: at most half the slots are taken, so a probe ends soon.
    if (2 * this.size >= this.slotNode.length) this.grow();
    const { slotNode } = this;
    const mask = slotNode.length - 1;
    let s = this.slotOf(node, unit);
    while (slotNode[s] !== EMPTY) s = (s + 1) & mask;
    const child = this.size++;
    slotNode[s] = node;
    this.slotUnit[s] = unit;
    this.slotChild[s] = child;
    return child;
  }

  private grow(): void {
    const { slotNode, slotUnit, slotChild } = this;
    this.slotNode = new Int32Array(slotNode.length * 2).fill(EMPTY);
    this.slotUnit = new Uint16Array(slotNode.length * 2);
    this.slotChild = new Int32Array(slotNode.length * 2);
    this.shift--;
    const mask = this.slotNode.length - 1;
    for (let t = 0; t < slotNode.length; t++) {
      const node = slotNode[t] as number;
      if (node === EMPTY) continue;
      const unit = slotUnit[t] as number;
      let s = this.slotOf(node, unit);
      while (this.slotNode[s] !== EMPTY) s = (s + 1) & mask;
      this.slotNode[s] = node;
      this.slotUnit[s] = unit;
      this.slotChild[s] = slotChild[t] as number;
    }
  }
}
