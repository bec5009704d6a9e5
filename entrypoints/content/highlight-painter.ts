/**
 * Paints marks with the CSS Custom Highlight API: the ranges are registered with `CSS.highlights` and styled
 * by `::highlight()` rules in highlights.css, so the page's DOM is never touched (no `<mark>` wrapping, which
 * breaks React pages and would feed our own MutationObserver). Which mark gets which style is decided by
 * lib/page/paint-plan.ts; a mark that is not painted sits in the unstyled `quiet` highlight, so hit-testing
 * (`highlightsFromPoint`) still finds it.
 */
import type { MarkStyle } from '../../lib/page/paint-plan.ts';
import type { PageMark } from './mark-store.ts';

/** Highlight names; other tools (tests, the bench) read them. They all start with `inline-context`. */
export const HIGHLIGHT = {
  person: 'inline-context-person',
  topic: 'inline-context-topic',
  quiet: 'inline-context-quiet',
  focus: 'inline-context-focus',
} as const;

/** Whether this browser has the Custom Highlight API (Chrome 105+, Safari 17.2+, Firefox 140+). */
export const canHighlight = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class HighlightPainter {
  private readonly highlights: Record<MarkStyle | 'focus', Highlight> = {
    person: new Highlight(),
    topic: new Highlight(),
    quiet: new Highlight(),
    focus: new Highlight(),
  };
  private readonly styles = new Map<PageMark, MarkStyle>();
  private visible = true;

  constructor() {
    // Focus is painted above the mark styles.
    this.highlights.focus.priority = 1;
    this.register(true);
  }

  /** Is this mark painted (a visible style), so the keyboard's next/previous visits it? */
  shows(m: PageMark): boolean {
    const style = this.styles.get(m);
    return this.visible && !!style && style !== 'quiet';
  }

  /** Can the pointer or keyboard reach this mark (painted or quiet)? Nothing is reachable while marks are hidden. */
  reaches(m: PageMark): boolean {
    return this.visible && this.styles.has(m);
  }

  /** Adds or restyles one mark. */
  set(m: PageMark, style: MarkStyle): void {
    const was = this.styles.get(m);
    if (was === style) return;
    if (was) this.highlights[was].delete(m.range);
    this.styles.set(m, style);
    this.highlights[style].add(m.range);
  }

  remove(m: PageMark): void {
    const was = this.styles.get(m);
    if (was) this.highlights[was].delete(m.range);
    this.styles.delete(m);
    this.highlights.focus.delete(m.range);
  }

  /**
   * {@link remove} for the cap's thousands of drops: every highlight is cleared and given back the ranges of the
   * marks it keeps, in one go (the keyboard's focus goes too). Firefox ESR 140.12 does work per delete from a
   * registered highlight that grows with its size (~1.3 ms each among 10,000 ranges: a 20,000-block burst's 6,000
   * drops took 30 s), where clearing one and adding 8,000 back took 9 ms.
   */
  forget(marks: readonly PageMark[]): void {
    for (const h of Object.values(this.highlights)) h.clear();
    for (const m of marks) this.styles.delete(m);
    for (const [m, style] of this.styles) this.highlights[style].add(m.range);
  }

  /** Applies a paint plan: `styles[i]` for `marks[i]`. Marks not given keep their style. */
  apply(marks: readonly PageMark[], styles: readonly MarkStyle[]): void {
    for (const [i, m] of marks.entries()) this.set(m, styles[i] ?? 'quiet');
  }

  /**
   * Shows or hides every mark (the reader's show/hide, "nothing until I ask"). The highlights keep their ranges;
   * hiding takes them out of `CSS.highlights`, so neither the page's paint nor hit-testing sees them, and showing
   * puts them back: the same cost for 5 marks or 5,000, where emptying and refilling them was one task growing
   * with the page.
   */
  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    // The keyboard's focus does not come back with the marks.
    if (!visible) this.highlights.focus.clear();
    this.register(visible);
  }

  /** Paints the keyboard focus over a mark or a reporting sentence (anything with a range). */
  setFocus(m: { range: Range } | null): void {
    this.highlights.focus.clear();
    if (m && this.visible) this.highlights.focus.add(m.range);
  }

  destroy(): void {
    this.register(false);
  }

  /** Registers our highlights with the page's registry, or takes out those that are still ours. */
  private register(on: boolean): void {
    for (const [style, h] of Object.entries(this.highlights)) {
      const name = HIGHLIGHT[style as MarkStyle];
      if (on) CSS.highlights.set(name, h);
      else if (CSS.highlights.get(name) === h) CSS.highlights.delete(name);
    }
  }
}
