/**
 * The interface languages: their names, direction, which one the browser asks for, and which translation of a
 * statement each shows. Pure; the setting that stores the user's choice is lib/settings/schema.ts.
 */
import { type TranslationLang, UI_LANGS, type UiLang } from '../data/types.ts';

/** Each interface language's name in itself, for the language picker. */
export const LANGUAGE_NAMES: Record<UiLang, string> = {
  en: 'English',
  fa: 'فارسی',
  ru: 'Русский',
  ar: 'العربية',
};

/** Direction of the interface for a language: Persian and Arabic are mirrored. */
export const dirOf = (lang: UiLang): 'rtl' | 'ltr' => (lang === 'fa' || lang === 'ar' ? 'rtl' : 'ltr');

/** Picks a supported interface language from a BCP 47 tag such as `fa-IR`, `ar-EG` or `ru`; else English. */
export function pickLang(tag: string | undefined | null): UiLang {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return UI_LANGS.find((l) => l === base) ?? 'en';
}

/** The interface language: the user's choice, or the browser's language when they chose `auto`. */
export const resolveLang = (choice: 'auto' | UiLang, browserTag: string | undefined | null): UiLang =>
  choice === 'auto' ? pickLang(browserTag) : choice;

/**
 * The translation a statement shows in this interface: the interface's own language, and English in the
 * Persian interface, where the statement itself is already in the reader's language.
 */
export const translationLangOf = (lang: UiLang): TranslationLang => (lang === 'fa' ? 'en' : lang);

/** The second translation, under a result's details: English, or Russian when the first is English. */
export const otherTranslationOf = (lang: UiLang): TranslationLang =>
  translationLangOf(lang) === 'en' ? 'ru' : 'en';

/**
 * Wraps text of unknown direction (a site's host, the product's Latin name) in first-strong isolates
 * (U+2068 … U+2069), the plain-text form of `<bdi>`: inside an Arabic sentence, "example.org." keeps its dot
 * at its end and a Latin name does not pull the punctuation around it to the wrong side.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
