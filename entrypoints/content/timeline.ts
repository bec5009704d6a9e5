/**
 * Our `performance` marks and measures (`inline-context:start`, `:compile`, `:scan`). The timeline belongs to the
 * document, so the page reads every entry we add (`performance.getEntries()`): a page could learn that the
 * extension runs, and how much it found. They are recorded only in test and development builds, where the
 * end-to-end tests and the bench read them; a production build records nothing.
 */

import { TaskClock, type TaskClockOptions } from '../../lib/page/task-clock.ts';
import { ProfiledTaskClock } from '../../lib/page/task-profile.ts';

/** True in the builds whose timeline entries the tests and the bench read (`wxt build --mode test`, `wxt dev`). */
export const TIMELINE_ON = import.meta.env.MODE !== 'production';

/** `performance.mark`, in test and development builds only. */
export function timelineMark(name: string): void {
  if (TIMELINE_ON) performance.mark(name);
}

/** Firefox's content-script helpers: the page's own window, and a copy of an object made in the page's world. */
declare const cloneInto: (<T>(value: T, target: object) => T) | undefined;
type WithPageWindow = { wrappedJSObject?: { performance: Performance } };

/**
 * `performance.measure`, in test and development builds only. In Firefox a measure's detail made in the content
 * script's world is not readable by the page (Firefox ESR 140.12: "Permission denied to access property"), where
 * the tests and the bench read it: there the page's own `performance` is given a copy made in the page's world.
 */
export function timelineMeasure(name: string, options: PerformanceMeasureOptions): void {
  if (!TIMELINE_ON) return;
  const page = (window as unknown as WithPageWindow).wrappedJSObject;
  if (page && typeof cloneInto === 'function') page.performance.measure(name, cloneInto(options, window));
  else performance.measure(name, options);
}

/**
 * A pass's task clock: in test and development builds the profiling one, whose steps and longest item the
 * measures above carry; the production build ships the plain clock.
 */
// Its step names (`clock.step('find')`) are called under `if (TIMELINE_ON)` in the start script's files: the
// plain clock ignores them, and the production build then carries none of the strings.
// Each of its stretches of 10 ms or more is an `inline-context:stretch` measure (detail: time per step), so the
// bench can tell what of a long one was ours and what the collector's (scripts/bench-page.ts).
export const newTaskClock = (opts: TaskClockOptions): TaskClock =>
  TIMELINE_ON
    ? new ProfiledTaskClock(opts, (start, end, steps) =>
        timelineMeasure('inline-context:stretch', { start, end, detail: steps }),
      )
    : new TaskClock(opts);

/** Tells the test build's clock that its job is done (its last stretch is measured); nothing in production. */
export function finishTaskClock(clock: TaskClock): void {
  if (TIMELINE_ON) (clock as ProfiledTaskClock).finish();
}
