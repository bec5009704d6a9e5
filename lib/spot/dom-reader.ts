/**
 * Reads a page's visible text as blocks (a paragraph, a heading, a list item…) for the matcher, with the text
 * nodes each block is made of, so an offset into a block maps back to an exact DOM position
 * (`block-range.ts`). This is the project's only reader: `npm run scan`, the eval, the baselines, the bench and
 * the content script all read pages through {@link iterTextBlocks}, so the CLI and the extension cannot disagree
 * about what a page says.
 *
 * A generator, so the content script can read a 5 MB page in time-boxed chunks (it pulls a few blocks, yields
 * to the browser, pulls more); {@link readTextBlocks} is the same read in one call, for the CLI and tests.
 *
 * Works with any DOM implementation (Chromium, happy-dom, linkedom): it uses only `createTreeWalker` with
 * `nextNode()`, element attributes and tag names. Skipping is decided here rather than in a walker filter:
 * linkedom ignores filters, and in Chromium a JavaScript filter callback per node costs more than the checks.
 * One pass over the nodes, no per-node map look-ups, and no style query unless asked for (once per block).
 * Offsets are UTF-16 code units. Nothing here touches `window`: DOM objects come in as arguments.
 */
import { INLINE_TAGS, insideSkipped, isSkippedSelf } from './read-rules.ts';
import { VisibilityProbe } from './visibility-probe.ts';

/** Text joined across inline elements, split at block boundaries. */
export interface TextBlock {
  /** The concatenated data of `nodes`, nothing added between them. */
  text: string;
  /** The block's text nodes in document order; none is empty. */
  nodes: Text[];
  /** `nodeStarts[i]`: UTF-16 offset in `text` where `nodes[i]` begins. */
  nodeStarts: number[];
}

export interface WalkOptions {
  /**
   * Asked once per block: a block whose container is `display: none` / `visibility: hidden` is dropped. Without
   * one, styles are not asked: the content script reads so, because a style query between the page's own work
   * forces a style recalculation, and styles change later anyway (a hidden block costs nothing to paint).
   */
  visibility?: VisibilityProbe;
  /** Called with each open shadow root as the reader enters it (the content script observes it). */
  onShadowRoot?(root: ShadowRoot): void;
}

export interface ReadOptions {
  /** Query styles once per block, with a {@link VisibilityProbe} (default true; see {@link WalkOptions}). */
  checkStyles?: boolean;
  onShadowRoot?(root: ShadowRoot): void;
}

/** Elements whose line breaks show (by tag: styles are not asked while reading; see read-rules.ts). */
const PREFORMATTED_TAGS = new Set(['PRE', 'LISTING', 'XMP', 'PLAINTEXT']);
const SOURCE_BREAKS = /[\n\r\t]/g;

/**
 * Text with source line breaks and tabs read as spaces, as the reader gives a block outside preformatted text:
 * to compare a Range's `toString()` (the nodes' raw data) with a mark's or a sentence's text.
 */
export const asRead = (text: string): string => text.replace(SOURCE_BREAKS, ' ');

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/**
 * The block being built: its nodes, their start offsets, and its text in parts (joined once, at the end). The
 * lists are reused from block to block and a block gets exact-size copies: a list grown by `push` keeps room for
 * 17 entries, and a 5 MB page keeps ~19,000 blocks' lists until its marks are made (every young-generation
 * collection in between copies what they hold).
 */
class BlockBuilder {
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private count = 0;
  private length = 0;
  /** The innermost block element around the block, for the style check. */
  container: Node | null = null;

  add(node: Text, data: string): void {
    const i = this.count++;
    this.nodes[i] = node;
    this.starts[i] = this.length;
    this.parts[i] = data;
    this.length += data.length;
  }

  /** The block so far, if it has any non-space text (and is visible, when styles are checked); then empties. */
  take(visibility: VisibilityProbe | null): TextBlock | null {
    const n = this.count;
    if (n === 0) return null;
    // One part joins to itself: a block of one text node keeps the node's own string.
    const text = this.parts.slice(0, n).join('');
    const container = this.container;
    const visible = !visibility || container?.nodeType !== 1 || visibility.isVisible(container as Element);
    const block =
      visible && /\S/.test(text)
        ? { text, nodes: this.nodes.slice(0, n), nodeStarts: this.starts.slice(0, n) }
        : null;
    this.count = 0;
    this.length = 0;
    return block;
  }
}

/** One tree being walked: the document's (or the scan root's), or an open shadow root read in place. */
interface Frame {
  root: Node;
  walker: TreeWalker;
  /** Open elements, from `root` down: the node, whether it is skipped, whether it is a block, whether it keeps line breaks. */
  open: Node[];
  skipped: boolean[];
  block: boolean[];
  pre: boolean[];
  top: number;
  pendingBreak: boolean;
  current: BlockBuilder;
}

const frameOf = (root: Node, doc: Document): Frame => ({
  root,
  walker: doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT),
  open: [root],
  skipped: [false],
  block: [true],
  pre: [false],
  top: 0,
  pendingBreak: true,
  current: new BlockBuilder(),
});

/**
 * One walk over `root` (and, in place, over the open shadow roots inside it). The TreeWalker gives nodes in
 * document order but no "leaving an element" event, so a stack of open elements is kept: a node whose parent
 * is not on top means the elements above its parent were closed. That gives block boundaries and inherited
 * skipping without any per-node map look-up. Shadow roots nested in shadow roots are a stack of frames, not
 * recursion: a page nesting them thousands deep cannot exhaust the call stack (a `yield*` per level did).
 */
function* walk(
  root: Node,
  doc: Document,
  visibility: VisibilityProbe | null,
  onShadowRoot: ((root: ShadowRoot) => void) | undefined,
): Generator<TextBlock, void, undefined> {
  const frames: Frame[] = [frameOf(root, doc)];
  outer: while (frames.length > 0) {
    const f = frames[frames.length - 1] as Frame;
    const { walker, open, skipped, block, current } = f;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentNode;
      while (f.top > 0 && open[f.top] !== parent) {
        if (block[f.top]) f.pendingBreak = true; // leaving a block element
        f.top--;
      }
      if (f.top === 0 && parent !== f.root) {
        // The parent was never opened: the page moved nodes while we were paused between blocks (the walker
        // is live). Rebuild the stack from the node's real ancestors rather than read it as a child of `root`,
        // which would lose an enclosing `[hidden]` or editor.
        const chain: Element[] = [];
        let p: Node | null = parent;
        while (p && p !== f.root) {
          chain.push(p as Element);
          p = p.parentNode;
        }
        // Not under `root` any more: the walker is inside a detached subtree and will not come back.
        if (!p) break;
        for (let i = chain.length - 1; i >= 0; i--) {
          const el = chain[i] as Element;
          const tag = el.tagName.toUpperCase();
          f.top++;
          open[f.top] = el;
          skipped[f.top] = (skipped[f.top - 1] as boolean) || isSkippedSelf(el, tag);
          block[f.top] = !INLINE_TAGS.has(tag);
          f.pre[f.top] = (f.pre[f.top - 1] as boolean) || PREFORMATTED_TAGS.has(tag);
        }
        f.pendingBreak = true;
      }
      if (node.nodeType === 1) {
        const el = node as Element;
        const tag = el.tagName.toUpperCase();
        const isSkipped = (skipped[f.top] as boolean) || isSkippedSelf(el, tag);
        const isBlock = !INLINE_TAGS.has(tag);
        if (isBlock) f.pendingBreak = true; // entering a block element (or <br>)
        f.top++;
        open[f.top] = el;
        skipped[f.top] = isSkipped;
        block[f.top] = isBlock;
        f.pre[f.top] = (f.pre[f.top - 1] as boolean) || PREFORMATTED_TAGS.has(tag);
        const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
        if (shadow && !isSkipped) {
          // Read in place of the host, where the browser renders it: the old content-script reader read
          // shadow roots after the whole light tree, which put a widget's text out of reading order (and the
          // page rules care about order: a full name first, a bare surname later).
          const before = current.take(visibility);
          f.pendingBreak = true; // the host's light children start a new block after the shadow tree
          onShadowRoot?.(shadow);
          frames.push(frameOf(shadow, doc));
          if (before) yield before;
          continue outer;
        }
        continue;
      }
      if (skipped[f.top]) continue;
      const raw = (node as Text).data;
      if (!raw) continue;
      // A line break or tab in the page's source is a space on screen, except in preformatted text: the block
      // reads as rendered, so a paragraph wrapped in the HTML source is not cut into sentences at each wrap.
      // One character for one, so offsets into the block still map onto the node.
      const data = f.pre[f.top] ? raw : asRead(raw);
      if (f.pendingBreak) {
        const done = current.take(visibility);
        f.pendingBreak = false;
        let b = f.top;
        while (b > 0 && !block[b]) b--;
        current.container = open[b] as Node;
        // Yield only after the state above is settled: the caller may pause here for as long as it likes.
        if (done) yield done;
      }
      current.add(node as Text, data);
    }
    const last = current.take(visibility);
    frames.pop();
    if (last) yield last;
  }
}

/**
 * The visible text under `root` in reading order, one block at a time: text is joined across inline
 * elements and split at block boundaries (and `<br>`). Open shadow roots are read in place of their host.
 * Skips what a reader does not read as the page's text or what must not be marked (`read-rules.ts`), and
 * reads nothing when `root` itself lies inside such an element. Text nodes made only of whitespace do not
 * make a block. With a `visibility` probe, a block whose container is hidden by style is dropped; an inline
 * element hidden by style inside a visible block is not seen here (one style query per element would dominate
 * the walk). Without one (the content script), styles are not asked.
 *
 * The page may change between two blocks; the walk follows the live tree from where it paused.
 */
export function* iterTextBlocks(
  root: Document | Element | ShadowRoot,
  options: WalkOptions = {},
): Generator<TextBlock, void, undefined> {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const start: Node | null =
    root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  if (!doc || !start) return;
  // A whole document being edited (an editor's frame in design mode), or a root inside skipped markup.
  if (doc.designMode === 'on' || insideSkipped(start)) return;
  yield* walk(start, doc, options.visibility ?? null, options.onShadowRoot);
}

/**
 * All blocks of {@link iterTextBlocks} at once, for the CLI, the baselines and tests: styles are checked unless
 * `checkStyles` is false. (The probe is made here, not in the generator, so the content script does not carry it.)
 */
export function readTextBlocks(
  root: Document | Element | ShadowRoot,
  options: ReadOptions = {},
): TextBlock[] {
  const visibility = (options.checkStyles ?? true) ? new VisibilityProbe() : undefined;
  return Array.from(iterTextBlocks(root, { visibility, onShadowRoot: options.onShadowRoot }));
}
