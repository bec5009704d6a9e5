/** Marks in document order, without comparing DOM positions pair by pair (lib/page/doc-order.ts). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sortByDocumentOrder, type TreeAccess } from '../../lib/page/doc-order.ts';

interface FakeNode {
  id: number;
  parent: FakeNode | null;
  kids: FakeNode[];
  /** A shadow root: its parent is the host, but it is not among the host's children. */
  shadow?: boolean;
}

const node = (id: number, parent: FakeNode | null, shadow = false): FakeNode => {
  const n: FakeNode = { id, parent, kids: [], shadow };
  if (parent && !shadow) parent.kids.push(n);
  return n;
};

/** Counts how often a parent's children are listed: each parent must be indexed once. */
function access(): TreeAccess<FakeNode> & { listed: Map<FakeNode, number> } {
  const listed = new Map<FakeNode, number>();
  return {
    listed,
    parent: (n) => n.parent,
    children: (n) => {
      listed.set(n, (listed.get(n) ?? 0) + 1);
      return n.kids;
    },
  };
}

/** Pre-order: the document order the sort must reproduce (shadow roots after the host's children). */
function preorder(root: FakeNode, shadows: Map<FakeNode, FakeNode>): FakeNode[] {
  const out: FakeNode[] = [];
  const visit = (n: FakeNode) => {
    out.push(n);
    for (const k of n.kids) visit(k);
    const s = shadows.get(n);
    if (s) visit(s);
  };
  visit(root);
  return out;
}

describe('sortByDocumentOrder', () => {
  test('20,000 sibling paragraphs: sorted, with their parent indexed once', () => {
    const root = node(0, null);
    const thread = node(1, root);
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => node(i + 2, thread));
    const texts = paragraphs.map((p, i) => node(100_000 + i, p));
    const shuffled = [...texts].sort((a, b) => ((a.id * 7919) % 20_011) - ((b.id * 7919) % 20_011));
    const tree = access();
    const sorted = sortByDocumentOrder(shuffled, (t) => ({ node: t, offset: 0 }), tree);
    expect(sorted).toEqual(texts);
    expect(tree.listed.get(thread)).toBe(1);
  });

  test('two marks in one text node are ordered by offset', () => {
    const root = node(0, null);
    const text = node(1, root);
    const marks = [
      { at: 30, text },
      { at: 4, text },
    ];
    const sorted = sortByDocumentOrder(marks, (m) => ({ node: m.text, offset: m.at }), access());
    expect(sorted.map((m) => m.at)).toEqual([4, 30]);
  });

  test('text inside a shadow root sorts after the host element’s own text', () => {
    const root = node(0, null);
    const host = node(1, root);
    const light = node(2, host);
    const shadowRoot = node(3, host, true);
    const inShadow = node(4, shadowRoot);
    const after = node(5, root);
    const sorted = sortByDocumentOrder([after, inShadow, light], (n) => ({ node: n, offset: 0 }), access());
    expect(sorted).toEqual([light, inShadow, after]);
  });

  test('any tree: the same order as a walk of the whole tree', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 120 }), fc.nat(), (parents, seed) => {
        const root = node(0, null);
        const all = [root];
        const shadows = new Map<FakeNode, FakeNode>();
        for (const [i, p] of parents.entries()) {
          const parent = all[p % all.length] as FakeNode;
          // Every seventh node is a shadow root, if its host has none yet.
          const shadow = i % 7 === 3 && !shadows.has(parent);
          const n = node(i + 1, parent, shadow);
          if (shadow) shadows.set(parent, n);
          all.push(n);
        }
        const order = preorder(root, shadows);
        const picked = all.filter((n) => (n.id * 31 + seed) % 3 === 0);
        const sorted = sortByDocumentOrder(picked, (n) => ({ node: n, offset: 0 }), access());
        expect(sorted).toEqual(order.filter((n) => picked.includes(n)));
      }),
    );
  });
});
