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
 * Hidden by attribute, or (where the DOM computes styles) by `display: none` / `visibility: hidden`.
 * `styles.ok` turns false once `getComputedStyle` refuses our elements (a linkedom document in a test
 * whose global window is happy-dom's), so one refusal does not cost an exception per element.
 */
function isHidden(el: Element, styles: { ok: boolean }): boolean {
  if (el.hasAttribute('hidden')) return true;
  const probe = el as unknown as StyleProbe;
  // Chromium: checkVisibility answers from layout data without building a style object per element.
  if (typeof probe.checkVisibility === 'function') {
    return !probe.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true });
  }
  const view = el.ownerDocument?.defaultView;
  if (styles.ok && view && typeof view.getComputedStyle === 'function') {
    try {
      const style = view.getComputedStyle(el);
      return style.display === 'none' || style.visibility === 'hidden';
    } catch {
      styles.ok = false;
    }
  }
  return false;
}

function isSkippedSelf(el: Element, styles: { ok: boolean }): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (el.hasAttribute('data-inline-context')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return isHidden(el, styles);
}

class Reader {
  readonly blocks: TextBlock[] = [];
  private readonly skipped = new Map<Node, boolean>();
  private readonly styles = { ok: true };
  private readonly blockOf = new Map<Node, Node>();
  private current: TextBlock = { text: '', nodes: [], nodeStarts: [] };
  private parts: string[] = [];
  private currentBlock: Node | null = null;
  private pendingBreak = false;

  /** True when `node` (an element or a shadow root) or an ancestor is skipped. Cached per element. */
  private isSkipped(node: Node | null): boolean {
    if (node?.nodeType !== 1) return false;
    let answer = this.skipped.get(node);
    if (answer === undefined) {
      answer = isSkippedSelf(node as Element, this.styles) || this.isSkipped(parentOf(node));
      this.skipped.set(node, answer);
    }
    return answer;
  }

  /** The nearest block-level ancestor (or the shadow root / root) that contains `node`. */
  private blockFor(node: Node): Node {
    let block = this.blockOf.get(node);
    if (block === undefined) {
      const parent = parentOf(node);
      const isInline = node.nodeType === 1 && INLINE_TAGS.has((node as Element).tagName.toUpperCase());
      block = isInline && parent ? this.blockFor(parent) : node;
      this.blockOf.set(node, block);
    }
    return block;
  }

  flush(): void {
    if (this.current.nodes.length > 0) {
      this.current.text = this.parts.join('');
      if (this.current.text.trim()) this.blocks.push(this.current);
    }
    this.current = { text: '', nodes: [], nodeStarts: [] };
    this.parts = [];
    this.currentBlock = null;
  }

  walk(root: Node, doc: Document): void {
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    let length = this.parts.reduce((n, p) => n + p.length, 0);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (!INLINE_TAGS.has(el.tagName.toUpperCase())) this.pendingBreak = true;
        const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
        if (shadow && !this.isSkipped(el)) {
          this.flush();
          this.walk(shadow, doc);
          this.flush();
          length = 0;
        }
        continue;
      }
      const parent = parentOf(node);
      if (!parent || this.isSkipped(parent)) continue;
      const data = (node as Text).data;
      if (!data) continue;
      const block = this.blockFor(parent);
      if (this.pendingBreak || block !== this.currentBlock) {
        this.flush();
        length = 0;
        this.currentBlock = block;
        this.pendingBreak = false;
      }
      this.current.nodes.push(node as Text);
      this.current.nodeStarts.push(length);
      this.parts.push(data);
      length += data.length;
    }
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
 * fields, `[contenteditable]`, hidden elements, and our own UI (`inline-context-card`, `[data-inline-context]`).
 */
export function readTextBlocks(root: Document | Element): TextBlock[] {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const start = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  const reader = new Reader();
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
