/**
 * Which mentions are painted, and how: the visual hierarchy of a calm page. Finding every mention is the
 * engine's job; painting every mention is not. Reference tools keep pages calm (Wikipedia links a term at its
 * first occurrence only). A mention that is not painted still gets the unstyled `quiet` style, so hover,
 * keyboard and touch still reach it.
 *
 * Pure: the content script and `npm run eval` (painted-mark density) call it with the marks in document order.
 */
import type { EntityKind } from '../data/types.ts';
import type { MarkMode } from '../settings/schema.ts';
import { finishSteps } from '../spot/steps.ts';

/** How one mention is shown: the strong name style, the quieter topic style, or nothing (but reachable). */
export type MarkStyle = 'person' | 'topic' | 'quiet';

export interface PlanMark {
  entity: string;
  kind: EntityKind;
  /** Section of the page: a heading starts a new one (0 before the first heading). */
  section: number;
  /** The paragraph (text block) it is in: any value, equal for mentions in the same block. */
  paragraph: number | string;
  /** Where it is in the page's text, in characters from the start (for "far from the last painted one"). */
  position: number;
  /** Inside a sentence that reports the meeting (that sentence is painted instead). */
  inQuote?: boolean;
  /** For people: one of the meeting's people (Khamenei, Lukashenko, Raisi). */
  inMeeting?: boolean;
}

/**
 * Places a reader looks up: the visiting country. The host country, the US, Russia and "the West" make a page
 * relevant and rank statements, but nobody hovers "Iran" on an article about Iran.
 */
export const PAINTED_PLACES: ReadonlySet<string> = new Set(['belarus']);

/**
 * Characters of article text that fill more than a screen: a name is painted again when the last painted mention
 * of it is this far back, so a reader deep in a long section still finds one nearby.
 */
export const FAR_CHARS = 3000;

/** Elements that start a section of the page (a name is painted once per section). */
export const SECTION_HEADING = 'h1,h2,h3,h4,h5,h6,[role="heading"]';

/** The strong style for people, the corridor and painted places; the topic style for topics. */
const fullStyle = (m: PlanMark): MarkStyle => (m.kind === 'topic' ? 'topic' : 'person');

/** Is this a name worth painting at all under "first mentions"? */
const isPaintedName = (m: PlanMark): boolean =>
  m.kind === 'person' || m.kind === 'corridor' || (m.kind === 'place' && PAINTED_PLACES.has(m.entity));

/**
 * The style of each mark, in the order given (document order). `mode` is the "Marks" setting:
 * - `every`: every mention painted (people, places, corridor in the strong style; topics in the topic style);
 * - `names`: every name painted, topics quiet;
 * - `first` (and `none` once the reader asks): names at their first mention in each section and again when far
 *   from the last painted one; topics at their first mention in a paragraph that also names a meeting person, or
 *   inside a reporting sentence; other places never; names inside a reporting sentence are not painted twice.
 */
export function paintPlan(marks: readonly PlanMark[], mode: MarkMode, far = FAR_CHARS): MarkStyle[] {
  return finishSteps(paintPlanSteps(marks, mode, far));
}

/**
 * {@link paintPlan} as steps, one `yield` per mark looked at, so the content script can plan thousands of marks
 * in short tasks (lib/page/task-clock.ts).
 */
export function* paintPlanSteps(
  marks: readonly PlanMark[],
  mode: MarkMode,
  far = FAR_CHARS,
): Generator<void, MarkStyle[]> {
  const styles: MarkStyle[] = [];
  if (mode === 'every' || mode === 'names') {
    for (const m of marks) {
      styles.push(mode === 'every' ? fullStyle(m) : m.kind === 'topic' ? 'quiet' : 'person');
      yield;
    }
    return styles;
  }

  const meetingParagraphs = new Set<PlanMark['paragraph']>();
  for (const m of marks) {
    if (m.kind === 'person' && m.inMeeting) meetingParagraphs.add(m.paragraph);
    yield;
  }
  const lastPainted = new Map<string, { section: number; position: number }>();
  const topicsPainted = new Set<string>();
  const styleOf = (m: PlanMark): MarkStyle => {
    if (m.kind === 'topic') {
      const key = `${String(m.paragraph)}\u0000${m.entity}`;
      if (topicsPainted.has(key) || !(m.inQuote || meetingParagraphs.has(m.paragraph))) return 'quiet';
      topicsPainted.add(key);
      return 'topic';
    }
    if (!isPaintedName(m) || m.inQuote) return 'quiet';
    const last = lastPainted.get(m.entity);
    if (last && last.section === m.section && m.position - last.position <= far) return 'quiet';
    lastPainted.set(m.entity, { section: m.section, position: m.position });
    return 'person';
  };
  for (const m of marks) {
    styles.push(styleOf(m));
    yield;
  }
  return styles;
}
