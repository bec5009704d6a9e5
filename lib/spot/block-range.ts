/**
 * From offsets in a {@link TextBlock}'s text back to the DOM: the text nodes and in-node offsets, or a Range.
 * Offsets are UTF-16 code units, as in `TextBlock.text`. Relies on the reader's invariant that no node in a
 * block is empty, so `nodeStarts` is strictly increasing and every offset has exactly one node.
 */
import type { TextBlock } from './dom-reader.ts';

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

/** Where `[start, end)` of a block lies in the DOM. */
export interface BlockPositions {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** Every text node the span touches, first to last (the content script indexes marks by node). */
  nodes: Text[];
}

/**
 * The text nodes and offsets for `[start, end)` of a block, `end > start`. A span ending exactly where a node
 * ends stays in that node (it does not reach into the next node at offset 0).
 */
export function blockPositions(block: TextBlock, start: number, end: number): BlockPositions {
  const first = nodeAt(block, start, false);
  const last = nodeAt(block, end, true);
  return {
    startNode: block.nodes[first] as Text,
    startOffset: start - (block.nodeStarts[first] as number),
    endNode: block.nodes[last] as Text,
    endOffset: end - (block.nodeStarts[last] as number),
    nodes: block.nodes.slice(first, last + 1),
  };
}

/** A live DOM Range over `block.text.slice(start, end)`, spanning nodes as needed. */
export function blockRange(block: TextBlock, start: number, end: number): Range {
  // Not through blockPositions: a page of Ranges should not build a node list per Range it never reads.
  const first = nodeAt(block, start, false);
  const last = nodeAt(block, end, true);
  const startNode = block.nodes[first] as Text;
  const range = startNode.ownerDocument.createRange();
  if (typeof range.setStart !== 'function') {
    throw new TypeError(
      'inline-context: this DOM implementation has no Range.setStart (linkedom); use happy-dom',
    );
  }
  range.setStart(startNode, start - (block.nodeStarts[first] as number));
  range.setEnd(block.nodes[last] as Text, end - (block.nodeStarts[last] as number));
  return range;
}
