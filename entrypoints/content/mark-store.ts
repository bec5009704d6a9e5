/**
 * Every mark on the page, with the index the pointer needs: text node → marks that touch it, so a caret
 * position from `caretPositionFromPoint` finds its mark without walking every range.
 */
import type { EntityKind } from '../../lib/data/types.ts';
import { insideAny } from '../../lib/page/change-coalescer.ts';
import { sortByDocumentOrderSteps, type TreeAccess } from '../../lib/page/doc-order.ts';
import { finishSteps } from '../../lib/spot/steps.ts';

/** One painted mention: what the spotter found and the live DOM range it covers. */
export interface PageMark {
  id: number;
  entity: string;
  kind: EntityKind;
  via: 'name' | 'title';
  confidence: 'high' | 'low';
  /** The text as the page wrote it when found; if the range's text changes, the mark is stale. */
  text: string;
  range: Range;
  /** The text nodes the range covers (for hit-testing and for dropping marks when nodes go away). */
  nodes: Text[];
  /**
   * Where it sits, for the paint plan (lib/page/paint-plan.ts): the section (headings start one), the paragraph
   * (text block) and the characters before it. A full pass counts them exactly; a mark found by a partial rescan
   * takes its section and position from the mark before it (see PageSession).
   */
  place: { section: number; paragraph: string; position: number; exact: boolean };
}

export class MarkStore {
  private marks = new Map<number, PageMark>();
  private byNode = new Map<Text, PageMark[]>();
  private ordered: PageMark[] | null = null;
  private nextId = 1;
  /** Marks per entity, kept as marks come and go: counting them is asked after every pass. */
  private perEntity = new Map<string, number>();
  /** Changes with every add and remove: a sort done in steps is cached only if nothing changed meanwhile. */
  private version = 0;

  get size(): number {
    return this.marks.size;
  }

  /** Is this mark still held (a step of a chunked job may meet one that was dropped since)? */
  has(mark: PageMark): boolean {
    return this.marks.get(mark.id) === mark;
  }

  newId(): number {
    return this.nextId++;
  }

  add(mark: PageMark): void {
    this.marks.set(mark.id, mark);
    this.perEntity.set(mark.entity, (this.perEntity.get(mark.entity) ?? 0) + 1);
    this.version++;
    for (const n of mark.nodes) {
      const list = this.byNode.get(n);
      if (list) list.push(mark);
      else this.byNode.set(n, [mark]);
    }
    this.ordered = null;
  }

  remove(mark: PageMark): void {
    if (!this.marks.delete(mark.id)) return;
    const left = (this.perEntity.get(mark.entity) ?? 1) - 1;
    if (left > 0) this.perEntity.set(mark.entity, left);
    else this.perEntity.delete(mark.entity);
    this.version++;
    for (const n of mark.nodes) {
      const list = this.byNode.get(n)?.filter((m) => m !== mark);
      if (list?.length) this.byNode.set(n, list);
      else this.byNode.delete(n);
    }
    this.ordered = null;
  }

  /** Removes and returns the marks for which `pred` holds. */
  removeWhere(pred: (m: PageMark) => boolean): PageMark[] {
    const gone = [...this.marks.values()].filter(pred);
    for (const m of gone) this.remove(m);
    return gone;
  }

  /** Marks on text nodes inside `root` (found through the node index, so a small root is cheap). */
  within(root: Node): PageMark[] {
    if (root.nodeType === Node.TEXT_NODE) return [...this.onNode(root)];
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found = new Set<PageMark>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) for (const m of this.onNode(n)) found.add(m);
    return [...found];
  }

  /**
   * Marks on text nodes inside any of `roots`. A few roots (a ticker line, a re-rendered paragraph): walk their
   * text. Many (a script adding thousands of blocks at once): walk up from each marked text node instead, so the
   * cost is the marks and their ancestors once, not a tree walker per root.
   */
  withinAny(roots: readonly Node[]): PageMark[] {
    return finishSteps(this.withinAnySteps(roots));
  }

  /**
   * {@link withinAny} as steps (a root, or a marked text node, per step): a pass over 2,000 changed blocks on a
   * page holding 10,000 marks looks at every marked node once, which is a step as long as the page.
   */
  *withinAnySteps(roots: readonly Node[]): Generator<void, PageMark[]> {
    const found = new Set<PageMark>();
    if (roots.length <= 32) {
      for (const r of roots) {
        for (const m of this.within(r)) found.add(m);
        yield;
      }
      return [...found];
    }
    const inside = insideAny(new Set(roots), (n: Node) => n.parentNode);
    for (const [node, marks] of [...this.byNode]) {
      if (inside(node)) for (const m of marks) found.add(m);
      yield;
    }
    return [...found];
  }

  clear(): PageMark[] {
    const all = [...this.marks.values()];
    this.marks.clear();
    this.byNode.clear();
    this.perEntity.clear();
    this.ordered = null;
    this.version++;
    return all;
  }

  all(): IterableIterator<PageMark> {
    return this.marks.values();
  }

  /** Marks that touch a text node. */
  onNode(node: Node): readonly PageMark[] {
    return node.nodeType === Node.TEXT_NODE ? (this.byNode.get(node as Text) ?? []) : [];
  }

  /** Marks whose range still holds a live range over `range`. */
  byRange(range: AbstractRange): PageMark | undefined {
    for (const m of this.onNode(range.startContainer)) {
      if (
        m.range.startOffset === range.startOffset &&
        m.range.endContainer === range.endContainer &&
        m.range.endOffset === range.endOffset
      )
        return m;
    }
    return undefined;
  }

  /**
   * Marks in document order (cached until the set changes). Not by `compareBoundaryPoints`: it counts a node's
   * siblings on every call, and 5,000 marks among 20,000 sibling paragraphs took most of a second to sort.
   */
  inDocumentOrder(): PageMark[] {
    return finishSteps(this.inDocumentOrderSteps());
  }

  /**
   * {@link inDocumentOrder} as steps (lib/page/doc-order.ts), for a caller that yields between them: the marks
   * held when it started, in document order (some may have been removed by the time it ends: check {@link has}).
   * The cache is filled only if the store did not change meanwhile.
   */
  *inDocumentOrderSteps(): Generator<void, PageMark[]> {
    if (this.ordered) return this.ordered;
    const version = this.version;
    const ordered = yield* sortByDocumentOrderSteps(
      [...this.marks.values()],
      (m) => ({ node: m.range.startContainer, offset: m.range.startOffset }),
      DOM_TREE,
    );
    if (version === this.version) this.ordered = ordered;
    return ordered;
  }

  /** Marks per entity: entity id → count. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.perEntity);
  }
}

/** The page's tree for `sortByDocumentOrder` (lib/page/doc-order.ts): a shadow root's parent is its host. */
const DOM_TREE: TreeAccess<Node> = {
  parent: (n) => n.parentNode ?? (n instanceof ShadowRoot ? n.host : null),
  children: (n) => n.childNodes,
};

/** Document order of two ranges; ranges in different trees (shadow roots, detached) compare by position of their roots. */
export function compareRanges(a: Range, b: Range): number {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  } catch {
    // WrongDocumentError: different roots (e.g. inside a shadow root); fall back to the hosts' order.
    const ra = a.startContainer.getRootNode();
    const rb = b.startContainer.getRootNode();
    const pa = ra instanceof ShadowRoot ? ra.host : a.startContainer;
    const pb = rb instanceof ShadowRoot ? rb.host : b.startContainer;
    const pos = pa.compareDocumentPosition(pb);
    return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
  }
}
