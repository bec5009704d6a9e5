/**
 * The meeting's date in both calendars, through `Intl`, in the interface language:
 * "13 March 2023 · ۲۲ اسفند ۱۴۰۱" (English), «۱۳ مارس ۲۰۲۳، ۲۲ اسفند ۱۴۰۱» (Persian),
 * «١٣ مارس ٢٠٢٣، ٢٢ اسفندار ١٤٠١ ه‍.ش» (Arabic).
 *
 * Arabic digits are chosen, not inherited: CLDR's `ar` now defaults to Latin digits (Node 20's ICU gives
 * "13 مارس 2023") while `ar-EG`, `ar-SA` or `ar-IQ` give Arabic-Indic ones, so the same page would read
 * differently from one browser to the next. We pin Arabic-Indic digits (`nu-arab`): the digits of Arabic print
 * in the Mashriq, the ones the Arabic interface uses for its counts, and the counterpart of the Persian
 * interface's Persian digits. The Solar Hijri date in Arabic keeps CLDR's month name and its era «ه‍.ش»
 * (هجري شمسي): unlike a Persian reader, an Arabic reader cannot be assumed to know the calendar, and the era
 * keeps the year 1401 from being read as a lunar Hijri year.
 */
import type { UiLang } from '../data/types.ts';

const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
};

/** The locale of the Gregorian date for each interface language (explicit calendar and, for Arabic, digits). */
const GREGORIAN_LOCALE: Record<UiLang, string> = {
  en: 'en-GB',
  fa: 'fa-IR-u-ca-gregory',
  ru: 'ru',
  ar: 'ar-u-ca-gregory-nu-arab',
};

const atNoon = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** Formats an ISO date (YYYY-MM-DD) in the Gregorian calendar, in the reader's language. */
export function gregorianDate(iso: string, lang: UiLang): string {
  return new Intl.DateTimeFormat(GREGORIAN_LOCALE[lang] ?? lang, DAY_MONTH_YEAR).format(atNoon(iso));
}

/** The language the Solar Hijri date is written in: Arabic in the Arabic interface, otherwise Persian. */
export const solarHijriLang = (lang: UiLang): 'fa' | 'ar' => (lang === 'ar' ? 'ar' : 'fa');

/**
 * Formats an ISO date in the Solar Hijri (Persian) calendar: in Persian «۲۲ اسفند ۱۴۰۱» (without the era a
 * Persian reader does not need), or in Arabic «٢٢ اسفندار ١٤٠١ ه‍.ش» for the Arabic interface.
 */
export function solarHijriDate(iso: string, lang: UiLang = 'fa'): string {
  if (solarHijriLang(lang) === 'ar')
    return new Intl.DateTimeFormat('ar-u-ca-persian-nu-arab', DAY_MONTH_YEAR).format(atNoon(iso));
  return new Intl.DateTimeFormat('fa-IR-u-ca-persian', DAY_MONTH_YEAR)
    .format(atNoon(iso))
    .replace(/\s*ه\.ش\.?$/, '');
}

/**
 * What stands between the two dates. In Persian a middle dot reads as the Persian digit zero (۰) between two
 * runs of Persian digits ("۲۰۲۳ · ۲۲" looks like "۲۰۲۳ ۰ ۲۲"), and the Arabic-Indic zero (٠) is a dot too, so
 * Persian and Arabic use their comma.
 */
export function dateSeparator(lang: UiLang): string {
  return lang === 'fa' || lang === 'ar' ? '، ' : ' · ';
}

/** Both dates, Gregorian first, as shown on every statement. */
export function bothDates(iso: string, lang: UiLang): string {
  return `${gregorianDate(iso, lang)}${dateSeparator(lang)}${solarHijriDate(iso, lang)}`;
}
