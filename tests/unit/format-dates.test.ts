import { expect, test } from 'vitest';
import { bothDates, solarHijriDate } from '../../lib/format/dates.ts';

test('the meeting date reads in both calendars, as the issue shows it', () => {
  expect(bothDates('2023-03-13', 'en')).toBe('13 March 2023 · ۲۲ اسفند ۱۴۰۱');
  expect(bothDates('2023-03-13', 'ru')).toBe('13 марта 2023 г. · ۲۲ اسفند ۱۴۰۱');
});

test('in Persian the dates are separated by a comma, not a dot that reads as the digit zero (۰)', () => {
  const fa = bothDates('2023-03-13', 'fa');
  expect(fa).toBe('۱۳ مارس ۲۰۲۳، ۲۲ اسفند ۱۴۰۱');
  expect(fa).not.toContain('·');
});

test('in Arabic both dates use Arabic-Indic digits whatever the browser default, separated by a comma', () => {
  const ar = bothDates('2023-03-13', 'ar');
  expect(ar).toMatch(/^١٣ مارس ٢٠٢٣، ٢٢ \S+ ١٤٠١/);
  expect(ar).not.toMatch(/[0-9\u06F0-\u06F9·]/); // no Latin or Persian digits, no dot that reads as ٠
});

test('the Solar Hijri date is Persian in the other interfaces and Arabic, with its era, in the Arabic one', () => {
  expect(solarHijriDate('2023-03-13')).toBe('۲۲ اسفند ۱۴۰۱');
  expect(solarHijriDate('2023-03-13', 'en')).toBe('۲۲ اسفند ۱۴۰۱');
  expect(solarHijriDate('2023-03-13', 'ar')).toMatch(/^٢٢ \S+ ١٤٠١ ه\u200D?\.ش$/);
});
