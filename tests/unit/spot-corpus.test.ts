/** The source report itself (Persian, no ZWNJ, undated as plain text) through the scan pipeline. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanPlainText } from '../../lib/spot/index.ts';
import { spotter } from './spot-helpers.ts';

const corpus = readFileSync(
  join(import.meta.dirname, '..', '..', 'data', 'corpus', '000_e2ce688135970981.txt'),
  'utf8',
);

describe('the source report', () => {
  const page = scanPlainText(corpus, spotter);
  const entities = new Set(page.matches.map((m) => m.entity));

  it('shows the meeting’s people, Belarus and the corridor', () => {
    for (const id of ['ali-khamenei', 'alexander-lukashenko', 'ebrahim-raisi', 'belarus', 'instc']) {
      expect(entities.has(id), id).toBe(true);
    }
  });

  it('links the title line «رئیس جمهور بلاروس» to Lukashenko, with low confidence (plain text has no date)', () => {
    const first = page.matches.find((m) => m.text === 'رئیس جمهور بلاروس');
    expect(first).toMatchObject({ entity: 'alexander-lukashenko', via: 'title', confidence: 'low' });
  });

  it('never takes Mojtaba for Ali, and ranks every statement of the report', () => {
    expect(entities.has('mojtaba-khamenei')).toBe(false);
    expect(new Set(page.statements)).toEqual(new Set(spotter.statements.map((s) => s.id)));
  });
});
