/**
 * Reads a page's visible text as blocks, for the matcher, and turns match offsets back into DOM Ranges.
 *
 * Works with any DOM implementation (Chromium, happy-dom, linkedom): it uses only `createTreeWalker` with
 * `nextNode()` (linkedom ignores walker filters, so skipping is done here), element attributes, and
 * `createRange` in {@link blockRange}. One pass over the nodes; per-element answers (skipped? which block?)
 * are cached, so a 5 MB page costs one walk plus a few map look-ups per text node.
 */

/** Text joined across inline elements, split at block boundaries. */
export interface TextBlock {
  /** The concatenated data of `nodes`, nothing added between them. */
  text: string;
  nodes: Text[];
  /** `nodeStarts[i]`: UTF-16 offset in `text` where `nodes[i]` begins. */
  nodeStarts: number[];
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/** Elements whose text is not page text a reader sees, or that the user is editing. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SVG',
  'MATH',
  'INLINE-CONTEXT-CARD',
]);

/**
 * Inline elements: text on either side belongs to the same block (`<b>Luka</b>shenko`). Everything else
 * (p, div, li, td, h1…, br, hr, img…) separates blocks. Decided by tag, not computed style, so that reading
 * never forces a style recalculation per element.
 */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'RP',
  'RT',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'NOBR',
  'BIG',
  'TT',
  'STRIKE',
  'ACRONYM',
  'LABEL',
  'OUTPUT',
]);

interface StyleProbe {
  checkVisibility?: (options?: Record<string, boolean>) => boolean;
}

/**
 * Whether an element is rendered, where the DOM computes styles: `display: none` or `visibility: hidden`
 * on it or an ancestor hides it. Asked once per text block (and once per matched node in `spotDocument`),
 * not per element: on a 5 MB page a style query per element costs more than the whole walk.
 * `styles.ok` turns false once `getComputedStyle` refuses our elements (a linkedom document in a test whose
 * global window is happy-dom's), so one refusal does not cost an exception per block.
 */
export class VisibilityProbe {
  private readonly cache = new Map<Element, boolean>();
  private ok = true;

  isVisible(el: Element): boolean {
    let answer = this.cache.get(el);
    if (answer === undefined) {
      answer = this.compute(el);
      this.cache.set(el, answer);
    }
    return answer;
  }

  private compute(el: Element): boolean {
    const probe = el as unknown as StyleProbe;
    // Chromium: checkVisibility answers from layout data and covers the ancestors.
    if (typeof probe.checkVisibility === 'function') {
      return probe.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true });
    }
    const view = el.ownerDocument?.defaultView;
    if (!this.ok || !view || typeof view.getComputedStyle !== 'function') return true;
    try {
      const style = view.getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
    } catch {
      this.ok = false;
      return true;
    }
    const parent = parentOf(el);
    return parent?.nodeType === 1 ? this.isVisible(parent as Element) : true;
  }
}

/** Skipped by markup alone: tag, `hidden`, `contenteditable`, our own UI. Cheap: no style queries. */
function isSkippedSelf(el: Element, tag: string): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  // Most elements carry no attributes at all; skip three attribute look-ups for them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-inline-context')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * One walk's state. The TreeWalker gives nodes in document order but no "leaving an element" event, so a
 * stack of open elements is kept: a node whose parent is not on top means the elements above its parent
 * were closed. That gives block boundaries and inherited skipping without any per-node map look-up.
 */
class Reader {
  readonly blocks: TextBlock[] = [];
  private readonly visibility: VisibilityProbe | null;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;
  /** The innermost block element around the current block, for the style check. */
  private container: Node | null = null;

  constructor(checkStyles: boolean) {
    this.visibility = checkStyles ? new VisibilityProbe() : null;
  }

  flush(): void {
    if (this.nodes.length > 0) {
      const text = this.parts.join('');
      const container = this.container;
      const visible =
        !this.visibility || container?.nodeType !== 1 || this.visibility.isVisible(container as Element);
      if (visible && /\S/.test(text)) this.blocks.push({ text, nodes: this.nodes, nodeStarts: this.starts });
      this.nodes = [];
      this.starts = [];
      this.parts = [];
      this.length = 0;
    }
  }

  walk(root: Node, doc: Document): void {
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    // Open elements, from `root` down: the node, whether it is skipped, whether it is a block.
    const open: Node[] = [root];
    const skipped: boolean[] = [false];
    const block: boolean[] = [true];
    let top = 0;
    let pendingBreak = true;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentNode;
      while (top > 0 && open[top] !== parent) {
        if (block[top]) pendingBreak = true; // leaving a block element
        top--;
      }
      if (node.nodeType === 1) {
        const el = node as Element;
        const tag = el.tagName.toUpperCase();
        const isSkipped = (skipped[top] as boolean) || isSkippedSelf(el, tag);
        const isBlock = !INLINE_TAGS.has(tag);
        if (isBlock) pendingBreak = true; // entering a block element (or <br>)
        top++;
        open[top] = el;
        skipped[top] = isSkipped;
        block[top] = isBlock;
        const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
        if (shadow && !isSkipped) {
          this.flush();
          this.walk(shadow, doc);
          pendingBreak = true;
        }
        continue;
      }
      if (skipped[top]) continue;
      const data = (node as Text).data;
      if (!data) continue;
      if (pendingBreak) {
        this.flush();
        pendingBreak = false;
        let b = top;
        while (b > 0 && !block[b]) b--;
        this.container = open[b] as Node;
      }
      this.nodes.push(node as Text);
      this.starts.push(this.length);
      this.parts.push(data);
      this.length += data.length;
    }
    this.flush();
  }
}

/** The parent element, or the host of a shadow root, or null. */
function parentOf(node: Node): Node | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent;
}

/**
 * The visible text of `root` in reading order, as blocks: text is joined across inline elements and split
 * at block boundaries (and `<br>`). Enters open shadow roots; skips script/style/noscript/template, form
 * fields, `[contenteditable]`, `[hidden]`, and our own UI (`inline-context-card`, `[data-inline-context]`).
 * Where the DOM computes styles, a block whose container is `display: none` / `visibility: hidden` (itself
 * or an ancestor) is dropped; an inline element hidden by style inside a visible block is not seen here
 * (one style query per element would dominate the walk) — `spotDocument` re-checks each match's element.
 */
export interface ReadOptions {
  /**
   * Query styles once per block (default true). `spotDocument` passes false and checks only the elements
   * that hold a match, which on a large page is a few hundred queries instead of thousands.
   */
  checkStyles?: boolean;
}

export function readTextBlocks(root: Document | Element, options: ReadOptions = {}): TextBlock[] {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const start = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  const reader = new Reader(options.checkStyles ?? true);
  if (!start || !doc) return [];
  reader.walk(start, doc);
  reader.flush();
  return reader.blocks;
}

/** The index of the node holding offset `at`; at a seam, the node that starts there (or ends, if `end`). */
function nodeAt(block: TextBlock, at: number, end: boolean): number {
  let lo = 0;
  let hi = block.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = block.nodeStarts[mid] as number;
    if (s < at || (!end && s === at)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text node holding offset `at` of a block (at a seam, the node that starts there). */
export function blockNodeAt(block: TextBlock, at: number): Text {
  return block.nodes[nodeAt(block, at, false)] as Text;
}

/** A DOM Range over `block.text.slice(start, end)` (UTF-16 offsets), spanning nodes as needed. */
export function blockRange(block: TextBlock, start: number, end: number): Range {
  const first = nodeAt(block, start, false);
  const last = nodeAt(block, end, true);
  const startNode = block.nodes[first] as Text;
  const endNode = block.nodes[last] as Text;
  const doc = startNode.ownerDocument;
  const range = doc.createRange();
  if (typeof range.setStart !== 'function') {
    throw new TypeError(
      'inline-context: this DOM implementation has no Range.setStart (linkedom); use happy-dom',
    );
  }
  range.setStart(startNode, start - (block.nodeStarts[first] as number));
  range.setEnd(endNode, end - (block.nodeStarts[last] as number));
  return range;
}
