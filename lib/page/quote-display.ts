/**
 * How the sentences that report the meeting's statements are shown, by the "Marks" setting. A reporting
 * sentence is long: painting or hovering it where the reader asked for less would make the page busy.
 *
 * - `every`, `first`, and `none` once the reader asks for marks: painted with the quiet sentence highlight, and
 *   reachable by hover, tap and the keyboard walk (and the names inside stay calm: paint-plan's `inQuote`);
 * - `names` ("names only"): not painted, and not reachable by hover or the keyboard walk — the reader chose
 *   names; the popup's list of reported statements still jumps to them, which paints the focus and opens the card;
 * - marks hidden (`none` before asking, the reader's "hide", or off on the site): nothing.
 */
import type { MarkMode } from '../settings/schema.ts';

export interface QuoteDisplay {
  /** The sentence highlight is painted. */
  painted: boolean;
  /** Hover, tap and Alt+Shift+J/K reach the sentences. */
  reachable: boolean;
  /** The popup's jump reaches them (an explicit request, whatever the mode). */
  jumpable: boolean;
}

/** `wanted`: whether marks are wanted at all now (lib/page/marks-visible.ts `marksWanted`). */
export function quoteDisplay(mode: MarkMode, wanted: boolean): QuoteDisplay {
  if (!wanted) return { painted: false, reachable: false, jumpable: false };
  const shown = mode !== 'names';
  return { painted: shown, reachable: shown, jumpable: true };
}
