/**
 * Interface text in English, Persian and Russian. Components take a {@link Messages} object as a prop, so they
 * stay free of `browser.i18n`; the manifest's own strings live in public/_locales.
 */
import type { Lang } from '../data/types.ts';

export const MESSAGES = {
  en: {
    direct: 'Direct quote',
    reported: "Reporter's paraphrase",
    unofficialTranslation: 'Unofficial translation',
    source: 'Source',
    copyCitation: 'Copy with citation',
    copied: 'Copied',
    searchPlaceholder: 'Search what was said (Persian, English, Russian)',
    searchLabel: 'Search the statements',
    noResults: 'No statement matches.',
    prefixMatch: 'partial word match',
    fuzzyMatch: 'approximate match',
    results: (n: number) => `${n} statement${n === 1 ? '' : 's'}`,
  },
  fa: {
    direct: 'نقل قول مستقیم',
    reported: 'نقل به مضمون گزارشگر',
    unofficialTranslation: 'ترجمه غیررسمی',
    source: 'منبع',
    copyCitation: 'رونوشت با ذکر منبع',
    copied: 'رونوشت شد',
    searchPlaceholder: 'جست‌وجو در سخنان (فارسی، انگلیسی، روسی)',
    searchLabel: 'جست‌وجو در سخنان',
    noResults: 'سخنی پیدا نشد.',
    prefixMatch: 'تطابق بخشی از واژه',
    fuzzyMatch: 'تطابق تقریبی',
    results: (n: number) => `${n.toLocaleString('fa-IR')} سخن`,
  },
  ru: {
    direct: 'Прямая цитата',
    reported: 'Пересказ репортёра',
    unofficialTranslation: 'Неофициальный перевод',
    source: 'Источник',
    copyCitation: 'Копировать со ссылкой',
    copied: 'Скопировано',
    searchPlaceholder: 'Поиск по сказанному (персидский, английский, русский)',
    searchLabel: 'Поиск по высказываниям',
    noResults: 'Ничего не найдено.',
    prefixMatch: 'совпадение по началу слова',
    fuzzyMatch: 'приблизительное совпадение',
    results: (n: number) => `Высказываний: ${n}`,
  },
} satisfies Record<Lang, Record<string, string | ((n: number) => string)>>;

export type Messages = (typeof MESSAGES)['en'];

/** Direction of the interface for a language. */
export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'fa' ? 'rtl' : 'ltr');

/** Picks a supported interface language from a BCP 47 tag such as `fa-IR` or `ru`. */
export function pickLang(tag: string | undefined | null): Lang {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'fa' || base === 'ru' ? base : 'en';
}
