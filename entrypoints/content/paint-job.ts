/**
 * Applies the paint plan (lib/page/paint-plan.ts) to every mark of the page, in document order, in steps on a
 * task clock: sorting, planning and restyling 10,000 marks at once was one task of 10–35 ms on a quiet machine
 * and 100–300 ms on a loaded one. A mark found by a partial rescan (a live page re-rendering a paragraph) takes
 * its section and position from the mark before it.
 */
import type { SpotEntity } from '../../lib/data/types.ts';
import { runInChunks, runSteps } from '../../lib/page/chunk-runner.ts';
import { type MarkStyle, type PlanMark, paintPlanSteps } from '../../lib/page/paint-plan.ts';
import type { TaskClock } from '../../lib/page/task-clock.ts';
import type { MarkMode } from '../../lib/settings/schema.ts';
import type { HighlightPainter } from './highlight-painter.ts';
import type { MarkStore, PageMark } from './mark-store.ts';
import { TIMELINE_ON } from './timeline.ts';

export interface PaintJobDeps {
  store: MarkStore;
  painter: HighlightPainter;
  entities: ReadonlyMap<string, SpotEntity>;
  /** The reporting sentences: a name inside one stays calm (the plan's `inQuote`). */
  quotes: { readonly size: number; covers(mark: PageMark): boolean };
}

/**
 * Styles every mark by the plan for `mode`. Resolves to false when `signal` aborted it (a full pass or stop
 * superseded it; the next plan restyles everything anyway).
 */
export async function applyPaintPlan(
  { store, painter, entities, quotes }: PaintJobDeps,
  mode: MarkMode,
  clock: TaskClock,
  signal: AbortSignal,
): Promise<boolean> {
  const chunks = clock.chunks(signal);
  if (TIMELINE_ON) clock.step('plan:order');
  const marks = await runSteps(store.inDocumentOrderSteps(), chunks);
  if (!marks) return false;
  if (TIMELINE_ON) clock.step('plan:input');
  let before: PageMark['place'] | null = null;
  const quoted = quotes.size > 0;
  const plan: PlanMark[] = [];
  const input = await runInChunks(
    marks,
    (m) => {
      if (!m.place.exact && before) {
        m.place = { ...m.place, section: before.section, position: before.position, exact: true };
      }
      before = m.place;
      plan.push({
        entity: m.entity,
        kind: m.kind,
        section: m.place.section,
        paragraph: m.place.paragraph,
        position: m.place.position,
        inMeeting: entities.get(m.entity)?.inMeeting === true,
        inQuote: quoted && quotes.covers(m),
      });
    },
    chunks,
  );
  if (!input) return false;
  if (TIMELINE_ON) clock.step('plan:styles');
  const styles = await runSteps(paintPlanSteps(plan, mode), chunks);
  if (!styles) return false;
  if (TIMELINE_ON) clock.step('plan:paint');
  let i = 0;
  return runInChunks(
    marks,
    (m) => {
      const style: MarkStyle = styles[i++] ?? 'quiet';
      // Dropped while the plan ran (stop): painting it would put its range back.
      if (store.has(m)) painter.set(m, style);
    },
    chunks,
  );
}
