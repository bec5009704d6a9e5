/**
 * Month names as pages write them in bylines and datelines, one list per language (12 entries, January
 * first; several spellings of one month separated by `|`). Russian and Belarusian give the genitive, the
 * form a date takes («13 марта»); abbreviations are listed where pages use them ("Mar", "mars.").
 * Persian pages also write Jalali months (`JALALI_MONTHS`) and transliterated Gregorian ones («مارس»).
 */
import type { PageLang } from './lexicon/types.ts';

export const GREGORIAN_MONTHS: Record<PageLang, readonly string[]> = {
  en: [
    'January|Jan',
    'February|Feb',
    'March|Mar',
    'April|Apr',
    'May',
    'June|Jun',
    'July|Jul',
    'August|Aug',
    'September|Sep|Sept',
    'October|Oct',
    'November|Nov',
    'December|Dec',
  ],
  ru: [
    'января|январь|янв',
    'февраля|февраль|фев',
    'марта|март|мар',
    'апреля|апрель|апр',
    'мая|май',
    'июня|июнь|июн',
    'июля|июль|июл',
    'августа|август|авг',
    'сентября|сентябрь|сен|сент',
    'октября|октябрь|окт',
    'ноября|ноябрь|ноя',
    'декабря|декабрь|дек',
  ],
  be: [
    'студзеня|студзень',
    'лютага|люты',
    'сакавіка|сакавік',
    'красавіка|красавік',
    'траўня|травеня|травень|май',
    'чэрвеня|чэрвень',
    'ліпеня|ліпень',
    'жніўня|жнівень',
    'верасня|верасень',
    'кастрычніка|кастрычнік',
    'лістапада|лістапад',
    'снежня|снежань',
  ],
  de: [
    'Januar|Jänner|Jan',
    'Februar|Feb',
    'März|Mär',
    'April|Apr',
    'Mai',
    'Juni|Jun',
    'Juli|Jul',
    'August|Aug',
    'September|Sep|Sept',
    'Oktober|Okt',
    'November|Nov',
    'Dezember|Dez',
  ],
  fr: [
    'janvier|janv',
    'février|févr|fevrier',
    'mars',
    'avril|avr',
    'mai',
    'juin',
    'juillet|juil',
    'août|aout',
    'septembre|sept',
    'octobre|oct',
    'novembre|nov',
    'décembre|déc|decembre',
  ],
  tr: [
    'Ocak',
    'Şubat',
    'Mart',
    'Nisan',
    'Mayıs',
    'Haziran',
    'Temmuz',
    'Ağustos',
    'Eylül',
    'Ekim',
    'Kasım',
    'Aralık',
  ],
  ar: [
    'يناير|كانون الثاني',
    'فبراير|شباط',
    'مارس|آذار',
    'أبريل|إبريل|نيسان',
    'مايو|أيار',
    'يونيو|يونيه|حزيران',
    'يوليو|يوليه|تموز',
    'أغسطس|آب',
    'سبتمبر|أيلول',
    'أكتوبر|تشرين الأول',
    'نوفمبر|تشرين الثاني',
    'ديسمبر|كانون الأول',
  ],
  fa: [
    'ژانویه|ژانویهٔ',
    'فوریه|فوریهٔ',
    'مارس|مارچ',
    'آوریل|آپریل',
    'مه|می',
    'ژوئن',
    'ژوئیه|جولای',
    'اوت|آگوست',
    'سپتامبر',
    'اکتبر',
    'نوامبر',
    'دسامبر',
  ],
};

/** The Solar Hijri months, Farvardin first. */
export const JALALI_MONTHS: readonly string[] = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
];

/** Both calendars' month names: data, handed to a {@link DateReader} (`date-text.ts`). */
export interface MonthNames {
  gregorian: Record<PageLang, readonly string[]>;
  jalali: readonly string[];
}

/**
 * The lists above, as the CLI, the bench and the tests read them; a content script receives the same lists with
 * its start data (lib/data/page-start.ts) instead of carrying them in its code.
 */
export const MONTH_NAMES: MonthNames = { gregorian: GREGORIAN_MONTHS, jalali: JALALI_MONTHS };
