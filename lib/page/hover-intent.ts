/**
 * When to open and close the hover card, as a small state machine with injected timers, so it can be tested
 * without a browser. The rules are the ones readers expect from link previews:
 *
 * - the pointer must *rest* on a mark for `delayMs` before a card opens; moving onto another mark restarts the
 *   wait, so sweeping across a paragraph never flashes cards;
 * - moving from the mark into the card keeps it open; leaving both closes it after `graceMs`, so a diagonal
 *   path from the mark to the card does not lose it;
 * - a click (or a tap, or Enter on the keyboard's current mark) opens at once and pins the card: it then stays
 *   until Esc, its close button, or a click elsewhere.
 */

/** Timer functions, injected so tests can use fake ones (and the content script its `ctx` ones). */
export interface IntentTimers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

export interface HoverIntentOptions<M> extends IntentTimers {
  /** How long the pointer rests on a mark before its card opens (the hover-delay setting), in ms. */
  delayMs: number;
  /** How long the card survives once the pointer has left both the mark and the card, in ms. */
  graceMs: number;
  onOpen(mark: M, how: OpenReason): void;
  onClose(): void;
}

export type OpenReason = 'hover' | 'click' | 'keyboard';

type State<M> =
  | { kind: 'idle' }
  | { kind: 'open'; mark: M; pinned: boolean; inCard: boolean; overMark: boolean };

/** Tracks pointer, click and key input over marks and the card; calls `onOpen`/`onClose` when the card should change. */
export class HoverIntent<M> {
  private state: State<M> = { kind: 'idle' };
  /** The mark the pointer currently rests on, and the timer that will open it. */
  private pending: { mark: M; timer: number } | null = null;
  private graceTimer: number | null = null;

  constructor(private readonly opts: HoverIntentOptions<M>) {}

  /** The mark whose card is open, if any. */
  get openMark(): M | null {
    return this.state.kind === 'open' ? this.state.mark : null;
  }

  get pinned(): boolean {
    return this.state.kind === 'open' && this.state.pinned;
  }

  /** Changes the hover delay (the setting can change while the page is open). */
  setDelay(ms: number): void {
    this.opts.delayMs = ms;
  }

  /** The pointer moved; `mark` is the mark under it, or null. Call it on every (throttled) move. */
  pointerOver(mark: M | null): void {
    const s = this.state;
    if (s.kind === 'open') {
      s.overMark = mark === s.mark;
      if (s.overMark) this.cancelGrace();
    }
    if (mark === null || (s.kind === 'open' && mark === s.mark)) {
      this.cancelPending();
    } else if (this.pending?.mark !== mark) {
      // A different mark: (re)start the wait. A sweep keeps restarting it and so never opens anything.
      this.cancelPending();
      const timer = this.opts.setTimeout(() => {
        this.pending = null;
        if (this.state.kind === 'open' && this.state.pinned) return;
        this.open(mark, 'hover', false);
      }, this.opts.delayMs);
      this.pending = { mark, timer };
    }
    if (s.kind === 'open' && !s.pinned && !s.inCard && !s.overMark) this.startGrace();
  }

  /** The pointer entered (true) or left (false) the card. */
  pointerInCard(inside: boolean): void {
    const s = this.state;
    if (s.kind !== 'open') return;
    s.inCard = inside;
    if (inside) {
      this.cancelGrace();
      this.cancelPending();
    } else if (!s.pinned && !s.overMark) {
      this.startGrace();
    }
  }

  /** A click or tap: on a mark it opens that mark's card at once and pins it; elsewhere (not in the card) it closes. */
  click(mark: M | null): void {
    this.cancelPending();
    if (mark === null) {
      if (this.state.kind === 'open' && !this.state.inCard) this.close();
      return;
    }
    this.open(mark, 'click', true);
  }

  /** Opens a mark's card from the keyboard; pinned, since no pointer will keep it alive. */
  openFromKeyboard(mark: M): void {
    this.cancelPending();
    this.open(mark, 'keyboard', true);
  }

  /** Esc, the close button, marks turned off: closes whatever is open and forgets any pending hover. */
  close(): void {
    this.cancelPending();
    this.cancelGrace();
    if (this.state.kind === 'idle') return;
    this.state = { kind: 'idle' };
    this.opts.onClose();
  }

  /** Stops every timer (content script invalidated). */
  destroy(): void {
    this.cancelPending();
    this.cancelGrace();
    this.state = { kind: 'idle' };
  }

  private open(mark: M, how: OpenReason, pinned: boolean): void {
    this.cancelGrace();
    const same = this.state.kind === 'open' && this.state.mark === mark;
    this.state = { kind: 'open', mark, pinned, inCard: false, overMark: how === 'hover' };
    if (!same || how !== 'hover') this.opts.onOpen(mark, how);
  }

  private startGrace(): void {
    if (this.graceTimer !== null) return;
    this.graceTimer = this.opts.setTimeout(() => {
      this.graceTimer = null;
      this.close();
    }, this.opts.graceMs);
  }

  private cancelGrace(): void {
    if (this.graceTimer === null) return;
    this.opts.clearTimeout(this.graceTimer);
    this.graceTimer = null;
  }

  private cancelPending(): void {
    if (!this.pending) return;
    this.opts.clearTimeout(this.pending.timer);
    this.pending = null;
  }
}
