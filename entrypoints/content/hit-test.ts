/**
 * Which mark is under a point. Highlights have no element to receive events, so we ask the browser:
 * `CSS.highlights.highlightsFromPoint` where it exists (Chrome 140+), otherwise the caret position at the point
 * and the marks stored for that text node. The caret answer is the *nearest* caret, even in a margin beside
 * the text, so the point must also fall inside one of the range's boxes.
 */
/**
 * What hit-testing needs from a set of painted ranges: the name marks' MarkStore and the reporting sentences of
 * the quote stage both provide it.
 */
export interface HitIndex<T extends { range: Range }> {
  readonly size: number;
  onNode(node: Node): readonly T[];
  byRange(range: AbstractRange): T | undefined;
}

type HitResult = { highlight: Highlight; ranges: AbstractRange[] };
type HighlightsFromPoint = (
  x: number,
  y: number,
  options?: { shadowRoots?: ShadowRoot[] },
) => (HitResult | Highlight)[];

const inside = (r: Range, x: number, y: number): boolean => {
  for (const box of r.getClientRects()) {
    if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) return true;
  }
  return false;
};

function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      options?: { shadowRoots?: ShadowRoot[] },
    ) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    // Without `shadowRoots`, a position inside a shadow tree is reported on its host.
    const p = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/**
 * The mark under viewport point (x, y), or null. `names` limits the answer to highlights we painted;
 * `shadowRoots` are the page's open shadow roots that hold marks (the browser only looks into those it is given).
 */
export function markAtPoint<T extends { range: Range }>(
  x: number,
  y: number,
  store: HitIndex<T>,
  names: readonly string[],
  shadowRoots: ShadowRoot[] = [],
): T | null {
  if (store.size === 0) return null;
  const registry = CSS.highlights as HighlightRegistry & { highlightsFromPoint?: HighlightsFromPoint };
  if (typeof registry.highlightsFromPoint === 'function') {
    try {
      const ours = new Set(names.map((n) => registry.get(n)).filter(Boolean));
      for (const hit of registry.highlightsFromPoint(x, y, { shadowRoots })) {
        if (!('ranges' in hit) || !ours.has(hit.highlight)) continue;
        for (const r of hit.ranges) {
          const m = store.byRange(r);
          if (m) return m;
        }
      }
    } catch {
      // Older shapes of the API (it returned bare Highlights at first): use the caret path below.
    }
  }
  const caret = caretAt(x, y, shadowRoots);
  if (!caret) return null;
  for (const m of store.onNode(caret.node)) if (inside(m.range, x, y)) return m;
  return null;
}
