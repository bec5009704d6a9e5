/**
 * Where the keyboard walk goes: Alt+Shift+J / K over the painted marks and the sentences that report a statement,
 * together in document order, and the popup's jumps through one entity's mentions or one statement's sentences.
 * It comes with the late stage (entrypoints/late-stage/api.ts): the walk is first used by a keypress or a jump,
 * and a page that names a meeting person has the stage already (interaction.ts waits for it otherwise). Pure
 * choice of the next target; focusing and announcing it stay with the input (interaction.ts).
 */
import { mergeInOrder, stepIndex } from '../../lib/page/mark-order.ts';
import type { HighlightPainter } from './highlight-painter.ts';
import type { SentenceSource, SentenceTarget, Target } from './interaction.ts';
import { compareRanges, type MarkStore, type PageMark } from './mark-store.ts';
import { renderedCheck } from './rendered.ts';

/** What the walk reads: the marks, how they are painted, the reporting sentences, and where the keyboard is. */
export interface WalkState<S extends SentenceTarget> {
  store: MarkStore;
  painter: HighlightPainter;
  sentences: SentenceSource<S>;
  focused: Target<S> | null;
}

/** Where a step went: the target, its index among the `total` the walk visits. */
export interface WalkStep<T> {
  index: number;
  total: number;
  target: T;
}

const isSentence = <S extends SentenceTarget>(t: Target<S>): t is S => 'sentence' in t;

/**
 * Marks the keyboard can visit, in document order: the painted ones; with an entity (the popup's "On this
 * page" jumps through one entity), every mention of it, painted or quiet.
 */
function visitable<S extends SentenceTarget>(w: WalkState<S>, entity?: string): PageMark[] {
  const wanted = (m: PageMark) => (entity === undefined ? w.painter.shows(m) : w.painter.reaches(m));
  // The keyboard skips marks in text that is not on screen (a collapsed menu, a closed <details>).
  const rendered = renderedCheck();
  return w.store.inDocumentOrder().filter((m) => wanted(m) && rendered(m.range));
}

/**
 * The next (1) or previous (-1) mark — of one entity when given (the popup), else any painted mark or reporting
 * sentence (Alt+Shift+J/K: a sentence comes before the names inside it) — or null.
 */
function step<S extends SentenceTarget>(
  w: WalkState<S>,
  direction: 1 | -1,
  entity?: string,
): WalkStep<Target<S>> | null {
  const marks = visitable(w, entity);
  const all: Target<S>[] =
    entity === undefined
      ? mergeInOrder(w.sentences.walkable(), marks, (a, b) => compareRanges(a.range, b.range))
      : marks;
  const at = w.focused ? all.indexOf(w.focused) : -1;
  const keep = (t: Target<S>) => entity === undefined || (!isSentence(t) && t.entity === entity);
  const i = stepIndex(all, at, direction, keep);
  const target = all[i];
  if (!target) return null;
  const total = entity === undefined ? all.length : all.filter(keep).length;
  const index = entity === undefined ? i : all.slice(0, i + 1).filter(keep).length - 1;
  return { index, total, target };
}

/** The next (1) or previous (-1) sentence reporting `statement` (any when absent), or null. */
function stepSentence<S extends SentenceTarget>(
  w: WalkState<S>,
  direction: 1 | -1,
  statement?: string,
): WalkStep<S> | null {
  const list = w.sentences.jumpable(statement);
  const at = w.focused && isSentence(w.focused) ? list.indexOf(w.focused) : -1;
  const i = stepIndex(list, at, direction);
  const target = list[i];
  return target ? { index: i, total: list.length, target } : null;
}

/** Scrolls a target into view unless it is in view already (smoothly, unless the reader asked for less motion). */
function reveal(range: Range): void {
  const rect = range.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= innerHeight && rect.left >= 0 && rect.right <= innerWidth) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  range.startContainer.parentElement?.scrollIntoView({
    block: 'center',
    inline: 'nearest',
    behavior: reduce ? 'auto' : 'smooth',
  });
}

export const keyboardWalk = { step, stepSentence, reveal };
export type KeyboardWalk = typeof keyboardWalk;
