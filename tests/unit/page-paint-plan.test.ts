/** The calm page: which mentions are painted by default, and that every mention stays reachable. */
import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../lib/data/types.ts';
import { FAR_CHARS, type PlanMark, paintPlan } from '../../lib/page/paint-plan.ts';

const KINDS: Record<string, [EntityKind, boolean]> = {
  'ali-khamenei': ['person', true],
  'alexander-lukashenko': ['person', true],
  'mojtaba-khamenei': ['person', false],
  belarus: ['place', true],
  iran: ['place', true],
  'united-states': ['place', false],
  instc: ['corridor', true],
  sanctions: ['topic', true],
};

/** Marks from a compact description: `entity@section/paragraph+position`. */
function page(...specs: string[]): PlanMark[] {
  return specs.map((spec) => {
    const [entity = '', where = '0/0+0'] = spec.split('@');
    const [section = '0', rest = '0+0'] = where.split('/');
    const [paragraph = '0', position = '0'] = rest.split('+');
    const [kind, inMeeting] = KINDS[entity] ?? ['place', false];
    return { entity, kind, inMeeting, section: +section, paragraph, position: +position };
  });
}

describe('first mentions (the default)', () => {
  it('paints a person once per section: a later mention in the same section is quiet, a new section paints again', () => {
    const marks = page('ali-khamenei@0/0+10', 'ali-khamenei@0/1+400', 'ali-khamenei@1/2+900');
    expect(paintPlan(marks, 'first')).toEqual(['person', 'quiet', 'person']);
  });

  it('paints a name again when the last painted one is more than a screen of text back', () => {
    const marks = page('alexander-lukashenko@0/0+0', `alexander-lukashenko@0/9+${FAR_CHARS + 1}`);
    expect(paintPlan(marks, 'first')).toEqual(['person', 'person']);
  });

  it('never paints Iran, the US or other places; Belarus and the corridor are painted like people', () => {
    const marks = page(
      'iran@0/0+0',
      'united-states@0/0+5',
      'belarus@0/0+9',
      'instc@0/0+20',
      'belarus@0/1+90',
    );
    expect(paintPlan(marks, 'first')).toEqual(['quiet', 'quiet', 'person', 'person', 'quiet']);
  });

  it('paints a topic only in a paragraph that names a meeting person, once per paragraph', () => {
    const marks = page(
      'sanctions@0/0+0', // no meeting person in paragraph 0
      'ali-khamenei@0/1+100',
      'sanctions@0/1+120',
      'sanctions@0/1+150', // second in the same paragraph
      'mojtaba-khamenei@0/2+300', // not a meeting person
      'sanctions@0/2+320',
    );
    expect(paintPlan(marks, 'first')).toEqual(['quiet', 'person', 'topic', 'quiet', 'person', 'quiet']);
  });

  it('inside a sentence that reports the meeting, names are not painted twice but topics are', () => {
    const marks = page('ali-khamenei@0/0+0', 'sanctions@0/0+20').map((m) => ({ ...m, inQuote: true }));
    expect(paintPlan(marks, 'first')).toEqual(['quiet', 'topic']);
  });
});

describe('the other settings', () => {
  const marks = page('ali-khamenei@0/0+0', 'ali-khamenei@0/0+9', 'iran@0/0+20', 'sanctions@0/1+40');

  it('every mention paints everything as before: names and places strong, topics dotted', () => {
    expect(paintPlan(marks, 'every')).toEqual(['person', 'person', 'person', 'topic']);
  });

  it('names only paints every name and leaves topics quiet (still reachable)', () => {
    expect(paintPlan(marks, 'names')).toEqual(['person', 'person', 'person', 'quiet']);
  });

  it('a plan gives every mark a style, so none is unreachable', () => {
    for (const mode of ['first', 'every', 'names'] as const) expect(paintPlan(marks, mode)).toHaveLength(4);
  });
});
