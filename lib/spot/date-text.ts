/**
 * Dates written in page text, as bylines and datelines show them: Jalali («۲۲ اسفند ۱۴۰۱», `1401/12/22`)
 * and Gregorian in every page language ("March 13, 2023", "13 March 2023", «13 марта 2023 г.»,
 * «١٣ مارس ٢٠٢٣», "13. März 2023", "13 mars 2023", "13 Mart 2023", «13 сакавіка 2023», `13.03.2023`),
 * with Persian or Arabic-Indic digits as well as ASCII ones.
 */
import { jalaliToIso } from '../text/jalali.ts';
import type { MonthNames } from './month-names.ts';

/** A date found in text; offsets are UTF-16 into the text given. */
export interface TextDate {
  iso: string;
  start: number;
  end: number;
}

/**
 * Persian and Arabic-Indic digits to ASCII, Arabic ي/ك to Persian ی/ک: one unit for one unit, so
 * offsets stay those of the original.
 */
function normalise(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669\u064a\u0643\u0649]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(0x30 + code - 0x06f0);
    if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(0x30 + code - 0x0660);
    return code === 0x0643 ? 'ک' : 'ی';
  });
}

const alternation = (names: Iterable<string>) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

/** Not followed by a letter: the month name is a whole word. */
const END = '(?![\\p{L}\\p{M}])';
const SP = '[\\s\\u200c\\u00a0,]*';

/**
 * Reads dates in text with the month names it is given ({@link MonthNames}: `MONTH_NAMES` in `month-names.ts`,
 * or the same lists as a content script's start data). Compiles its patterns once; build one per set of names.
 */
export class DateReader {
  /** `dayFirst`: the page writes the day before the month ({@link dayFirstIn}), for an all-number date. */
  private readonly patterns: { re: RegExp; read: (m: RegExpExecArray, dayFirst: boolean) => string | null }[];

  constructor(months: MonthNames) {
    const gregorianByName = new Map<string, number>();
    for (const list of Object.values(months.gregorian)) {
      list.forEach((spellings, i) => {
        for (const name of spellings.split('|')) gregorianByName.set(normalise(name).toLowerCase(), i + 1);
      });
    }
    const jalaliByName = new Map(months.jalali.map((name, i) => [normalise(name), i + 1]));
    const G = alternation(gregorianByName.keys());
    const J = alternation(jalaliByName.keys());
    const monthOf = (name: string): number =>
      gregorianByName.get(name.toLowerCase().replace(/\s+/g, ' ')) ?? 0;
    this.patterns = [
      {
        // 22 اسفند 1401
        re: new RegExp(`(?<!\\d)(\\d{1,2})${SP}(${J})${END}${SP}(\\d{4})(?!\\d)`, 'gu'),
        read: (m) => jalaliToIso(Number(m[3]), jalaliByName.get(m[2] as string) ?? 0, Number(m[1])),
      },
      {
        // 13 March 2023, 13. März 2023, 1er mars 2023, 13 марта 2023; Arabic pages in the Levant name the
        // month twice, «13 آذار/مارس 2023», «24 تشرين الأول/أكتوبر 2023» (both names must agree).
        re: new RegExp(
          `(?<!\\d)(\\d{1,2})(?:\\.|er|st|nd|rd|th)?${SP}(?:de\\s+)?(${G})${END}(?:\\s*[/-]\\s*(${G})${END})?\\.?${SP}(\\d{4})(?!\\d)`,
          'giu',
        ),
        read: (m) => {
          const month = monthOf(m[2] as string);
          if (m[3] && monthOf(m[3]) !== month) return null;
          return gregorian(Number(m[4]), month, Number(m[1]));
        },
      },
      {
        // March 13, 2023
        re: new RegExp(
          `(?<![\\p{L}\\p{M}])(${G})${END}\\.?${SP}(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)${SP}(\\d{4})(?!\\d)`,
          'giu',
        ),
        read: (m) => gregorian(Number(m[3]), monthOf(m[1] as string), Number(m[2])),
      },
      {
        // 1401/12/22, 2023-03-13, 2023/03/13
        re: /(?<![\d/.-])(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?![\d/-])/g,
        read: (m) => byYear(Number(m[1]), Number(m[2]), Number(m[3])),
      },
      {
        // 13.03.2023, 13/03/2023, 13-03-2023 (03/13/2023 only when the day is unambiguous; 07/11/2006 on a
        // page whose language writes the day first)
        re: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/-])/g,
        read: (m, dayFirst) => {
          const a = Number(m[1]);
          const b = Number(m[3]);
          const y = Number(m[4]);
          if (m[2] === '.' || a > 12) return byYear(y, b, a);
          if (b > 12) return byYear(y, a, b);
          if (dayFirst) return byYear(y, b, a);
          return null; // 05/03/2023: May or March, on a page that does not say which it writes
        },
      },
    ];
  }

  /**
   * Every date written in `text`, in order of position. `lang`: the page's language (`<html lang>`), which says
   * whether an all-number date like 07/11/2006 puts the day first ({@link dayFirstIn}); without it such a date is
   * read only when one of its numbers is over 12.
   */
  datesInText(text: string, lang = ''): TextDate[] {
    const dayFirst = dayFirstIn(lang);
    const norm = normalise(text);
    const found: TextDate[] = [];
    for (const { re, read } of this.patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(norm); m; m = re.exec(norm)) {
        const iso = read(m, dayFirst);
        if (iso && !found.some((f) => f.start < m.index + m[0].length && m.index < f.end))
          found.push({ iso, start: m.index, end: m.index + m[0].length });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /**
   * The date a byline or dateline gives: the whole of a short line («۲۲ اسفند ۱۴۰۱ - ۱۲:۳۰», "Published
   * 13 March 2023"), or a date near the start of a paragraph followed by a dash, colon or bracket
   * ("TEHRAN, March 13, 2023 (IRNA) — …"). A date inside a sentence ("On 13 March 2023, Lukashenko…")
   * tells when something happened, not when the page was written, and is not taken.
   */
  datelineDate(block: string, lang = ''): string | null {
    const text = block.trim().slice(0, DATELINE_READS);
    if (text.length === 0) return null;
    const dates = this.datesInText(text.slice(0, 160), lang);
    const first = dates[0];
    if (!first) return null;
    if (text.length <= 80) return first.iso;
    if (first.start <= 80 && DATELINE_END.test(text.slice(first.end, first.end + 40))) return first.iso;
    return null;
  }
}

/**
 * Whether a page in language `lang` (a BCP 47 tag, `<html lang>`) writes an all-number date day first: every
 * page language but English does (07/11/2006 is 7 November in Paris, Moscow, Berlin, Istanbul, Tehran and
 * Cairo); English pages write both (US month first, British day first), so only a British-family tag says so.
 */
export function dayFirstIn(lang: string): boolean {
  const tag = lang.trim().toLowerCase();
  if (tag === '') return false;
  const primary = tag.split(/[-_]/)[0] as string;
  if (primary !== 'en') return /^[a-z]{2,3}$/.test(primary);
  return /^en[-_](?:gb|ie|au|nz|in|za)\b/.test(tag);
}

function gregorian(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A year-month-day date in the calendar its year belongs to: 13xx/14xx Jalali, 1990–2100 Gregorian. */
function byYear(y: number, m: number, d: number): string | null {
  if (y >= 1360 && y <= 1480) return jalaliToIso(y, m, d);
  return gregorian(y, m, d);
}

/**
 * How much of a trimmed byline or paragraph {@link DateReader.datelineDate} reads: dates in its first 160
 * characters, and the 40 after the first one. A content script sends no more than this to the background, which
 * reads its dates (lib/spot/publication-date.ts).
 */
export const DATELINE_READS = 200;

/**
 * Whether `text` may hold a date {@link DateReader} reads: every form it knows has a four-digit year, in ASCII,
 * Persian or Arabic-Indic digits. A text without one is never sent to be read.
 */
export const mayHoldDate = (text: string): boolean => /[0-9\u06f0-\u06f9\u0660-\u0669]{4}/.test(text);

/** Dashes and brackets that end a dateline ("MINSK, 13 March 2023 – ", "Tehran, 22 Esfand 1401 (IRNA) -"). */
// A full stop may close the date before the dash, as Russian agencies write it ("Москва. 20 августа 2025. -").
const DATELINE_END = /^[\s,]*(?:г\.|\.)?[\s,]*(?:\([^)]{0,40}\)\s*)?[-–—:|(]/u;

/** A date in a web address's path: `/2023/03/13/`, `/2023-03-13-…`, `/1401/12/22/` (Jalali). */
export function urlDate(url: string): string | null {
  let path: string;
  try {
    path = new URL(url, 'https://example.invalid/').pathname;
  } catch {
    return null;
  }
  const m = path.match(/(?:^|[/_-])((?:19|20)\d\d|1[34]\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.-])/);
  if (!m) return null;
  return byYear(Number(m[1]), Number(m[2]), Number(m[3]));
}
