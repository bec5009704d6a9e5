/**
 * Pointer, touch and keyboard input over the marks and the sentences that report a statement: feeds the
 * hover-intent state machine, hit-tests marks (they are highlights, not elements, so they receive no events of
 * their own; a name mark wins over the sentence around it, so a name keeps its own card), and walks marks and
 * sentences together, in document order, with Alt+Shift+J / Alt+Shift+K. Listeners are passive where they can be and never cancel the page's own events,
 * except our shortcut keys and an Esc that closed our card. Only the reader acts: events a script dispatched
 * (`isTrusted === false`) are ignored, so a page cannot open, pin or walk the card by script.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HoverIntent, type OpenReason } from '../../lib/page/hover-intent.ts';
import { HIGHLIGHT, type HighlightPainter } from './highlight-painter.ts';
import { markAtPoint } from './hit-test.ts';
import type { KeyboardWalk, WalkState, WalkStep } from './keyboard-walk.ts';
import type { CardSurface } from './late-card.ts';
import { lateStageNow, loadLateStage } from './late-stage-loader.ts';
import type { MarkStore, PageMark } from './mark-store.ts';

/** A sentence that reports a statement, as input sees it (the quote stage's ReportingSentence). */
export interface SentenceTarget {
  readonly sentence: true;
  range: Range;
}

/** What the pointer and the keyboard can land on: a name mark or a reporting sentence. */
export type Target<S extends SentenceTarget = SentenceTarget> = PageMark | S;

export const isSentence = <S extends SentenceTarget>(t: Target<S>): t is S => 'sentence' in t;

/** The reporting sentences, as the quote stage offers them to input. */
export interface SentenceSource<S extends SentenceTarget> {
  /** The sentence under a viewport point, when hover and tap reach sentences. */
  at(x: number, y: number, shadowRoots: ShadowRoot[]): S | null;
  /** Sentences the keyboard walk visits, in document order. */
  walkable(): S[];
  /** Sentences the popup's jump visits (reporting `statement`, or any), in document order. */
  jumpable(statement?: string): S[];
}

/** Where a step of the walk went, or null; a promise while the walk loads (see {@link Interaction.step}). */
export type Walked<T> = WalkStep<T> | null | Promise<WalkStep<T> | null>;

/** Grace period after the pointer leaves both mark and card, in ms. */
const GRACE_MS = 350;

export interface InteractionDeps<S extends SentenceTarget> {
  ctx: ContentScriptContext;
  store: MarkStore;
  sentences: SentenceSource<S>;
  painter: HighlightPainter;
  /** The card; `warm()` when a reader reaches for a mark, so it is loaded before the hover delay ends. */
  card: CardSurface;
  delayMs: number;
  /** Open shadow roots of the page that hold marks, for hit-testing inside them. */
  shadowRoots(): ShadowRoot[];
  open(target: Target<S>, how: OpenReason): void;
  close(): void;
  /** Tells screen-reader users where the keyboard went ("Lukashenko, 2 of 9"). */
  announce(target: Target<S>, index: number, total: number): void;
}

const INTERACTIVE =
  'a[href], button, input, select, textarea, summary, [contenteditable]:not([contenteditable="false"]), [role="button"], [role="link"], [tabindex]';

const isEditable = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || t.matches('input, textarea, select'));

export class Interaction<S extends SentenceTarget> {
  readonly intent: HoverIntent<Target<S>>;
  private focused: Target<S> | null = null;
  private pointer: { x: number; y: number } | null = null;
  private frame = 0;
  /** A step waiting for the walk to load (see {@link walk}). */
  private walking: Promise<unknown> | null = null;

  constructor(private readonly deps: InteractionDeps<S>) {
    const { ctx } = deps;
    this.intent = new HoverIntent<Target<S>>({
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

  /** The mark or sentence the keyboard is on, if any. */
  get current(): Target<S> | null {
    return this.focused;
  }

  /**
   * Moves the keyboard focus to the next (1) or previous (-1) mark — of one entity when given (the popup),
   * else any painted mark or reporting sentence (keyboard-walk.ts) — scrolls it into view and paints it with the
   * focus highlight. Returns where it went, or null; a promise when the walk is not here yet (it comes with the
   * late stage, on a page that names nobody of the meeting only at the first keypress).
   */
  step(direction: 1 | -1, entity?: string): Walked<Target<S>> {
    return this.walk((walk) => {
      const at = walk.step(this.walkState(), direction, entity);
      if (!at) return null;
      // Enter may follow: fetch the card now (the announcement below needs it too).
      this.deps.card.warm();
      this.focusTarget(at.target, walk);
      this.deps.announce(at.target, at.index, at.total);
      return at;
    });
  }

  /**
   * The popup's jump: focuses the next (1) or previous (-1) sentence reporting `statement` (any when absent),
   * scrolls to it and opens its card, pinned. Returns where it went, or null when no sentence reports it.
   */
  stepSentence(direction: 1 | -1, statement?: string): Walked<S> {
    return this.walk((walk) => {
      const at = walk.stepSentence(this.walkState(), direction, statement);
      if (!at) return null;
      this.focusTarget(at.target, walk);
      this.deps.announce(at.target, at.index, at.total);
      this.intent.click(at.target);
      return at;
    });
  }

  /** Forgets a mark or sentence that left the page. */
  forget(target: Target<S>): void {
    if (this.focused === target) this.focusTarget(null);
    if (this.intent.openMark === target) this.intent.close();
  }

  destroy(): void {
    this.intent.destroy();
    cancelAnimationFrame(this.frame);
  }

  /** Runs `go` with the walk: at once when the late stage is here, else once it is (null if it cannot come). */
  private walk<T>(go: (walk: KeyboardWalk) => WalkStep<T> | null): Walked<T> {
    const stage = lateStageNow();
    if (stage) return go(stage.walk);
    const walking = loadLateStage().then(
      (s) => go(s.walk),
      () => null,
    );
    this.walking = walking;
    void walking.then(() => {
      if (this.walking === walking) this.walking = null;
    });
    return walking;
  }

  private walkState(): WalkState<S> {
    const { store, painter, sentences } = this.deps;
    return { store, painter, sentences, focused: this.focused };
  }

  private focusTarget(m: Target<S> | null, walk?: KeyboardWalk): void {
    this.focused = m;
    this.deps.painter.setFocus(m);
    if (m) walk?.reveal(m.range);
  }

  /** The name mark under the point, else the reporting sentence under it, else null. */
  private markAt(x: number, y: number): Target<S> | null {
    const roots = this.deps.shadowRoots();
    const m = markAtPoint(x, y, this.deps.store, [HIGHLIGHT.person, HIGHLIGHT.topic, HIGHLIGHT.quiet], roots);
    if (m && this.deps.painter.reaches(m)) return m;
    return this.deps.sentences.at(x, y, roots);
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
    if (!m && this.focused) this.focusTarget(null);
    this.intent.click(m);
  }

  private onKey(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    if (e.key === 'Escape') {
      if (this.deps.card.isOpen) {
        this.intent.close();
        e.stopPropagation();
      } else if (this.focused) {
        this.focusTarget(null);
      }
      return;
    }
    // `code`, not `key`: the same physical keys on Persian and Russian layouts.
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyJ' || e.code === 'KeyK')) {
      // In a field, Alt+Shift+J may type a character (macOS Option layouts): leave it to the field.
      if (this.deps.store.size === 0 || isEditable(e.target)) return;
      e.preventDefault();
      e.stopPropagation();
      void this.step(e.code === 'KeyJ' ? 1 : -1);
      return;
    }
    if (
      e.key === 'Enter' &&
      (this.focused || this.walking) &&
      !e.altKey &&
      !e.ctrlKey &&
      !e.metaKey &&
      !this.deps.card.containsEvent(e)
    ) {
      // Enter belongs to the page when it is on one of its controls.
      const target = e.target instanceof Element ? e.target : null;
      if (target && target !== document.body && target.closest(INTERACTIVE)) return;
      e.preventDefault();
      // A first step still waiting for the walk: this Enter is for where it lands (as when the walk is here).
      const open = () => {
        if (this.focused) this.intent.openFromKeyboard(this.focused);
      };
      if (this.walking) void this.walking.then(open);
      else open();
    }
  }
}
