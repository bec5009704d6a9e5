/**
 * Whether an element is rendered, where the DOM computes styles. Kept apart from the reader because it is
 * asked rarely on purpose: once per block while reading (`checkStyles`); never once per element (on a 5 MB page that costs more than the whole walk).
 */

interface StyleProbe {
  checkVisibility?: (options?: Record<string, boolean>) => boolean;
}

/**
 * `display: none` or `visibility: hidden` on an element or an ancestor hides it. Answers are cached per
 * element. After one refusal of `getComputedStyle` (a linkedom document in a test whose global window is
 * happy-dom's) styles are no longer asked, so one refusal does not cost an exception per block.
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
    const parent = composedParent(el);
    return parent?.nodeType === 1 ? this.isVisible(parent as Element) : true;
  }
}

/** The parent node, crossing out of a shadow root to its host; null at the top (or a detached fragment). */
export function composedParent(node: Node): Node | null {
  const parent = node.nodeType === 11 ? node : node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent;
}
