/** Interface text: every language has every string, the manifest's strings exist in every locale. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherTranslationOf, translationLangOf } from '../../lib/i18n/languages.ts';
import { dirOf, LANGUAGE_NAMES, MESSAGES, pickLang, resolveLang } from '../../lib/i18n/strings.ts';

const LOCALES = join(import.meta.dirname, '..', '..', 'public', '_locales');
const locale = (l: string) =>
  JSON.parse(readFileSync(join(LOCALES, l, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('interface text', () => {
  it('has the same strings in English, Persian, Russian and Arabic, none empty', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const lang of ['fa', 'ru', 'ar'] as const) {
      expect(Object.keys(MESSAGES[lang]).sort()).toEqual(keys);
      for (const [k, v] of Object.entries(MESSAGES[lang])) {
        const text =
          typeof v === 'function'
            ? (v as (a: never) => string)('x' as never)
            : typeof v === 'string'
              ? v
              : JSON.stringify(v);
        expect(text.length, `${lang}.${k}`).toBeGreaterThan(0);
      }
    }
  });

  it('is translated, not copied: Persian strings are in Persian script, Russian in Cyrillic', () => {
    expect(MESSAGES.fa.scanPage).toMatch(/[\u0600-\u06FF]/);
    expect(MESSAGES.ru.scanPage).toMatch(/[\u0400-\u04FF]/);
    // Arabic, not Persian: no Persian-only letters (پ چ ژ گ ی ک) in any Arabic string.
    for (const [k, v] of Object.entries(MESSAGES.ar)) {
      const text = typeof v === 'function' ? (v as (a: never) => string)(3 as never) : JSON.stringify(v);
      expect(text, `ar.${k}`).not.toMatch(/[\u067E\u0686\u0698\u06AF\u06CC\u06A9]/);
    }
    expect(MESSAGES.ar.scanPage).toMatch(/[\u0600-\u06FF]/);
    expect(LANGUAGE_NAMES.ar).toBe('العربية');
  });

  it('counts in Arabic with its plural forms and Arabic-Indic digits', () => {
    expect(MESSAGES.ar.results(1)).toBe('تصريح واحد');
    expect(MESSAGES.ar.results(2)).toBe('تصريحان');
    expect(MESSAGES.ar.results(6)).toBe('٦ تصريحات');
    expect(MESSAGES.ar.results(16)).toBe('١٦ تصريحًا');
    expect(MESSAGES.ar.results(100)).toBe('١٠٠ تصريح');
    expect(MESSAGES.ar.milliseconds(250)).toBe('٢٥٠ ملّي ثانية');
  });

  it('isolates a Latin host inside an Arabic sentence, so the full stop stays at its end', () => {
    expect(MESSAGES.ar.turnedOff('bbc.com')).toBe('متوقف على \u2068bbc.com\u2069.');
  });

  it('follows an Arabic browser, mirrors Arabic, and shows the Arabic translation in the Arabic interface', () => {
    expect(resolveLang('auto', 'ar')).toBe('ar');
    expect(resolveLang('auto', 'ar-EG')).toBe('ar');
    expect(resolveLang('auto', 'ar_SA')).toBe('ar');
    expect(resolveLang('en', 'ar-EG')).toBe('en');
    expect(dirOf('ar')).toBe('rtl');
    expect(translationLangOf('ar')).toBe('ar');
    expect(otherTranslationOf('ar')).toBe('en');
    // The Persian interface shows the English translation (the quote is already Persian), Russian the Russian.
    expect([translationLangOf('fa'), otherTranslationOf('fa')]).toEqual(['en', 'ru']);
    expect([translationLangOf('ru'), otherTranslationOf('ru')]).toEqual(['ru', 'en']);
  });

  it('follows the browser language unless the user picked one, and mirrors Persian', () => {
    expect(resolveLang('auto', 'fa-IR')).toBe('fa');
    expect(resolveLang('auto', 'ru')).toBe('ru');
    expect(resolveLang('auto', 'de-DE')).toBe('en');
    expect(resolveLang('ru', 'fa-IR')).toBe('ru');
    expect(pickLang(undefined)).toBe('en');
    expect(dirOf('fa')).toBe('rtl');
    expect(dirOf('ru')).toBe('ltr');
  });

  it('has the manifest, context-menu and command strings in every locale', () => {
    const en = Object.keys(locale('en')).sort();
    expect(en).toEqual(
      expect.arrayContaining(['extName', 'extDescription', 'contextMenuLookup', 'commandToggleMarks']),
    );
    for (const l of readdirSync(LOCALES)) expect(Object.keys(locale(l)).sort(), l).toEqual(en);
  });
});
