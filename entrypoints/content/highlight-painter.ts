/**
 * Paints marks with the CSS Custom Highlight API: the ranges are registered with `CSS.highlights` and styled
 * by `::highlight()` rules in highlights.css, so the page's DOM is never touched (no `<mark>` wrapping, which
 * breaks React pages and would feed our own MutationObserver).
 */
import type { MarkMode } from '../../lib/settings/schema.ts';
import type { PageMark } from './mark-store.ts';

/** Highlight names; other tools (tests, the bench) read them. They all start with `inline-context`. */
export const HIGHLIGHT = {
  person: 'inline-context-person',
  topic: 'inline-context-topic',
  focus: 'inline-context-focus',
} as const;

/** Whether this browser has the Custom Highlight API (Chrome 105+, Safari 17.2+, Firefox 140+). */
export const canHighlight = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** People, places and the corridor share the strong style; topics get the quieter one. */
const styleOf = (m: PageMark): 'person' | 'topic' => (m.kind === 'topic' ? 'topic' : 'person');

export class HighlightPainter {
  private readonly person = new Highlight();
  private readonly topic = new Highlight();
  private readonly focus = new Highlight();
  private mode: MarkMode = 'all';
  private visible = true;

  constructor() {
    // Focus is painted above the two mark styles.
    this.focus.priority = 1;
    CSS.highlights.set(HIGHLIGHT.person, this.person);
    CSS.highlights.set(HIGHLIGHT.topic, this.topic);
    CSS.highlights.set(HIGHLIGHT.focus, this.focus);
  }

  /** Is this mark painted under the current mode? 'names' leaves topics unmarked; 'none' marks nothing. */
  shows(m: PageMark): boolean {
    return this.visible && (this.mode === 'all' || (this.mode === 'names' && m.kind !== 'topic'));
  }

  add(m: PageMark): void {
    if (this.shows(m)) this[styleOf(m)].add(m.range);
  }

  remove(m: PageMark): void {
    this[styleOf(m)].delete(m.range);
    this.focus.delete(m.range);
  }

  /** Repaints every mark after a change of mode or visibility. */
  repaint(marks: Iterable<PageMark>, mode: MarkMode, visible: boolean): void {
    this.mode = mode;
    this.visible = visible;
    this.person.clear();
    this.topic.clear();
    for (const m of marks) this.add(m);
    if (!visible || mode === 'none') this.focus.clear();
  }

  setFocus(m: PageMark | null): void {
    this.focus.clear();
    if (m) this.focus.add(m.range);
  }

  destroy(): void {
    for (const name of Object.values(HIGHLIGHT)) {
      const h = CSS.highlights.get(name);
      if (h === this.person || h === this.topic || h === this.focus) CSS.highlights.delete(name);
    }
  }
}
