/**
 * Pointer, touch and keyboard input over the marks: feeds the hover-intent state machine, hit-tests marks
 * (they are highlights, not elements, so they receive no events of their own), and walks the marks with
 * Alt+Shift+J / Alt+Shift+K. Listeners are passive where they can be and never cancel the page's own events,
 * except our shortcut keys and an Esc that closed our card. Only the reader acts: events a script dispatched
 * (`isTrusted === false`) are ignored, so a page cannot open, pin or walk the card by script.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HoverIntent, type OpenReason } from '../../lib/page/hover-intent.ts';
import { stepIndex } from '../../lib/page/mark-order.ts';
import { HIGHLIGHT, type HighlightPainter } from './highlight-painter.ts';
import { markAtPoint } from './hit-test.ts';
import type { CardSurface } from './late-card.ts';
import type { MarkStore, PageMark } from './mark-store.ts';

/** Grace period after the pointer leaves both mark and card, in ms. */
const GRACE_MS = 350;

export interface InteractionDeps {
  ctx: ContentScriptContext;
  store: MarkStore;
  painter: HighlightPainter;
  /** The card; `warm()` when a reader reaches for a mark, so it is loaded before the hover delay ends. */
  card: CardSurface;
  delayMs: number;
  /** Open shadow roots of the page that hold marks, for hit-testing inside them. */
  shadowRoots(): ShadowRoot[];
  open(mark: PageMark, how: OpenReason): void;
  close(): void;
  /** Tells screen-reader users where the keyboard went ("Lukashenko, 2 of 9"). */
  announce(mark: PageMark, index: number, total: number): void;
}

const INTERACTIVE =
  'a[href], button, input, select, textarea, summary, [contenteditable]:not([contenteditable="false"]), [role="button"], [role="link"], [tabindex]';

const isEditable = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || t.matches('input, textarea, select'));

export class Interaction {
  readonly intent: HoverIntent<PageMark>;
  private focused: PageMark | null = null;
  private pointer: { x: number; y: number } | null = null;
  private frame = 0;

  constructor(private readonly deps: InteractionDeps) {
    const { ctx } = deps;
    this.intent = new HoverIntent<PageMark>({
      delayMs: deps.delayMs,
      graceMs: GRACE_MS,
      // Plain timers, cleared by intent.destroy() when the context goes: WXT's ctx.setTimeout adds an abort
      // listener per call that is never removed, and hover timers are set on every mark the pointer crosses.
      setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
      clearTimeout: (h) => clearTimeout(h),
      onOpen: (m, how) => deps.open(m, how),
      onClose: () => deps.close(),
    });
    ctx.addEventListener(document, 'pointermove', (e: PointerEvent) => this.onPointerMove(e), {
      passive: true,
      capture: true,
    });
    ctx.addEventListener(document, 'click', (e: MouseEvent) => this.onClick(e), { capture: true });
    ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => this.onKey(e), { capture: true });
    ctx.addEventListener(window, 'blur', (e: FocusEvent) => {
      if (!e.isTrusted) return;
      this.pointer = null;
      this.intent.pointerOver(null);
    });
  }

  /** The mark the keyboard is on, if any. */
  get current(): PageMark | null {
    return this.focused;
  }

  /**
   * Marks the keyboard can visit, in document order: the painted ones; with an entity (the popup's "On this
   * page" jumps through one entity), every mention of it, painted or quiet.
   */
  private visitable(entity?: string): PageMark[] {
    const { painter } = this.deps;
    const wanted = (m: PageMark) => (entity === undefined ? painter.shows(m) : painter.reaches(m));
    // Marks in hidden text (a collapsed menu, a closed <details>) have no box; the keyboard skips them.
    return this.deps.store.inDocumentOrder().filter((m) => wanted(m) && m.range.getClientRects().length > 0);
  }

  /**
   * Moves the keyboard focus to the next (1) or previous (-1) mark, scrolls it into view and paints it with
   * the focus highlight. Returns where it went, or null when there is no mark.
   */
  step(direction: 1 | -1, entity?: string): { index: number; total: number; entity: string } | null {
    const marks = this.visitable(entity);
    const at = this.focused ? marks.indexOf(this.focused) : -1;
    const i = stepIndex(marks, at, direction, (m) => entity === undefined || m.entity === entity);
    const m = marks[i];
    if (!m) return null;
    // Enter may follow: fetch the card now (the announcement below needs it too).
    this.deps.card.warm();
    this.focusMark(m);
    const total = entity === undefined ? marks.length : marks.filter((x) => x.entity === entity).length;
    const index =
      entity === undefined ? i : marks.slice(0, i + 1).filter((x) => x.entity === entity).length - 1;
    this.deps.announce(m, index, total);
    return { index, total, entity: m.entity };
  }

  /** Forgets a mark that left the page. */
  forget(mark: PageMark): void {
    if (this.focused === mark) this.focusMark(null);
    if (this.intent.openMark === mark) this.intent.close();
  }

  destroy(): void {
    this.intent.destroy();
    cancelAnimationFrame(this.frame);
  }

  private focusMark(m: PageMark | null): void {
    this.focused = m;
    this.deps.painter.setFocus(m);
    if (!m) return;
    const rect = m.range.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= innerHeight && rect.left >= 0 && rect.right <= innerWidth) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    m.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: reduce ? 'auto' : 'smooth',
    });
  }

  private markAt(x: number, y: number): PageMark | null {
    const m = markAtPoint(
      x,
      y,
      this.deps.store,
      [HIGHLIGHT.person, HIGHLIGHT.topic, HIGHLIGHT.quiet],
      this.deps.shadowRoots(),
    );
    return m && this.deps.painter.reaches(m) ? m : null;
  }

  private onPointerMove(e: PointerEvent): void {
    if (!e.isTrusted || e.pointerType === 'touch') return;
    if (this.deps.card.containsEvent(e)) return; // the card's own enter/leave events handle it
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.frame) return;
    // Hit-testing once per frame is plenty, and keeps a fast sweep cheap.
    // A plain frame request (cancelled in destroy()), not ctx's, which would leave a listener per frame.
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const p = this.pointer;
      if (!p) return;
      const m = this.markAt(p.x, p.y);
      // The pointer entered a mark: fetch the card now, so it is here when the hover delay ends.
      if (m) this.deps.card.warm();
      this.intent.pointerOver(m);
    });
  }

  private onClick(e: MouseEvent): void {
    if (!e.isTrusted || this.deps.card.containsEvent(e)) return;
    // A click on a mark pins its card; a tap on a touch screen is a click too. The click itself is left to the
    // page (a mark inside a link still follows the link). A click elsewhere ends the keyboard walk, so a later
    // Enter is the page's again.
    const m = this.markAt(e.clientX, e.clientY);
    if (!m && this.focused) this.focusMark(null);
    this.intent.click(m);
  }

  private onKey(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    if (e.key === 'Escape') {
      if (this.deps.card.isOpen) {
        this.intent.close();
        e.stopPropagation();
      } else if (this.focused) {
        this.focusMark(null);
      }
      return;
    }
    // `code`, not `key`: the same physical keys on Persian and Russian layouts.
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyJ' || e.code === 'KeyK')) {
      // In a field, Alt+Shift+J may type a character (macOS Option layouts): leave it to the field.
      if (this.deps.store.size === 0 || isEditable(e.target)) return;
      e.preventDefault();
      e.stopPropagation();
      this.step(e.code === 'KeyJ' ? 1 : -1);
      return;
    }
    if (
      e.key === 'Enter' &&
      this.focused &&
      !e.altKey &&
      !e.ctrlKey &&
      !e.metaKey &&
      !this.deps.card.containsEvent(e)
    ) {
      // Enter belongs to the page when it is on one of its controls.
      const target = e.target instanceof Element ? e.target : null;
      if (target && target !== document.body && target.closest(INTERACTIVE)) return;
      e.preventDefault();
      this.intent.openFromKeyboard(this.focused);
    }
  }
}
