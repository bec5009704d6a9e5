import { expect, test } from 'vitest';
import { bothDates } from './dates.ts';

test('the meeting date reads in both calendars, as the issue shows it', () => {
  expect(bothDates('2023-03-13', 'en')).toBe('13 March 2023 · ۲۲ اسفند ۱۴۰۱');
  expect(bothDates('2023-03-13', 'ru')).toBe('13 марта 2023 г. · ۲۲ اسفند ۱۴۰۱');
});

test('in Persian the dates are separated by a comma, not a dot that reads as the digit zero (۰)', () => {
  const fa = bothDates('2023-03-13', 'fa');
  expect(fa).toBe('۱۳ مارس ۲۰۲۳، ۲۲ اسفند ۱۴۰۱');
  expect(fa).not.toContain('·');
});
