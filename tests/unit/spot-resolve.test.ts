import { describe, expect, it } from 'vitest';
import type { PageContext } from '../../lib/spot/index.ts';
import { spotter } from './spot-helpers.ts';

/** What a reader would see on a one-block page: `entity:text` (and `~` for low confidence). */
function shown(text: string, ctx: PageContext = { publishedAt: null }): string[] {
  return spotter
    .resolve(spotter.findCandidates(text), ctx)
    .map((c) => spotter.toMatch(c))
    .map((m) => (m ? `${m.entity}:${m.text}${m.confidence === 'low' ? '~' : ''}` : 'null'));
}

describe('who a title means', () => {
  it('links a title to the holder on the page date', () => {
    expect(shown('the Supreme Leader said', { publishedAt: '2023-03-13' })).toEqual([
      'ali-khamenei:Supreme Leader',
    ]);
    expect(shown('رئیس جمهور گفت', { publishedAt: '2023-03-13' })).toEqual(['ebrahim-raisi:رئیس جمهور']);
    expect(shown('President of Belarus', { publishedAt: '2026-03-10' })).toEqual([
      'alexander-lukashenko:President of Belarus',
    ]);
  });

  it('does not link a title when no meeting person held the office on the page date', () => {
    expect(shown('the Supreme Leader said', { publishedAt: '2026-03-10' })).toEqual([]);
    expect(shown("Iran's President said", { publishedAt: '2025-01-01' })).toEqual([]);
    expect(shown("Iran's President said", { publishedAt: '2020-01-01' })).toEqual([]);
  });

  it('links a title on an undated page with low confidence, a name with high', () => {
    expect(shown('the Supreme Leader and Ebrahim Raisi')).toEqual([
      'ali-khamenei:Supreme Leader~',
      'ebrahim-raisi:Ebrahim Raisi',
    ]);
  });
});

describe('the Mojtaba rule', () => {
  it('never links Mojtaba Khamenei to Ali', () => {
    expect(shown('Mojtaba Khamenei')).toEqual(['mojtaba-khamenei:Mojtaba Khamenei']);
    expect(shown('مجتبی خامنه‌ای')).toEqual(['mojtaba-khamenei:مجتبی خامنه‌ای']);
    expect(shown('Моджтаба Хаменеи')).toEqual(['mojtaba-khamenei:Моджтаба Хаменеи']);
  });

  it('does not link a bare Khamenei to Ali on a page naming Mojtaba, in any language', () => {
    const ctx = { publishedAt: '2026-03-09' };
    expect(shown('Mojtaba Khamenei was chosen. Khamenei said', ctx)).toEqual([
      'mojtaba-khamenei:Mojtaba Khamenei',
    ]);
    expect(shown('مجتبی خامنه‌ای انتخاب شد. خامنه‌ای گفت', ctx)).toEqual(['mojtaba-khamenei:مجتبی خامنه‌ای']);
    expect(shown('Моджтаба Хаменеи избран. Хаменеи сказал', ctx)).toEqual([
      'mojtaba-khamenei:Моджтаба Хаменеи',
    ]);
  });

  it('links a bare Khamenei to Ali when the page also names Ali or is about the 2023 meeting', () => {
    expect(shown('Ali Khamenei, father of Mojtaba Khamenei. Khamenei said')).toEqual([
      'ali-khamenei:Ali Khamenei',
      'mojtaba-khamenei:Mojtaba Khamenei',
      'ali-khamenei:Khamenei',
    ]);
    expect(
      shown('Lukashenko met Khamenei; his son Mojtaba Khamenei', { publishedAt: '2023-03-13' }),
    ).toContain('ali-khamenei:Khamenei');
  });

  it('links a bare Khamenei to Ali on a page that does not name Mojtaba', () => {
    expect(shown('Khamenei met Lukashenko', { publishedAt: '2023-03-13' })).toEqual([
      'ali-khamenei:Khamenei',
      'alexander-lukashenko:Lukashenko',
    ]);
  });
});

describe('what a page shows', () => {
  it('shows nothing on an unrelated article about US sanctions on another country', () => {
    expect(shown('The US imposed new sanctions on Venezuela, targeting trade and Russia.')).toEqual([]);
    expect(shown('آمریکا تحریم‌های تازه‌ای علیه ونزوئلا وضع کرد')).toEqual([]);
  });

  it('shows topics and places once a meeting person, Belarus or the corridor is on the page', () => {
    expect(shown('Belarus and Iran discussed sanctions')).toEqual([
      'belarus:Belarus',
      'iran:Iran',
      'sanctions:sanctions',
    ]);
    expect(shown('The North-South corridor will boost trade')).toEqual([
      'instc:North-South corridor',
      'trade:trade',
    ]);
  });

  it('always shows people, even on a page with nothing else of the meeting', () => {
    expect(shown('Mojtaba Khamenei and sanctions')).toEqual(['mojtaba-khamenei:Mojtaba Khamenei']);
  });
});
