import { describe, expect, it } from 'vitest';
import { jalaliToIso } from '../../lib/text/jalali.ts';

const persian = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

/** The Jalali date of an ISO day, from the runtime's own Persian calendar (ICU). */
function intlJalali(iso: string): [number, number, number] {
  const parts = persian.formatToParts(new Date(`${iso}T12:00:00Z`));
  const get = (type: string) => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
  return [get('year'), get('month'), get('day')];
}

describe('Jalali dates to Gregorian', () => {
  it('the meeting: 22 Esfand 1401 is 13 March 2023', () => {
    expect(jalaliToIso(1401, 12, 22)).toBe('2023-03-13');
  });

  it('agrees with the Intl Persian calendar on every day of 1990–2040', () => {
    const day = new Date('1990-01-01T12:00:00Z');
    const end = new Date('2040-12-31T12:00:00Z');
    let checked = 0;
    while (day <= end) {
      const iso = day.toISOString().slice(0, 10);
      const [jy, jm, jd] = intlJalali(iso);
      if (jalaliToIso(jy, jm, jd) !== iso) expect(`${jy}/${jm}/${jd}`).toBe(iso);
      day.setUTCDate(day.getUTCDate() + 1);
      checked++;
    }
    expect(checked).toBeGreaterThan(18_000);
  });

  it('refuses dates that do not exist', () => {
    expect(jalaliToIso(1401, 13, 1)).toBeNull();
    expect(jalaliToIso(1401, 7, 31)).toBeNull();
    expect(jalaliToIso(1401, 12, 30)).toBeNull(); // 1401 is a common year
    expect(jalaliToIso(1403, 12, 30)).toBe('2025-03-20'); // 1403 is a leap year
    expect(jalaliToIso(1401, 0, 10)).toBeNull();
  });
});
