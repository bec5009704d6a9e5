/**
 * The meeting's date in both calendars, through `Intl` (Persian calendar for the Solar Hijri date).
 * "13 March 2023 · ۲۲ اسفند ۱۴۰۱".
 */

/** Formats an ISO date (YYYY-MM-DD) in the Gregorian calendar, in the reader's language. */
export function gregorianDate(iso: string, locale: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return new Intl.DateTimeFormat(
    locale === 'fa' ? 'fa-IR-u-ca-gregory' : locale === 'en' ? 'en-GB' : locale,
    {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    },
  ).format(d);
}

/** Formats an ISO date in the Solar Hijri (Persian) calendar, in Persian: «۲۲ اسفند ۱۴۰۱». */
export function solarHijriDate(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(d)
    .replace(/\s*ه\.ش\.?$/, '');
}

/**
 * What stands between the two dates. In Persian a middle dot reads as the Persian digit zero (۰) between two
 * runs of Persian digits ("۲۰۲۳ · ۲۲" looks like "۲۰۲۳ ۰ ۲۲"), so Persian uses its comma.
 */
export function dateSeparator(locale: string): string {
  return locale === 'fa' ? '، ' : ' · ';
}

/** Both dates, Gregorian first, as shown on every statement. */
export function bothDates(iso: string, locale: string): string {
  return `${gregorianDate(iso, locale)}${dateSeparator(locale)}${solarHijriDate(iso)}`;
}
