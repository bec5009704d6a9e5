/**
 * The hover card as the start stage sees it: the same surface as {@link CardHost}, backed by the late stage
 * (entrypoints/late-stage/api.ts), which brings the card's code and data on first use. `warm()` starts that
 * load as soon as a reader reaches for a mark (the pointer enters one, the keyboard steps to one), so it is
 * usually here before the hover delay has passed; a `show` that comes first waits for it, and is dropped if the
 * card was closed meanwhile.
 */
import type { LateStage } from '../late-stage/api.ts';
import type { CardContent, CardHost, CardHostEvents } from './card-host.ts';
import { lateStageNow, loadLateStage } from './late-stage-loader.ts';
import { TIMELINE_ON, timelineMark, timelineMeasure } from './timeline.ts';

/** What input handling needs of the card (see interaction.ts). */
export interface CardSurface {
  readonly isOpen: boolean;
  containsEvent(e: Event): boolean;
  /** Starts loading the card, if it is not here yet. */
  warm(): void;
}

/** The card's content, built once the late stage (its strings, statements and labels) is here; null: show nothing. */
export type ContentFrom = (stage: LateStage) => CardContent | null;

export class LateCard implements CardSurface {
  private card: CardHost | null = null;
  /** Counts show/hide calls, so a load finishing after a newer one does nothing (the card was closed). */
  private turn = 0;
  /** The same for announcements: only the latest is said. */
  private said = 0;
  private destroyed = false;
  /** The card's views were compiled ahead (or are about to be): once per frame. */
  private warmed = false;

  constructor(private readonly events: (stage: LateStage) => CardHostEvents) {}

  get isOpen(): boolean {
    return this.card?.isOpen === true;
  }

  /** Our host element, once created (for the DOM watch, which ignores our own nodes). */
  get element(): HTMLElement | null {
    return this.card?.element ?? null;
  }

  containsEvent(e: Event): boolean {
    return this.card?.containsEvent(e) === true;
  }

  warm(): void {
    // Also when the stage is already here (a page that names a meeting person loads it for its quotes): what the
    // first card needs compiled is its views, not the stage.
    if (this.destroyed || this.card || this.warmed) return;
    this.warmed = true;
    loadLateStage().then(
      (stage) => {
        // Still during the hover delay: compile the card's views now, so showing it after the delay is quick.
        // One task of 30-50 ms on a 2-core machine, once per frame: when the page is idle (it is, while the
        // pointer rests), and skipped if the card was shown first.
        const prepare = () => {
          if (this.destroyed || this.card) return;
          const start = TIMELINE_ON ? performance.now() : 0;
          stage.prepare();
          if (TIMELINE_ON) timelineMeasure('inline-context:card-prepared', { start, end: performance.now() });
        };
        if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 150 });
        else setTimeout(prepare, 0);
      },
      () => {
        // Logged once by the loader; a later show tries again, and a later hover warms again.
        this.warmed = false;
      },
    );
  }

  /** Shows the card for the content `build` gives; `focus` moves keyboard focus into it. */
  show(build: ContentFrom, focus: boolean): void {
    timelineMark('inline-context:card-requested');
    const turn = ++this.turn;
    this.withStage(
      () => turn === this.turn,
      (stage, card) => {
        const content = build(stage);
        if (!content) return;
        card.show(content, focus);
        timelineMark('inline-context:card-shown');
      },
    );
  }

  hide(): void {
    this.turn++;
    this.card?.hide();
  }

  /** Says a text to screen readers (through the card's live region, so it waits for the late stage too). */
  announce(text: (stage: LateStage) => string): void {
    const said = ++this.said;
    this.withStage(
      () => said === this.said,
      (stage, card) => card.announce(text(stage)),
    );
  }

  followFullscreen(): void {
    this.card?.followFullscreen();
  }

  destroy(): void {
    this.destroyed = true;
    this.turn++;
    this.card?.destroy();
    this.card = null;
  }

  /**
   * Runs `then` with the stage and the card: at once when they are here, else after the load if `current()`
   * still says so.
   */
  private withStage(current: () => boolean, then: (stage: LateStage, card: CardHost) => void): void {
    if (this.destroyed) return;
    const now = lateStageNow();
    if (now) {
      then(now, this.cardOf(now));
      return;
    }
    loadLateStage().then(
      (stage) => {
        if (this.destroyed || !current()) return;
        then(stage, this.cardOf(stage));
      },
      () => {
        // Logged once by the loader; the marks keep working without a card, and the next show tries again.
      },
    );
  }

  private cardOf(stage: LateStage): CardHost {
    this.card ??= stage.createCard(this.events(stage));
    return this.card;
  }
}
