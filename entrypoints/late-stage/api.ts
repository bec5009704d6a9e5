/**
 * The contract between the content script and its late stage. The late stage is a separate script
 * (entrypoints/late-stage/index.ts → `late-stage.js`) holding everything a page needs only once a reader
 * reaches for a mark, or once a page names a meeting person: the card (Preact, @floating-ui/dom, its CSS), the
 * statements' texts and translations, labels and descriptions, the interface strings, the quote linker with
 * its cue lexicon, the keyboard walk, and the mark pager that only endless feeds need. The background injects it into the asking frame with
 * `scripting.executeScript`; injected scripts run in the same isolated world as the content script (Chromium
 * and Firefox alike), so it hands its API over through that world's global object, which the page cannot see.
 *
 * To add a module to the late stage: add a field to {@link LateStage}, fill it in `createLateStage()`
 * (entrypoints/late-stage/stage.ts), and reach it from the content script through `loadLateStage()`
 * (entrypoints/content/late-stage-loader.ts). Import it from the content script only as a type.
 */
import type { Bundle, CompiledStatement, UiLang } from '../../lib/data/types.ts';
import type { Messages } from '../../lib/i18n/strings.ts';
import type { QuoteLinker } from '../../lib/quote/index.ts';
import type { Theme } from '../../lib/settings/schema.ts';
import type { CardHost, CardHostEvents, EntityCardContent } from '../content/card-host.ts';
import type { KeyboardWalk } from '../content/keyboard-walk.ts';
import type { MarkPager, MarkPagerDeps } from '../content/mark-pager.ts';
import type { PageMark } from '../content/mark-store.ts';
import type { QuoteLayer } from '../content/quote-layer.ts';
import type { QuoteStageDeps } from '../content/quote-stage.ts';

/** How the reader sees cards: the interface language and the theme setting. */
export interface CardView {
  lang: UiLang;
  theme: Theme;
}

export interface LateStage {
  /** The whole bundle: the card shows statement texts, translations, labels, descriptions and the meeting. */
  bundle: Bundle;
  /**
   * A name mark's card: who `mark` names and up to three statements that concern them, those the page's ranking
   * puts first leading (lib/page/card-statements.ts); null for an entity the bundle does not have.
   */
  entityCard(mark: PageMark, pageRanking: readonly string[], view: CardView): EntityCardContent | null;
  /** An entity's label in the interface language (screen-reader announcements). */
  entityLabel(id: string, lang: UiLang): string | undefined;
  /** Interface strings, per interface language. */
  messages: Record<UiLang, Messages>;
  /** The card's host element and its Preact view (created on first use). */
  createCard(events: CardHostEvents): CardHost;
  /**
   * Runs the card's views once in a detached element (nothing reaches the page), so the functions V8 compiles
   * lazily on first use are compiled while the hover delay runs rather than after it.
   */
  prepare(): void;
  /**
   * The quote linker, compiled from the cue lexicon on first call (once per frame): the content script's quote
   * stage asks for it on pages that name a meeting person (entrypoints/content/quote-stage.ts).
   */
  quoteLinker(): QuoteLinker;
  /**
   * The page's quote provenance (entrypoints/content/quote-stage.ts), driving this stage's linker: built on the
   * first pass that marks a meeting person, with the highlight it registers.
   */
  createQuoteStage(deps: Omit<QuoteStageDeps, 'linker'>): QuoteLayer;
  /**
   * The mark pager (entrypoints/content/mark-pager.ts): asked for the first time a pass leaves more marks than
   * the cap (late-pager.ts), which only endless feeds do.
   */
  createMarkPager(deps: MarkPagerDeps): MarkPager;
  /**
   * Where the keyboard walk goes (entrypoints/content/keyboard-walk.ts): Alt+Shift+J / K and the popup's jumps,
   * first used by a keypress or a jump.
   */
  walk: KeyboardWalk;
  /** "Copy with citation": the citation in `lang` to the clipboard; resolves to whether it was taken. */
  copyCitation(statement: CompiledStatement, lang: UiLang): Promise<boolean>;
}

/**
 * Where the late stage leaves its API: a property of the isolated world's global object, under a key that
 * names the extension's version, so a stage left by an older copy of the extension (before an update) is never
 * taken for this one's.
 */
export const lateStageKey = (version: string): symbol => Symbol.for(`inline-context:late-stage:${version}`);

type WithStage = Record<symbol, LateStage | undefined>;

/** The stage already in this world, if any. */
export function publishedLateStage(version: string): LateStage | undefined {
  return (globalThis as unknown as WithStage)[lateStageKey(version)];
}

/** Called once by the late stage script when it runs in a frame. */
export function publishLateStage(version: string, stage: LateStage): void {
  const g = globalThis as unknown as WithStage;
  // Injected twice (two frames asking at once is impossible, but a retry after a lost reply is not): keep the
  // first, so a card already created keeps its host.
  g[lateStageKey(version)] ??= stage;
}
