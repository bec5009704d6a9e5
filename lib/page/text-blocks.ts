/**
 * Reads a page's text as blocks (a paragraph, a heading, a list item…) the spotter can scan, with the text
 * nodes each block is made of, so an offset into the block's text maps back to an exact DOM position.
 *
 * A generator, so the content script can read a 5 MB page in time-boxed chunks. It walks open shadow roots
 * (their text is the page's text too), and skips what a reader does not read as article text or what must not
 * be marked: scripts and styles, form fields, editable regions (marking someone's draft would be wrong, and
 * their editor may re-render on any change), SVG, and our own UI.
 *
 * Offsets are UTF-16 code units. DOM objects come in as arguments; nothing here touches `window`.
 *
 * Why not lib/spot/dom-reader.ts's `readTextBlocks`: it reads the whole page in one synchronous call (with a
 * visibility check per element), which suits the CLI and the baselines, but cannot yield between blocks, and
 * the page side must stay under 50 ms per task on a 5 MB article. The block rules (inline tags, skipped
 * elements) follow the same idea.
 */

/** One block of text and the text nodes it is made of. */
export interface TextBlock {
  text: string;
  nodes: Text[];
  /** `nodeStarts[i]` is the offset in `text` where `nodes[i]` begins. */
  nodeStarts: number[];
}

/** Elements whose text is never read. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'svg',
  'math',
  'INLINE-CONTEXT-CARD',
]);

/** Elements that continue the surrounding block rather than starting one (phrasing content). */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'RB',
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
]);

/** Should this element and its subtree be left alone? */
export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName) || SKIP.has(el.localName)) return true;
  if (el.hasAttribute('data-inline-context')) return true;
  // `isContentEditable` is false in some DOM shims; the attribute covers them.
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  return (el as HTMLElement).isContentEditable === true;
}

const isInline = (el: Element): boolean => INLINE.has(el.tagName);

/**
 * The element whose text forms the block `node` belongs to: the nearest ancestor that is not phrasing
 * content. A change inside it is rescanned as a unit.
 */
export function blockContainer(node: Node): Element | null {
  let p: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (p && p.nodeType === 1 && isInline(p as Element)) p = p.parentNode;
  return p && p.nodeType === 1 ? (p as Element) : null;
}

/**
 * Yields the text blocks under `root` in document order, then those of open shadow roots inside it.
 * Text nodes made only of whitespace do not start a block.
 */
export function* iterTextBlocks(
  root: Document | Element | ShadowRoot,
  onShadowRoot?: (shadow: ShadowRoot) => void,
): Generator<TextBlock> {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const start: Node =
    root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  if (!start) return;
  if (start.nodeType === 1 && isSkipped(start as Element)) return;
  const shadows: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(start, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(n) {
      if (n.nodeType !== 1) return 1; // FILTER_ACCEPT
      const el = n as Element;
      if (isSkipped(el)) return 2; // FILTER_REJECT: skips the subtree
      if (el.shadowRoot) shadows.push(el.shadowRoot);
      return 1;
    },
  });
  let current: TextBlock | null = null;
  let currentBlock: Node | null = null;
  const blockOf = new Map<Node, Node>();
  const blockAncestor = (t: Text): Node => {
    const parent = t.parentNode as Node;
    const cached = blockOf.get(parent);
    if (cached) return cached;
    let p: Node | null = parent;
    while (p && p !== start && p.nodeType === 1 && isInline(p as Element)) p = p.parentNode;
    const b = p ?? start;
    blockOf.set(parent, b);
    return b;
  };
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== 3) {
      // A new block-level element ends the current block even if its first text is further down.
      if (!isInline(n as Element) && current) {
        if (current.text.trim()) yield current;
        current = null;
        currentBlock = null;
      }
      continue;
    }
    const t = n as Text;
    const data = t.data;
    if (!data) continue;
    const b = blockAncestor(t);
    if (!current || b !== currentBlock) {
      if (current?.text.trim()) yield current;
      current = { text: '', nodes: [], nodeStarts: [] };
      currentBlock = b;
    }
    current.nodeStarts.push(current.text.length);
    current.nodes.push(t);
    current.text += data;
  }
  if (current?.text.trim()) yield current;
  for (const s of shadows) {
    onShadowRoot?.(s);
    yield* iterTextBlocks(s, onShadowRoot);
  }
}

/** All blocks at once (tests, small subtrees). */
export const readTextBlocks = (root: Document | Element | ShadowRoot): TextBlock[] => [
  ...iterTextBlocks(root),
];

/** Index of the node holding offset `at` (the last node starting at or before it). */
function nodeIndex(block: TextBlock, at: number): number {
  let lo = 0;
  let hi = block.nodeStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((block.nodeStarts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text nodes and offsets for `[start, end)` of a block; `end > start`. */
export function blockPositions(
  block: TextBlock,
  start: number,
  end: number,
): { startNode: Text; startOffset: number; endNode: Text; endOffset: number; nodes: Text[] } {
  const si = nodeIndex(block, start);
  // The end is found from its last character, so a match ending exactly at a node boundary stays in that node.
  const ei = nodeIndex(block, end - 1);
  return {
    startNode: block.nodes[si] as Text,
    startOffset: start - (block.nodeStarts[si] as number),
    endNode: block.nodes[ei] as Text,
    endOffset: end - (block.nodeStarts[ei] as number),
    nodes: block.nodes.slice(si, ei + 1),
  };
}

/** A live DOM range over `[start, end)` of a block. */
export function blockRange(block: TextBlock, start: number, end: number): Range {
  const p = blockPositions(block, start, end);
  const r = p.startNode.ownerDocument.createRange();
  r.setStart(p.startNode, p.startOffset);
  r.setEnd(p.endNode, p.endOffset);
  return r;
}
